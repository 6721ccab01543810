// Function code on disk: a zip unpacked into its own temporary directory per code revision.
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { unzipFailed } from './errors.js';
import { sdkNodeModules } from './runtime/sdkModules.js';

export interface StoredCode {
  /** The task root: where the code is unpacked (LAMBDA_TASK_ROOT). */
  dir: string;
  /** The temporary directory holding it, removed with the code. */
  root: string;
  sha256: string;
  size: number;
}

/** Unpacks a zip; refuses what is not one with Lambda's own message. */
export function unpackZip(zip: Uint8Array): StoredCode {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip);
  } catch {
    throw unzipFailed();
  }
  const root = mkdtempSync(path.join(tmpdir(), 'local-cloud-fn-'));
  const dir = path.join(root, 'task');
  mkdirSync(dir);
  // Beside the task, so `require` and `import` both find the SDK after the code's own node_modules.
  const modules = sdkNodeModules();
  if (modules) symlinkSync(modules, path.join(root, 'node_modules'), 'dir');
  for (const [name, data] of Object.entries(files)) {
    const target = path.resolve(dir, name);
    // A zip entry must not write outside the function's directory.
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
  return { dir, root, sha256: createHash('sha256').update(zip).digest('base64'), size: zip.length };
}

/** Removes a code directory made by unpackZip (the task root's parent). */
export function removeCode(root: string): void {
  rmSync(root, { recursive: true, force: true });
}
