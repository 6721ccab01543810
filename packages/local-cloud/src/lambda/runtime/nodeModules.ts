// Where a Node.js handler's packages come from besides its own code and layers: the node_modules folders
// of the host (the service's, the local cloud's), and the directory chain that makes `import` and
// `require` look in them in order.
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every `node_modules` folder at or above `start`, nearest first (where Node looks from a file there). */
function nodeModulesAbove(start: string): string[] {
  const out: string[] = [];
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules');
    if (existsSync(candidate)) out.push(candidate);
    if (dir === path.dirname(dir)) return out;
  }
}

let own: string[] | undefined;

/**
 * The host's `node_modules` folders a handler may use after its code's and its layers', in lookup order:
 * the service's directory and its parents (LOCAL_CLOUD_SERVICE_DIR, else the local cloud's working
 * directory: the repository a deploy runs in), LOCAL_CLOUD_SDK_PATH, then the local cloud's own and its
 * parents' (which carry the `@aws-sdk/client-*` of the services it emulates). Read when code is stored,
 * so a deploy that sets LOCAL_CLOUD_SERVICE_DIR around it gives its functions its service's modules.
 */
export function hostModuleDirs(): string[] {
  own ??= nodeModulesAbove(path.dirname(fileURLToPath(import.meta.url)));
  const service = nodeModulesAbove(process.env.LOCAL_CLOUD_SERVICE_DIR || process.cwd());
  const sdk = process.env.LOCAL_CLOUD_SDK_PATH;
  const dirs = [...service, ...(sdk && existsSync(sdk) ? [path.resolve(sdk)] : []), ...own];
  return [...new Set(dirs)];
}

/**
 * Makes the task directory under `root` so that Node, walking up from the handler, meets the code's own
 * `node_modules` first and then `dirs` in order: one directory level per folder, each level's
 * `node_modules` a link to it (innermost level first). `import` ignores NODE_PATH, so only the walk up
 * gives ES modules the same lookup order as `require`. Answers the task directory.
 */
export function taskDirUnder(root: string, dirs: readonly string[]): string {
  let level = root;
  for (let i = dirs.length - 1; i >= 0; i--) {
    symlinkSync(dirs[i], path.join(level, 'node_modules'), 'dir');
    if (i > 0) {
      level = path.join(level, 'm');
      mkdirSync(level);
    }
  }
  const task = path.join(level, 'task');
  mkdirSync(task);
  return task;
}
