// `local-cloud start --state-dir`: a configuration error (exit 2, naming the flag) on a Node without
// node:sqlite (naming the version needed), for an empty value, and for a path that cannot be a directory.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, expect, it, jest } from '@jest/globals';
import { main } from '../src/cli.js';
import { sqliteModule } from '../src/persistence/database.js';

const root = mkdtempSync(path.join(tmpdir(), 'state-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => {
  jest.restoreAllMocks();
});

function captureErrors(): string[] {
  const lines: string[] = [];
  jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    lines.push(args.join(' '));
  });
  return lines;
}

const itWithout = sqliteModule() ? it.skip : it;
const itWith = sqliteModule() ? it : it.skip;

itWithout(
  'refuses --state-dir on a Node without node:sqlite, naming the flag and the Node it needs',
  async () => {
    const err = captureErrors();
    await expect(main(['start', '--port', '0', '--state-dir', path.join(root, 'a')])).resolves.toBe(2);
    expect(err.join('\n')).toBe(
      `local-cloud start: --state-dir needs node:sqlite, which Node.js ${process.versions.node} lacks: run on Node.js 22.13 or later (or 24)`,
    );
  },
);

it('refuses an empty --state-dir', async () => {
  const err = captureErrors();
  await expect(main(['start', '--port', '0', '--state-dir', ''])).resolves.toBe(2);
  expect(err.join('\n')).toContain('--state-dir');
});

itWith('refuses a --state-dir that is a file', async () => {
  const file = path.join(root, 'file');
  writeFileSync(file, 'x');
  const err = captureErrors();
  await expect(main(['start', '--port', '0', '--state-dir', file])).resolves.toBe(2);
  expect(err.join('\n')).toMatch(
    /^local-cloud start: --state-dir must be a directory this process can write; '.*file': /,
  );
  expect(err).toHaveLength(1);
});
