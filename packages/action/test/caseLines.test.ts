// Case lines: an annotation must land on the spec line where the case starts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { caseLines } from '../src/caseLines.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'action-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function spec(text: string): string {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.yml`);
  writeFileSync(file, text);
  return file;
}

describe('caseLines', () => {
  it('finds each case of a single-function spec', () => {
    const file = spec(
      [
        '# the guide example',
        'function: helloStarting',
        'cases:',
        '  - name: succeeds',
        '    payload: { "Success": true }',
        '',
        '  - payload: { "Success": false }',
        '    name: fails',
      ].join('\n'),
    );
    expect([...caseLines(file)]).toEqual([
      ['succeeds', 4],
      ['fails', 7],
    ]);
  });

  it('finds the cases under a functions list', () => {
    const file = spec(
      [
        'functions:',
        '  - function: a',
        '    cases:',
        '      - name: one',
        '  - function: b',
        '    cases:',
        '      - name: two',
      ].join('\n'),
    );
    expect(caseLines(file).get('one')).toBe(4);
    expect(caseLines(file).get('two')).toBe(7);
  });

  it('answers nothing for a file that is missing or not a spec', () => {
    expect(caseLines(path.join(dir, 'none.yml')).size).toBe(0);
    expect(caseLines(spec('- just\n- a list\n')).size).toBe(0);
  });
});
