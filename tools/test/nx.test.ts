// Nx tells the truth: a task hashes every file it reads, runs after the builds it uses, removes in reverse
// dependency order, and a change affects the projects it reaches and no others. Nx itself is asked.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
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
import { nx, nxJson, readJson, readText, repo, workspacePackageFiles } from './workspace.js';

const ACTION = '@destinations-action/action';
const INFRA = '@destinations-action/app-destination-infra';
const SAME_SERVICE = '@destinations-action/app-same-service';
const S3_SNS = '@destinations-action/app-s3-sns';
const BUILDS = ['@destinations-action/local-cloud:build', '@destinations-action/verify:build'];
/** App targets that run the local-cloud or destinations CLI (from their dist/) in some configuration. */
const APP_TARGETS = ['deploy', 'verify', 'remove', 'e2e'];

interface Target {
  executor?: string;
  dependsOn?: (string | { projects?: string[]; target: string; dependencies?: boolean; params?: string })[];
  inputs?: unknown[];
  options?: Record<string, unknown>;
  configurations?: Record<string, unknown>;
}
interface Graph {
  graph: {
    nodes: Record<string, { type: string; data: { root: string; targets: Record<string, Target> } }>;
    dependencies: Record<string, { source: string; target: string; type: string }[]>;
  };
}
interface TaskGraph {
  tasks: {
    tasks: Record<string, { target: { project: string; target: string; configuration?: string } }>;
    dependencies: Record<string, { id: string }[]>;
  };
}

const temp = mkdtempSync(path.join(os.tmpdir(), 'nx-truth-'));
let graph: Graph['graph'];
beforeAll(() => {
  nx(['graph', `--file=${path.join(temp, 'graph.json')}`]);
  graph = (JSON.parse(readFileSync(path.join(temp, 'graph.json'), 'utf8')) as Graph).graph;
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** What each task of `args` waits for (task id -> sorted task ids), asked of Nx without running anything. */
function taskGraph(name: string, args: string[]): Record<string, string[]> {
  const file = path.join(temp, `${name}.json`);
  nx([...args, `--graph=${file}`]);
  const { dependencies } = (JSON.parse(readFileSync(file, 'utf8')) as TaskGraph).tasks;
  return Object.fromEntries(
    Object.entries(dependencies).map(([id, deps]) => [id, deps.map((d) => d.id).sort()]),
  );
}

const apps = () => Object.keys(graph.nodes).filter((p) => graph.nodes[p].data.root.startsWith('apps/'));
const dependsOnInfra = () =>
  apps().filter((p) => (graph.dependencies[p] ?? []).some((d) => d.target === INFRA));

describe('inputs', () => {
  it("the Action's tests hash the files outside the package they read (action.yml, README.md)", () => {
    const { files } = nxJson<{ files: string[] }>(['show', 'target', 'inputs', `${ACTION}:test`, '--json']);
    expect(files).toEqual(expect.arrayContaining(['action.yml', 'README.md']));
  });

  it('editing action.yml or README.md affects the Action', () => {
    for (const file of ['action.yml', 'README.md']) {
      expect(nxJson<string[]>(['show', 'projects', '--affected', `--files=${file}`, '--json'])).toContain(
        ACTION,
      );
    }
  });

  it('no task hashes package-lock.json as a file: Nx hashes the external dependencies themselves', () => {
    const nxConfig = readJson<{ namedInputs: Record<string, unknown[]> }>('nx.json');
    expect(JSON.stringify(nxConfig.namedInputs)).not.toContain('package-lock.json');
    const inputs = nxJson<{ files: string[]; external: string[] }>([
      'show',
      'target',
      'inputs',
      `${ACTION}:test`,
      '--json',
    ]);
    expect(inputs.files).not.toContain('package-lock.json');
    expect(inputs.external).toEqual(expect.arrayContaining(['npm:@actions/core', 'npm:@aws-sdk/client-sts']));
  });
});

describe('a lockfile change', () => {
  // A copy of what the project graph is made of (nx.json, every package.json, the lockfile) in a
  // git repository of its own: one commit, then one that moves only fflate, which local-cloud uses.
  const copy = path.join(temp, 'repo');
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: copy, stdio: 'pipe' });

  it('affects the projects that use the package that moved, not every project', () => {
    for (const file of ['nx.json', 'package.json', 'package-lock.json', ...workspacePackageFiles()]) {
      mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
      copyFileSync(path.join(repo, file), path.join(copy, file));
    }
    symlinkSync(path.join(repo, 'node_modules'), path.join(copy, 'node_modules'));
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-qm', 'base');
    const lock = readText('package-lock.json');
    const fflate = /("node_modules\/fflate": \{\s*"version": ")([^"]+)"/;
    expect(lock).toMatch(fflate);
    writeFileSync(path.join(copy, 'package-lock.json'), lock.replace(fflate, '$19.9.9"'));
    git('commit', '-qam', 'move fflate');

    const affected = nxJson<string[]>(
      ['show', 'projects', '--affected', '--base=HEAD~1', '--head=HEAD', '--json'],
      copy,
    );
    // And tools, whose own tests read the lockfile (this one among them).
    expect(affected.sort()).toEqual([
      ACTION,
      '@destinations-action/local-cloud',
      '@destinations-action/tools',
      '@destinations-action/verify',
    ]);
  });
});

