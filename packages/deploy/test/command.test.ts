// commandExists: what a Serverless command line starts is a program, found as the shell would find it.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { commandExists } from '../src/command.js';

const dir = mkdtempSync(path.join(tmpdir(), 'command-'));
writeFileSync(path.join(dir, 'runs'), '#!/bin/sh\n');
chmodSync(path.join(dir, 'runs'), 0o755);
writeFileSync(path.join(dir, 'plain'), 'not a program');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('commandExists', () => {
  it.each([
    ['a name on the PATH, with arguments', 'node --version', true],
    ['an absolute path', process.execPath, true],
    ['a path relative to the service', './runs package', true],
    ['a name on no PATH directory', 'no-such-serverless-cli', false],
    ['a path to nothing', './missing', false],
    ['a file that cannot run', './plain', false],
    ['a directory', '.', false],
    ['an empty line', '  ', false],
  ])('%s', (_what, line, expected) => {
    expect(commandExists(line, dir)).toBe(expected);
  });
});
