// The repository as the checks see it: its root, its workspace package.json files, and Nx asked on the CLI.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const repo = path.resolve(import.meta.dirname, '../..');

export function readText(file: string): string {
  return readFileSync(path.join(repo, file), 'utf8');
}

export function readJson<T = Record<string, unknown>>(file: string): T {
  return JSON.parse(readText(file)) as T;
}

export interface PackageJson {
  name: string;
  engines?: { node?: string };
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  workspaces?: string[];
}

/** Every workspace's package.json, relative to the root, from the root's `workspaces` globs. */
export function workspacePackageFiles(): string[] {
  const files: string[] = [];
  for (const pattern of readJson<PackageJson>('package.json').workspaces ?? []) {
    const dirs = pattern.endsWith('/*')
      ? readdirSync(path.join(repo, pattern.slice(0, -2)), { withFileTypes: true })
          .filter((d) => d.isDirectory())
          .map((d) => `${pattern.slice(0, -2)}/${d.name}`)
      : [pattern];
    for (const dir of dirs) {
      if (existsSync(path.join(repo, dir, 'package.json'))) files.push(`${dir}/package.json`);
    }
  }
  return files.sort();
}

/** The environment a nested Nx gets: none of the running task's NX_* variables, no cloud, no daemon. */
function nxEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NX_')));
  return { ...env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false', FORCE_COLOR: '0' };
}

/** Runs the workspace's Nx (on the Node running the tests) in `cwd`, returning its standard output. */
export function nx(args: string[], cwd = repo): string {
  return execFileSync(process.execPath, [path.join(repo, 'node_modules/nx/dist/bin/nx.js'), ...args], {
    cwd,
    env: nxEnv(),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

export function nxJson<T>(args: string[], cwd = repo): T {
  return JSON.parse(nx(args, cwd)) as T;
}
