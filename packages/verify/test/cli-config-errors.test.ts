// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${param:...} strings are Serverless variables, not templates
// Configuration errors exit 2 with one clear message, printed once, without a stack trace: a stage name
// no stack can carry, a serverless.yml that does not parse, an unresolved ${param:...}, a runtime the
// local cloud does not run (`local-cloud deploy` has the same test in its package).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { main } from '../src/cli.js';
import { HELLO } from './helpers.js';

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
const SPEC = `function: hello
cases:
  - name: succeeds
    payload: { "Success": true }
    expect: { destination: onSuccess }
`;

const root = mkdtempSync(path.join(tmpdir(), 'cfg-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
/** A copy of the service with `edit` applied to its serverless.yml. */
function service(edit: (yml: string) => string): string {
  const dir = path.join(root, String(++n));
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'serverless.yml'), edit(SERVERLESS));
  writeFileSync(path.join(dir, 'destinations.yml'), SPEC);
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

describe('destinations e2e', () => {
  it('checks the stage as the Action does, before packaging', async () => {
    await expect(main(['e2e', service((y) => y), '--stage', 'feature/x'])).resolves.toBe(2);
    expect(all()).toBe(
      "destinations e2e: --stage must be 1 to 63 letters, digits or hyphens, starting with a letter or digit; got 'feature/x'",
    );
  });

  it('an unresolved ${param:...}: the framework says it once', async () => {
    const dir = service((y) => y.replace('${param:retries}', '${param:nope}'));
    await expect(main(['e2e', dir])).resolves.toBe(2);
    expect(count('Value not found at "param" source')).toBe(1);
    expect(all()).not.toContain('Environment: ');
    noStack();
  });

  it('a serverless.yml that does not parse: said once', async () => {
    const dir = service((y) => y.replace('provider:', 'provider:\n  odd: [unclosed'));
    await expect(main(['e2e', dir])).resolves.toBe(2);
    expect(count('Cannot parse "serverless.yml"')).toBe(1);
    expect(all()).not.toContain('Environment: ');
    noStack();
  });

  it('a runtime the local cloud does not run: one message naming it, before any stack is made', async () => {
    const dir = service((y) => y.replace('nodejs22.x', 'ruby3.3'));
    await expect(main(['e2e', dir, '-q'])).resolves.toBe(2);
    expect(all()).toMatch(
      /^destinations e2e: function Hello: runtime ruby3\.3: not a runtime the local cloud at http:\/\/127\.0\.0\.1:\d+ runs \(nodejs18\.x, .*python3\.14/m,
    );
    expect(all()).not.toContain('ROLLBACK');
    noStack();
  });
});
