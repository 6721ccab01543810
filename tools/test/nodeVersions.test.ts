// One supported range of Node.js (engines) and everything that names a version agrees with it: every
// package.json, the CI matrix, the bundle's target, the Action's runtime, the README, @types/node and the
// Node that .ci/run fetches; on a supported Node nothing warns.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { type PackageJson, readJson, readText, repo, workspacePackageFiles } from './workspace.js';

const root = readJson<PackageJson>('package.json');
const range = root.engines?.node ?? '';
/** The majors of `^22.13.0 || ^24.0.0`, and the lowest version: 22.13.0. */
const clauses = range.split('||').map((c) => /^\s*\^(\d+)\.(\d+)\.(\d+)\s*$/.exec(c));
const majors = clauses.map((m) => Number(m?.[1]));
const lowest = clauses[0]?.slice(1, 4).join('.') ?? '';
const running = Number(process.versions.node.split('.')[0]);
const supported = majors.includes(running);

describe('the supported Node.js versions', () => {
  it('are a list of majors, from a minimum, in the root package.json', () => {
    expect(clauses.every((m) => m !== null)).toBe(true);
    expect(majors).toEqual([22, 24]);
  });

  it('are the engines of every package.json', () => {
    const engines = ['package.json', ...workspacePackageFiles()].map((f) => [
      f,
      readJson<PackageJson>(f).engines?.node,
    ]);
    expect(engines.filter(([, e]) => e !== range)).toEqual([]);
  });

  it('are the CI matrix', () => {
    const ci = parse(readText('.github/workflows/ci.yml')) as {
      jobs: { test: { strategy: { matrix: { node: number[] } } } };
    };
    expect([...ci.jobs.test.strategy.matrix.node].sort()).toEqual(majors);
  });

  it("are what the bundle targets (the lowest) and what the Action's runtime is (one of them)", () => {
    expect(/target: '([^']+)'/.exec(readText('packages/action/scripts/bundle.js'))?.[1]).toBe(
      `node${majors[0]}`,
    );
    const using = /^\s+using: ['"]?node(\d+)/m.exec(readText('action.yml'))?.[1];
    expect(majors).toContain(Number(using));
  });

  it('are what the README says each time it says what is needed', () => {
    const phrase = `Node.js ${lowest.replace(/\.0$/, '')}+ or ${majors.slice(1).join(' or ')}`;
    const said = [...readText('README.md').matchAll(/[Nn]eeds Node\.js [\d.+]+(?: or \d+)*/g)].map(
      (m) => m[0],
    );
    expect(said.length).toBeGreaterThan(0);
    expect(said.map((s) => s.replace(/^N/, 'n'))).toEqual(said.map(() => `needs ${phrase}`));
  });

  it('are what @types/node describes (the lowest, so no newer API slips in)', () => {
    expect(root.devDependencies?.['@types/node']).toMatch(new RegExp(`^\\^${majors[0]}\\.`));
  });

  it('include the Node.js that .ci/run fetches', () => {
    const major = /NODE_MAJOR=\$\{NODE_MAJOR:-(\d+)\}/.exec(readText('.ci/run'))?.[1];
    expect(majors).toContain(Number(major));
  });
});

describe(`Node.js ${process.version} (${supported ? 'supported' : 'not supported'})`, () => {
  // The AWS SDK warns once per process when a client is made on a Node.js it is leaving behind.
  it(supported ? 'prints no warning when an AWS SDK client is made' : 'makes the AWS SDK warn', () => {
    const made = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const { STSClient } = await import('@aws-sdk/client-sts'); new STSClient({ region: 'us-east-1' });",
      ],
      { cwd: repo, encoding: 'utf8' },
    );
    expect(made.status).toBe(0);
    if (supported) expect(made.stderr).toBe('');
    else expect(made.stderr).toContain('NodeVersionSupportWarning');
  });
});
