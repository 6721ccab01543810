// action.yml, the code and the README agree: every input declared is read, every output declared is set.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, jest } from '@jest/globals';
import { parse } from 'yaml';
import * as core from '../__fixtures__/core.js';

jest.unstable_mockModule('@actions/core', () => core);
const { readInputs } = await import('../src/inputs.js');

const repo = path.resolve(import.meta.dirname, '../../..');
const action = parse(readFileSync(path.join(repo, 'action.yml'), 'utf8'));
const readme = readFileSync(path.join(repo, 'README.md'), 'utf8');
/** The main step's modules: main.ts and what it loads once the inputs are read. */
const mainStep = ['main.ts', 'verifyService.ts', 'dryRun.ts']
  .map((f) => readFileSync(path.join(repo, 'packages/action/src', f), 'utf8'))
  .join('\n');

const workspace = mkdtempSync(path.join(os.tmpdir(), 'action-yml-'));
mkdirSync(path.join(workspace, 'svc'));
writeFileSync(path.join(workspace, 'svc', 'destinations.yml'), 'function: f\n');
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

describe('action.yml', () => {
  it('runs the bundle on node24 with a post step that always runs', () => {
    expect(action.runs).toEqual({
      using: 'node24',
      main: 'packages/action/dist/index.js',
      post: 'packages/action/dist/post.js',
      'post-if': 'always()',
    });
    expect(action.branding).toEqual({ icon: expect.any(String), color: expect.any(String) });
    expect(action.description.length).toBeLessThanOrEqual(125);
  });

  it('declares exactly the inputs the code reads', () => {
    core.setInputs({ 'working-directory': 'svc' });
    core.getInput.mockClear();
    readInputs(workspace);
    const read = new Set(core.getInput.mock.calls.map((c) => c[0]));
    expect([...read].sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it('declares exactly the outputs the code sets', () => {
    const set = new Set([...mainStep.matchAll(/setOutput\('([a-z-]+)'/g)].map((m) => m[1]));
    expect([...set].sort()).toEqual(Object.keys(action.outputs).sort());
  });

  it('documents every input and output in the README tables', () => {
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) {
      expect(readme).toMatch(new RegExp(`^\\| \`${name}\` +\\|`, 'm'));
    }
  });
});

describe('affected/action.yml', () => {
  const sub = parse(readFileSync(path.join(repo, 'affected/action.yml'), 'utf8'));
  const code = readFileSync(path.join(repo, 'packages/action/src/matrix.ts'), 'utf8');

  it("runs the bundle's affected entry on node24, from the folder of its action.yml", () => {
    expect(sub.runs).toEqual({ using: 'node24', main: '../packages/action/dist/affected.js' });
    const entry = readFileSync(path.join(repo, 'packages/action/scripts/bundle.js'), 'utf8');
    expect(entry).toContain("['index', 'post', 'affected']");
    expect(sub.description.length).toBeLessThanOrEqual(125);
  });

  it('declares exactly the inputs it reads and the outputs it sets', () => {
    const read = new Set([...code.matchAll(/getInput\('([a-z-]+)'\)/g)].map((m) => m[1]));
    expect([...read].sort()).toEqual(Object.keys(sub.inputs).sort());
    const set = new Set([...code.matchAll(/setOutput\('([a-z-]+)'/g)].map((m) => m[1]));
    expect([...set].sort()).toEqual(Object.keys(sub.outputs).sort());
  });
});
