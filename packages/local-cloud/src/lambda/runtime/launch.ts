// How each runtime family is started: the host's node, the host's python3, or the code's `bootstrap`.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RuntimeFamily } from '../runtimes.js';

const here = path.dirname(fileURLToPath(import.meta.url));

let python: string | undefined;
/** The real interpreter behind `python3` (version managers' shims need variables the child lacks). */
export function pythonExecutable(): string {
  if (python === undefined) {
    // The PATH children get (process.env's, which an embedding process may have changed).
    const out = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], {
      encoding: 'utf8',
      env: process.env,
    });
    python = out.status === 0 && out.stdout.trim() ? out.stdout.trim() : 'python3';
  }
  return python;
}

export function launchCommand(family: RuntimeFamily, codeDir: string): [string, string[]] {
  if (family === 'nodejs') return [process.execPath, [path.join(here, 'bootstrap.mjs')]];
  if (family === 'python') return [pythonExecutable(), ['-u', path.join(here, 'bootstrap.py')]];
  return [path.join(codeDir, 'bootstrap'), []];
}
