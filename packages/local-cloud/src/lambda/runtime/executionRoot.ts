// Where a function version runs: its task directory and, when it has layers, the directory that stands
// for `/opt` (its layers unpacked in order, a later layer's files over an earlier one's), made at the
// first start of the version and shared by versions of the same code, runtime and layers.
import {
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { removeCode } from '../code.js';
import type { RuntimeFamily } from '../runtimes.js';
import type { FunctionVersion } from '../store.js';
import { taskDirUnder } from './nodeModules.js';

export interface ExecutionRoot {
  /** LAMBDA_TASK_ROOT and the working directory. */
  taskDir: string;
  /** What stands for `/opt`; undefined for a version without layers. */
  optDir?: string;
  /** The node_modules folders Node looks in after the code's own, in order (also NODE_PATH). */
  nodePath: readonly string[];
}

/** Links every file of `from` into `to` (made as needed), replacing what is there; copies across devices. */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    const there = lstatSync(target, { throwIfNoEntry: false });
    if (entry.isDirectory()) {
      if (there && !there.isDirectory()) rmSync(target, { force: true });
      linkTree(source, target);
      continue;
    }
    if (there) rmSync(target, { recursive: true, force: true });
    try {
      linkSync(source, target);
    } catch {
      copyFileSync(source, target);
    }
  }
}

/** `nodejs20.x` -> `node20`: the folder of a layer for that Node.js major. */
const nodeMajor = (runtime: string | undefined) => /^nodejs(\d+)/.exec(runtime ?? '')?.[1];

export class ExecutionRoots {
  private readonly roots = new Map<string, ExecutionRoot>();
  private readonly dirs = new Set<string>();

  /** The version's root, made on first use when it has layers. */
  of(version: FunctionVersion, family: RuntimeFamily): ExecutionRoot {
    const layers = version.layers ?? [];
    const code = version.code;
    if (layers.length === 0) return { taskDir: code.dir, nodePath: code.moduleDirs };
    const runtime = version.config.Runtime ?? '';
    const key = [code.root, runtime, ...layers.map((l) => l.arn)].join('\u0000');
    let root = this.roots.get(key);
    if (!root) {
      root = this.make(version, family, runtime);
      this.roots.set(key, root);
    }
    return root;
  }

  private make(version: FunctionVersion, family: RuntimeFamily, runtime: string): ExecutionRoot {
    const dir = mkdtempSync(path.join(tmpdir(), 'local-cloud-env-'));
    this.dirs.add(dir);
    const optDir = path.join(dir, 'opt');
    mkdirSync(optDir);
    for (const layer of version.layers ?? []) linkTree(layer.dir, optDir);
    const code = version.code;
    if (family !== 'nodejs') return { taskDir: code.dir, optDir, nodePath: code.moduleDirs };
    // Lambda's NODE_PATH order: the layers' folder of the runtime's major, then their nodejs/node_modules.
    const major = nodeMajor(runtime);
    const fromLayers = [
      ...(major ? [path.join(optDir, 'nodejs', `node${major}`, 'node_modules')] : []),
      path.join(optDir, 'nodejs', 'node_modules'),
    ].filter((d) => existsSync(d));
    const nodePath = [...fromLayers, ...code.moduleDirs];
    // The code is linked into a task directory of its own: only the walk up from it orders `import`.
    const top = path.join(dir, 'root');
    mkdirSync(top);
    const taskDir = taskDirUnder(top, nodePath);
    linkTree(code.dir, taskDir);
    return { taskDir, optDir, nodePath };
  }

  /** Removes every root made (the cloud stops). */
  removeAll(): void {
    for (const dir of this.dirs) removeCode(dir);
    this.dirs.clear();
    this.roots.clear();
  }
}