describe('dependsOn', () => {
  it('every app target that runs a CLI depends on the builds of verify and local-cloud, in every configuration', () => {
    for (const app of apps()) {
      for (const name of APP_TARGETS) {
        const target = graph.nodes[app].data.targets[name];
        if (!target) continue;
        const builds = (target.dependsOn ?? []).flatMap((d) =>
          typeof d === 'object' && d.target === 'build' ? (d.projects ?? []).map((p) => `${p}:build`) : [],
        );
        expect({ task: `${app}:${name}`, builds: builds.sort() }).toEqual({
          task: `${app}:${name}`,
          builds: BUILDS,
        });
      }
    }
  });

  it('`verify -c local` on an app builds verify and local-cloud first', () => {
    const tasks = taskGraph('verify', ['run', `${SAME_SERVICE}:verify`, '-c', 'local']);
    expect(tasks[`${SAME_SERVICE}:verify:local`]).toEqual(BUILDS);
  });

  it('remove runs the apps before destination-infra, forwarding the configuration', () => {
    const dependents = dependsOnInfra();
    expect(dependents.length).toBeGreaterThan(0);
    const tasks = taskGraph('remove', ['run-many', '-t', 'remove', '-c', 'local']);
    expect(tasks[`${INFRA}:remove:local`]).toEqual(
      [...BUILDS, ...dependents.map((p) => `${p}:remove:local`)].sort(),
    );
    for (const app of dependents) expect(tasks[`${app}:remove:local`]).not.toContain(`${INFRA}:remove:local`);
  });

  it('deploy runs destination-infra before the apps that send to it, and same-service and s3-sns do not need it', () => {
    expect(apps()).toEqual(expect.arrayContaining([SAME_SERVICE, S3_SNS]));
    const tasks = taskGraph('deploy', ['run-many', '-t', 'deploy', '-c', 'local']);
    for (const app of dependsOnInfra())
      expect(tasks[`${app}:deploy:local`]).toContain(`${INFRA}:deploy:local`);
    for (const app of [SAME_SERVICE, S3_SNS]) {
      expect(dependsOnInfra()).not.toContain(app);
      expect(tasks[`${app}:deploy:local`]).toEqual(BUILDS);
    }
  });

  it('`npm run local-action` builds what the Action imports first, and runs from the root where action.yml is', () => {
    const target = graph.nodes[ACTION].data.targets['local-action'];
    expect(target.dependsOn).toEqual(['^build']);
    // The workspace root, as Nx writes it.
    expect(target.options).toMatchObject({ cwd: '' });
    const pkg = readJson<{ scripts: Record<string, string> }>('packages/action/package.json');
    expect(pkg.scripts['local-action']).toBe(`nx run ${ACTION}:local-action`);
  });
});

describe('configuration', () => {
  it('every project is configured in its package.json ("nx"), none in a project.json', () => {
    for (const { data } of Object.values(graph.nodes)) {
      expect({
        root: data.root,
        projectJson: existsSync(path.join(repo, data.root, 'project.json')),
      }).toEqual({
        root: data.root,
        projectJson: false,
      });
    }
  });

  it('every targetDefaults entry names a target some project has', () => {
    const defaults = readJson<{ targetDefaults: Record<string, unknown> }>('nx.json').targetDefaults;
    const targets = new Set(Object.values(graph.nodes).flatMap((n) => Object.keys(n.data.targets)));
    expect(Object.keys(defaults).filter((t) => !targets.has(t))).toEqual([]);
  });
});
