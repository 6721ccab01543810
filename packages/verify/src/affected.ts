// The services a change affects, as the workspace's own Nx says: `nx show projects --affected` names the
// projects, `nx graph` gives each one's root and dependencies. A service is a project whose root holds a
// verification spec; what it needs is every project it depends on, directly or not, whose root holds a
// serverless.yml (the stacks that must be deployed first), dependencies first. One entry per service, in
// the shape `strategy.matrix.include` takes.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { ConfigError } from './errors.js';
import { SPEC_FILES } from './load.js';
import { serverlessFile } from './spec/serverless.js';

export interface AffectedService {
  /** The service's directory, relative to the workspace, with forward slashes (`working-directory`). */
  service: string;
  /** The Nx project's name. */
  name: string;
  /** The directories of the services it depends on, to deploy before it, dependencies first. */
  needs: string[];
}

export interface AffectedOptions {
  /** The Nx workspace (default the current directory). */
  workspace?: string;
  /** Compare with this ref (Nx takes the merge base with head); default Nx's own (nx.json defaultBase). */
  base?: string;
  /** Default HEAD (with uncommitted changes, Nx's own default). */
  head?: string;
  /** Every service, affected or not. */
  all?: boolean;
}

interface NxGraph {
  graph: {
    nodes: Record<string, { data: { root: string } }>;
    dependencies: Record<string, { target: string }[]>;
  };
}

const run = promisify(execFile);

export async function affectedServices(options: AffectedOptions = {}): Promise<AffectedService[]> {
  const workspace = path.resolve(options.workspace ?? '.');
  const nx = nxCli(workspace);
  const affectedArgs = options.all
    ? ['show', 'projects', '--json']
    : [
        'show',
        'projects',
        '--affected',
        ...(options.base ? [`--base=${options.base}`] : []),
        ...(options.head ? [`--head=${options.head}`] : []),
        '--json',
      ];
  const [names, { graph }] = await Promise.all([
    nxJson<string[]>(nx, workspace, affectedArgs),
    nxJson<NxGraph>(nx, workspace, ['graph', '--file=stdout']),
  ]);
  const rootOf = (name: string) => graph.nodes[name]?.data.root;
  const holds = (name: string, files: (dir: string) => boolean) => {
    const root = rootOf(name);
    return root !== undefined && files(path.join(workspace, root));
  };
  const isService = (name: string) =>
    holds(name, (dir) => SPEC_FILES.some((f) => existsSync(path.join(dir, f))));
  const isStack = (name: string) => holds(name, (dir) => serverlessFile(dir) !== undefined);

  /** Every project `name` depends on, each after its own dependencies (a depth-first post-order). */
  const dependencies = (name: string): string[] => {
    const order: string[] = [];
    const seen = new Set([name]);
    const visit = (from: string) => {
      for (const { target } of graph.dependencies[from] ?? []) {
        if (seen.has(target) || !graph.nodes[target]) continue;
        seen.add(target);
        visit(target);
        order.push(target);
      }
    };
    visit(name);
    return order;
  };

  return names
    .filter(isService)
    .map((name) => ({
      service: posix(rootOf(name)!),
      name,
      needs: dependencies(name)
        .filter(isStack)
        .map((d) => posix(rootOf(d)!)),
    }))
    .sort((a, b) => a.service.localeCompare(b.service));
}

/** The workspace's own Nx CLI (its package's `bin`), run with this Node.js. */
function nxCli(workspace: string): string {
  try {
    const manifest = createRequire(path.join(workspace, 'package.json')).resolve('nx/package.json');
    const bin = JSON.parse(readFileSync(manifest, 'utf8')).bin?.nx as string;
    return path.join(path.dirname(manifest), bin);
  } catch {
    throw new ConfigError(
      `no Nx in ${workspace}: the affected services are what the workspace's own Nx says (npm install --save-dev nx)`,
    );
  }
}

async function nxJson<T>(nx: string, workspace: string, args: string[]): Promise<T> {
  // A task of another Nx run (this one may be one) leaves variables that would point Nx elsewhere.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => k !== 'NX_WORKSPACE_ROOT_PATH' && !k.startsWith('NX_TASK_') && !k.startsWith('NX_TERMINAL_'),
    ),
  );
  let stdout: string;
  try {
    ({ stdout } = await run(process.execPath, [nx, ...args], {
      cwd: workspace,
      env: { ...env, NX_TUI: 'false', FORCE_COLOR: '0' },
      maxBuffer: 256 * 1024 * 1024,
    }));
  } catch (err) {
    const e = err as Error & { stderr?: string; stdout?: string };
    const said = `${e.stderr ?? ''}\n${e.stdout ?? ''}`
      .split('\n')
      .map((l) => l.trim().replace(/^NX\s+/, ''))
      .filter((l) => l && l !== 'NX' && !l.startsWith('Pass --verbose'))
      .slice(0, 6)
      .join(' ');
    const refs = args.some((a) => a.startsWith('--base') || a.startsWith('--head'))
      ? ' (are --base and --head commits of this clone? actions/checkout needs fetch-depth: 0)'
      : '';
    throw new ConfigError(`nx ${args.join(' ')} failed${refs}: ${said || e.message}`);
  }
  try {
    return JSON.parse(stdout) as T;
  } catch {
    throw new ConfigError(`nx ${args.join(' ')} printed no JSON: ${stdout.slice(0, 200)}`);
  }
}

const posix = (p: string) => p.split(path.sep).join('/');
