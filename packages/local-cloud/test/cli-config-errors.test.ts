// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${param:...} strings are Serverless variables, not templates
// Configuration errors exit 2 with one clear message, printed once, without a stack trace: a stage name
// no stack can carry, a serverless.yml that does not parse, an unresolved ${param:...}, a runtime the
// local cloud does not run, in `local-cloud deploy` (the `destinations` CLI has the same test).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { main as localCloud } from '../src/cli.js';

const SERVERLESS = `service: cfg
frameworkVersion: '3 || 4'
provider:
  name: aws
  runtime: nodejs22.x
params:
  default:
    retries: 0
functions:
  hello:
    handler: index.handler
    maximumRetryAttempts: \${param:retries}
    destinations:
      onSuccess: arn:aws:sqs:us-east-1:000000000000:q
`;
const HELLO = 'export const handler = async () => ({ statusCode: 200 });';

const root = mkdtempSync(path.join(tmpdir(), 'cfg-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
/** A copy of the service with `edit` applied to its serverless.yml. */
function service(edit: (yml: string) => string): string {
  const dir = path.join(root, String(++n));
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'serverless.yml'), edit(SERVERLESS));
  writeFileSync(path.join(dir, 'index.mjs'), HELLO);
  return dir;
}

let said: string[];
beforeEach(() => {
  said = [];
  const keep = (...a: unknown[]) => void said.push(a.join(' '));
  jest.spyOn(console, 'log').mockImplementation(keep);
  jest.spyOn(console, 'error').mockImplementation(keep);
  jest.spyOn(console, 'warn').mockImplementation(keep);
});
afterEach(() => {
  jest.restoreAllMocks();
});

const all = () => said.join('\n');
const count = (text: string) => all().split(text).length - 1;
const noStack = () => expect(all()).not.toMatch(/^\s+at \S.*:\d+:\d+\)?$/m);

describe('local-cloud deploy --serverless', () => {
  it('exits 2 for a stage, a runtime or a framework error, with one message', async () => {
    await expect(localCloud(['deploy', '--serverless', service((y) => y), '--stage', 'a_b'])).resolves.toBe(
      2,
    );
    expect(said.at(-1)).toBe(
      "local-cloud deploy: --stage must be 1 to 63 letters, digits or hyphens, starting with a letter or digit; got 'a_b'",
    );
    await expect(
      localCloud([
        'deploy',
        '--serverless',
        service((y) => y.replace('nodejs22.x', 'ruby3.3')),
        '--stage',
        'dev',
      ]),
    ).resolves.toBe(2);
    expect(said.at(-1)).toMatch(
      /^local-cloud: function Hello: runtime ruby3\.3: not a runtime the local cloud/,
    );
    await expect(
      localCloud([
        'deploy',
        '--serverless',
        service((y) => y.replace('${param:retries}', '${param:nope}')),
        '--stage',
        'dev',
      ]),
    ).resolves.toBe(2);
    expect(count('Value not found at "param" source')).toBe(1);
    noStack();
  });
});
