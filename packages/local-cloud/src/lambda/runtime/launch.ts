// How each runtime family is started: an interpreter running our bootstrap, or the code's `bootstrap`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RuntimeFamily } from '../runtimes.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** `interpreter`: the node or python executable the runtime runs on (interpreters.ts). */
export function launchCommand(
  family: RuntimeFamily,
  codeDir: string,
  interpreter: string,
): [string, string[]] {
  if (family === 'nodejs') return [interpreter, [path.join(here, 'bootstrap.mjs')]];
  if (family === 'python') return [interpreter, ['-u', path.join(here, 'bootstrap.py')]];
  return [path.join(codeDir, 'bootstrap'), []];
}
