// Finds and reads what a run needs from the options: the spec, serverless.yml and the region.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from './errors.js';
import { loadSpec } from './spec/load.js';
import { readServerless, type ServerlessService } from './spec/serverless.js';
import type { Spec, VerifyOptions } from './types.js';

export const SPEC_FILES = ['destinations.yml', 'destinations.yaml'];

export interface Loaded {
  spec: Spec;
  serviceDir: string;
  service?: ServerlessService;
}

/** The spec file of a service folder, or the path itself when it is a file. */
export function specFileFor(pathOrDir: string): string {
  if (existsSync(pathOrDir) && statSync(pathOrDir).isDirectory()) {
    const found = SPEC_FILES.map((f) => path.join(pathOrDir, f)).find((f) => existsSync(f));
    if (!found) throw new ConfigError(`no destinations.yml in ${pathOrDir}: write one beside serverless.yml`);
    return found;
  }
  if (!existsSync(pathOrDir)) throw new ConfigError(`no such file or folder: ${pathOrDir}`);
  return pathOrDir;
}

export async function loadRun(options: VerifyOptions): Promise<Loaded> {
  let spec: Spec;
  if (typeof options.spec === 'object') spec = options.spec;
  else spec = await loadSpec(specFileFor(options.spec ?? options.serviceDir ?? '.'));
  const serviceDir = options.serviceDir ?? (spec.file ? path.dirname(spec.file) : '.');
  const service = await readServerless(serviceDir, {
    stage: options.stage,
    region: options.region,
    params: options.params,
  });
  return { spec, serviceDir, service };
}
