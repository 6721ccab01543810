// The matrix of a big monorepo: `destinations affected` and the `affected` sub-action turn what Nx says a
// change affects into one entry per service, on this repository's apps, in a throwaway git history: a
// change to the stack others send to, a change to one service's handler, a change outside every project.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readJson, repo, workspacePackageFiles } from './workspace.js';

interface Entry {
  service: string;
  name: string;
  needs: string[];
}

const temp = mkdtempSync(path.join(os.tmpdir(), 'affected-'));
const copy = path.join(temp, 'repo');
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
    cwd: copy,
    encoding: 'utf8',
  }).trim();

/** The environment of a nested Nx: none of the running task's NX_* variables, no cloud, no daemon. */
const env = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NX_'))),
  NX_NO_CLOUD: 'true',
  NX_DAEMON: 'false',
};

/** `destinations affected ...` in the copy: what it prints, parsed. */
function affected(...args: string[]): Entry[] {
  const out = execFileSync(
    process.execPath,
    [path.join(repo, 'packages/verify/bin/destinations.js'), 'affected', ...args],
    {
      cwd: copy,
      env,
      encoding: 'utf8',
    },
  );
  expect(out.trim().split('\n')).toHaveLength(1);
  return JSON.parse(out) as Entry[];
}

/** The committed `affected` sub-action, run as the runner runs it: its `services` output, parsed. */
function subAction(
  inputs: Record<string, string>,
  event?: unknown,
  workspace = copy,
): { code: number | null; services?: Entry[]; log: string } {
  const dir = mkdtempSync(path.join(temp, 'step-'));
  const output = path.join(dir, 'output');
  writeFileSync(output, '');
  const eventFile = path.join(dir, 'event.json');
  writeFileSync(eventFile, JSON.stringify(event ?? {}));
  const run = spawnSync(process.execPath, [path.join(repo, 'packages/action/dist/affected.js')], {
    cwd: copy,
    env: {
      ...env,
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: output,
      GITHUB_EVENT_NAME: event ? 'pull_request' : 'push',
      GITHUB_EVENT_PATH: eventFile,
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    },
    encoding: 'utf8',
  });
  const text = readFileSync(output, 'utf8');
  const m = /^services<<(.+)\n([\s\S]*?)\n\1$/m.exec(text);
  return {
    code: run.status,
    services: m ? (JSON.parse(m[2]) as Entry[]) : undefined,
    log: `${run.stdout}${run.stderr}`,
  };
}

const INFRA = 'apps/destination-infra';
const entry = (app: string, needs: string[] = []): Entry => ({
  service: `apps/${app}`,
  name: `@destinations-action/app-${app}`,
  needs,
});
const SENDS_TO_INFRA = ['arn-based', 'params', 'stage-based'].map((a) => entry(a, [INFRA]));
// In name order, as the command prints them.
const EVERY = [...SENDS_TO_INFRA.slice(0, 2), entry('s3-sns'), entry('same-service'), SENDS_TO_INFRA[2]];
const commits: Record<string, string> = {};

beforeAll(() => {
  // What the project graph is made of, and the apps whole (a service is a folder with destinations.yml).
  for (const file of ['nx.json', 'package.json', 'package-lock.json', ...workspacePackageFiles()]) {
    mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
    copyFileSync(path.join(repo, file), path.join(copy, file));
  }
  const apps = readJson<{ workspaces: string[] }>('package.json').workspaces.includes('apps/*');
  expect(apps).toBe(true);
  cpSync(path.join(repo, 'apps'), path.join(copy, 'apps'), {
    recursive: true,
    filter: (source) => !/[\\/](\.serverless|node_modules)$/.test(source),
  });
  symlinkSync(path.join(repo, 'node_modules'), path.join(copy, 'node_modules'));
  writeFileSync(path.join(copy, '.gitignore'), 'node_modules\n.nx\n');
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-qm', 'base');
  commits.base = git('rev-parse', 'HEAD');
  const edit = (file: string, line: string, message: string) => {
    writeFileSync(path.join(copy, file), `${readFileSync(path.join(copy, file), 'utf8')}${line}\n`);
    git('commit', '-qam', message);
    return git('rev-parse', 'HEAD');
  };
  commits.infra = edit(`${INFRA}/serverless.yml`, '# a queue more', 'the stack others send to');
  commits.handler = edit('apps/same-service/handler.py', '# a handler change', 'one handler');
  mkdirSync(path.join(copy, 'docs'));
  writeFileSync(path.join(copy, 'docs/NOTES.md'), 'notes\n');
  git('add', '.');
  git('commit', '-qm', 'docs only');
  commits.docs = git('rev-parse', 'HEAD');
});

describe('destinations affected', () => {
  it('a change to the stack others send to: the services that send to it, each needing it first', () => {
    expect(affected(`--base=${commits.base}`, `--head=${commits.infra}`)).toEqual(SENDS_TO_INFRA);
  });

  it("a change to one service's handler: that service alone, needing nothing", () => {
    expect(affected(`--base=${commits.infra}`, `--head=${commits.handler}`)).toEqual([entry('same-service')]);
  });

  it('a change outside every project: no service, an empty matrix', () => {
    expect(affected(`--base=${commits.handler}`, `--head=${commits.docs}`)).toEqual([]);
  });

  it('a base that is not in the clone: exit 2, saying so and how to fetch the history', () => {
    const run = spawnSync(
      process.execPath,
      [path.join(repo, 'packages/verify/bin/destinations.js'), 'affected', '--base=origin/nowhere'],
      { cwd: copy, env, encoding: 'utf8' },
    );
    expect({ code: run.status, stdout: run.stdout }).toEqual({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/^destinations affected: nx show projects --affected --base=origin\/nowhere/);
    expect(run.stderr).toContain('fetch-depth: 0');
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('the affected sub-action (affected/action.yml)', () => {
  it("on a pull request: what it changes against its base, as the matrix's include", () => {
    const pr = { pull_request: { number: 5, base: { sha: commits.infra } } };
    const step = subAction({}, pr);
    expect({ code: step.code, services: step.services }).toEqual({
      code: 0,
      services: [entry('same-service')],
    });
    expect(step.log).toContain(`Services the change from ${commits.infra} affects: apps/same-service`);
  });

  it('elsewhere, given no base: every service', () => {
    const step = subAction({});
    expect({ code: step.code, services: step.services }).toEqual({ code: 0, services: EVERY });
  });

  it("names services from the repository's root when the Nx workspace is a folder of it", () => {
    const step = subAction(
      { base: commits.base, head: commits.infra, 'working-directory': 'repo' },
      undefined,
      temp,
    );
    expect(step.services).toEqual(
      SENDS_TO_INFRA.map((e) => ({ ...e, service: `repo/${e.service}`, needs: [`repo/${INFRA}`] })),
    );
  });

  it('refuses a head without a base outside a pull request, naming the input', () => {
    const step = subAction({ head: commits.infra });
    expect(step.code).toBe(1);
    expect(step.log).toContain("::error::Input 'head' needs 'base' outside a pull request");
  });
});
