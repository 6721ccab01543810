// What a package is made from, as one hash stamped into .serverless: a package whose inputs did not
// change since it was made is deployed again as it is, without running the framework.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const STAMP = '.package-inputs';

/** Not packaged, or not read by the framework: they never make a package stale. */
const IGNORED = new Set(['.serverless', 'node_modules', '.git', 'destinations.yml', 'destinations.yaml']);

/** The service's files (not its docs or verification spec), stage, region, parameters and framework. */
export async function packageInputs(
  serviceDir: string,
  settings: { stage: string; region: string; params?: Record<string, string>; command: string },
): Promise<string> {
  const hash = createHash('sha256').update(
    JSON.stringify([settings.stage, settings.region, settings.params ?? {}, framework(settings.command)]),
  );
  for (const file of await serviceFiles(serviceDir))
    hash.update(`${file}\0`).update(await readFile(join(serviceDir, file)));
  return hash.digest('hex');
}

/**
 * The service reads values from the cloud that may change between deploys (`${ssm:...}`, `${cf:...}`,
 * `${s3:...}`): its package is never reused. (`${aws:accountId}` and `${aws:region}` do not change.)
 */
export async function readsCloudValues(serviceDir: string): Promise<boolean> {
  for (const file of ['serverless.yml', 'serverless.yaml']) {
    const text = await readFile(join(serviceDir, file), 'utf8').catch(() => undefined);
    if (text !== undefined) return /\$\{(ssm|cf|s3)(\([^)]*\))?:/.test(text);
  }
  return false;
}

export async function readStamp(serviceDir: string): Promise<string> {
  return readFile(join(serviceDir, '.serverless', STAMP), 'utf8').catch(() => '');
}

/** Before the framework rewrites .serverless: a package that fails half-way must not look done. */
export async function clearStamp(serviceDir: string): Promise<void> {
  await rm(join(serviceDir, '.serverless', STAMP), { force: true });
}

export async function writeStamp(serviceDir: string, inputs: string): Promise<void> {
  await writeFile(join(serviceDir, '.serverless', STAMP), inputs);
}

/** The command and, for a binary in node_modules, the name and version of the package it belongs to. */
function framework(command: string): string {
  try {
    for (let d = dirname(realpathSync(command)); dirname(d) !== d; d = dirname(d)) {
      const pkg = join(d, 'package.json');
      if (!existsSync(pkg)) continue;
      const { name, version } = JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string; version?: string };
      return `${command} ${name}@${version}`;
    }
  } catch {
    // a command on the PATH, or with arguments: the command line is all that is known of it
  }
  return command;
}

async function serviceFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(join(dir, prefix), { withFileTypes: true });
  const files: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (IGNORED.has(e.name) || (!prefix && e.name.endsWith('.md'))) continue;
    if (e.isDirectory()) files.push(...(await serviceFiles(dir, rel)));
    else if (e.isFile()) files.push(rel);
  }
  return files;
}
