// Which Serverless CLI deploys the service: the one asked for, else the service's own, else the PATH's.
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The nearest node_modules/.bin/serverless from the service up to the workspace (npm workspaces hoist
 * it to the root), so serverless 3, 4 and osls each run as the service pinned them.
 */
export function serverlessCommand(serviceDir: string, workspace: string, asked?: string): string {
  if (asked) return asked;
  const bin = process.platform === 'win32' ? 'serverless.cmd' : 'serverless';
  const stop = path.resolve(workspace);
  let dir = path.resolve(serviceDir);
  for (;;) {
    const candidate = path.join(dir, 'node_modules', '.bin', bin);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (dir === stop || parent === dir || !isInside(parent, stop)) return 'serverless';
    dir = parent;
  }
}

function isInside(dir: string, root: string): boolean {
  const rel = path.relative(root, dir);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
