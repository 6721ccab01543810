// `destinations e2e <dir> <dir> ... [--infra <dir>]`: several services on one local cloud, one table.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderSuite } from '../report/suite.js';
import { runSuite } from '../suite/run.js';
import { parseStage, parseTimeScale } from './options.js';
import { UsageError } from './usage.js';

export async function runSuiteCli(
  positionals: string[],
  v: {
    stage?: string;
    region?: string;
    cloud?: string;
    endpoint?: string;
    keep?: boolean;
    repackage?: boolean;
    serverless?: string;
    infra?: string[];
    'time-scale'?: string;
    interpreters?: Record<string, string>;
    json?: string;
    quiet?: boolean;
    strict?: boolean;
  },
): Promise<number> {
  if (v.cloud !== undefined && v.cloud !== 'local')
    throw new UsageError(`several services run on one local cloud; --cloud ${v.cloud} takes one service`);
  const service = (dir: string, infra: boolean) => ({
    name: path.basename(path.resolve(dir)),
    serviceDir: dir,
    infra,
  });
  const result = await runSuite({
    services: [...(v.infra ?? []).map((d) => service(d, true)), ...positionals.map((d) => service(d, false))],
    stage: parseStage(v.stage),
    region: v.region,
    endpoint: v.endpoint,
    timeScale: parseTimeScale(v['time-scale']),
    interpreters: v.interpreters,
    keep: v.keep,
    repackage: v.repackage,
    serverlessCommand: v.serverless,
    strict: v.strict,
    onLog: v.quiet ? undefined : (line) => console.error(line),
  });
  console.log(renderSuite(result));
  if (v.json) await writeFile(v.json, `${JSON.stringify(result, null, 2)}\n`);
  return result.passed ? 0 : 1;
}
