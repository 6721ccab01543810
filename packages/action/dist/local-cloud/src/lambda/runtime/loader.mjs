// A module resolve hook for the Node.js runtime: bare imports the task cannot resolve are retried
// from the NODE_PATH directories, so `import '@aws-sdk/...'` works as `require` does on Lambda.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

let dirs = [];

export function initialize(data) {
  dirs = data?.dirs ?? [];
}

const isBare = (s) => !s.startsWith('.') && !s.startsWith('/') && !/^[a-z]+:/.test(s);

export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (err) {
    if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !isBare(specifier)) throw err;
    for (const dir of dirs) {
      try {
        return await next(specifier, { ...context, parentURL: pathToFileURL(path.join(dir, 'x.js')).href });
      } catch {}
    }
    throw err;
  }
}
