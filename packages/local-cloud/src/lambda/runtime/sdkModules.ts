// Where the AWS SDK v3 lives on this host: Lambda's Node.js runtimes provide it to handler code.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let found: string | null | undefined;

/** The nearest node_modules above this package that holds `@aws-sdk`, or undefined. */
export function sdkNodeModules(): string | undefined {
  if (found === undefined) {
    found = null;
    for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
      const candidate = path.join(dir, 'node_modules');
      if (existsSync(path.join(candidate, '@aws-sdk'))) {
        found = candidate;
        break;
      }
      if (dir === path.dirname(dir)) break;
    }
  }
  return found ?? undefined;
}
