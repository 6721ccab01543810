// Function code on disk: a zip unpacked into its own temporary directory per code revision.
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { unzipFailed } from './errors.js';
import { taskDirUnder } from './runtime/nodeModules.js';

export interface StoredCode {
  /** The task root: where the code is unpacked (LAMBDA_TASK_ROOT). */
  dir: string;
  /** The temporary directory holding it, removed with the code. */
  root: string;
  sha256: string;
  size: number;
  /** The host's node_modules folders Node looks in after the code's own, in order (see nodeModules.ts). */
  moduleDirs: readonly string[];
}

/** A zip's entries; refuses what is not one with Lambda's own message. */
export function readZip(zip: Uint8Array): Record<string, Uint8Array> {
  try {
    return unzipSync(zip);
  } catch {
    throw unzipFailed();
  }
}

/** Writes a zip's entries under `dir` (which exists); an entry may not write outside it. */
export function writeEntries(files: Record<string, Uint8Array>, dir: string): void {
  for (const [name, data] of Object.entries(files)) {
    const target = path.resolve(dir, name);
    if (!target.startsWith(dir + path.sep)) continue;
    if (name.endsWith('/')) {
      mkdirSync(target, { recursive: true });
      continue;
    }
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, data);
    // fflate does not carry Unix modes; `bootstrap` and shell scripts must stay executable.
    if (path.basename(name) === 'bootstrap' || name.endsWith('.sh')) chmodSync(target, 0o755);
  }
}

export function sha256(zip: Uint8Array): string {
  return createHash('sha256').update(zip).digest('base64');
}

/**
 * Unpacks a zip into a new task directory that finds `moduleDirs` after the code's own node_modules; `makeRoot`
 * makes the directory holding it (a temporary one by default).
 */
export function unpackZip(
  zip: Uint8Array,
  moduleDirs: readonly string[] = [],
  makeRoot: (prefix: string) => string = (prefix) => mkdtempSync(path.join(tmpdir(), prefix)),
): StoredCode {
  const files = readZip(zip);
  const root = makeRoot('local-cloud-fn-');
  const dir = taskDirUnder(root, moduleDirs);
  writeEntries(files, dir);
  return { dir, root, sha256: sha256(zip), size: zip.length, moduleDirs };
}

/** Removes a directory made for code, a layer or an execution root, with all it holds. */
export function removeCode(root: string): void {
  rmSync(root, { recursive: true, force: true });
}
