// Where the AWS SDK v3 lives on this host: Lambda's Node.js runtimes provide it to handler code.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let found: string | null | undefined;

/** The nearest `node_modules` holding `@aws-sdk` at or above `start`, or undefined. */
function nearest(start: string): string | undefined {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules');
    if (existsSync(path.join(candidate, '@aws-sdk'))) return candidate;
    if (dir === path.dirname(dir)) return undefined;
  }
}

/**
 * The `node_modules` whose `@aws-sdk` handlers get: LOCAL_CLOUD_SDK_PATH when set, else the nearest one
 * above this package, else the nearest above the working directory (a bundled copy of the local cloud,
 * as in the GitHub Action, has none of its own, and the user's repository usually has the SDK).
 */
export function sdkNodeModules(): string | undefined {
  if (found === undefined) {
    const configured = process.env.LOCAL_CLOUD_SDK_PATH;
    found =
      (configured && existsSync(path.join(configured, '@aws-sdk')) ? configured : undefined) ??
      nearest(path.dirname(fileURLToPath(import.meta.url))) ??
      nearest(process.cwd()) ??
      null;
  }
  return found ?? undefined;
}
