// The interpreter each runtime runs on: the one the cloud's settings name for the runtime (or its
// family), else the host's `python3.X` or `python3` for Python and this process's node for Node.js;
// with its version, so a function whose runtime asks for another one is warned about once.
import { spawnSync } from 'node:child_process';
import type { LocalCloud } from '../../cloud.js';
import { type RuntimeFamily, runtimeFamily, SUPPORTED_RUNTIMES } from '../runtimes.js';

export interface Interpreter {
  runtime: string;
  family: RuntimeFamily;
  /** What is spawned (the real executable behind a version manager's shim, when it could be asked). */
  command: string;
  /** `major.minor` of Python, `major` of Node.js; undefined for `provided` or when it cannot run. */
  version?: string;
  /** Why it cannot run on this machine, e.g. `python3 is not on the PATH`. */
  missing?: string;
  /** The interpreter's version differs from the runtime's (Python), or is older (Node.js). */
  mismatch?: string;
}

interface Probe {
  command: string;
  version?: string;
  error?: string;
}

const probes = new Map<string, Probe>();

/** Asks `command` for its real executable and version, once per command. */
function probe(command: string, family: 'python' | 'nodejs'): Probe {
  const key = `${family}\0${command}`;
  const known = probes.get(key);
  if (known) return known;
  let found: Probe;
  if (family === 'nodejs' && command === process.execPath) {
    found = { command, version: process.versions.node.split('.')[0] };
  } else {
    const args =
      family === 'python'
        ? ['-c', 'import sys; print(sys.executable); print("%d.%d" % sys.version_info[:2])']
        : ['-p', 'process.execPath + "\\n" + process.versions.node.split(".")[0]'];
    // Version managers' shims need variables the function's child lacks: ask with the caller's.
    const out = spawnSync(command, args, { encoding: 'utf8', timeout: 10_000 });
    const [exe, version] = (out.stdout ?? '').trim().split('\n');
    if (out.error || out.status !== 0 || !version)
      found = {
        command,
        error:
          (out.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT'
            ? `${command} is not on the PATH`
            : `${command} does not run (${out.error?.message ?? `exit ${out.status}`})`,
      };
    else found = { command: exe || command, version };
  }
  probes.set(key, found);
  return found;
}

/**
 * The interpreter settings of `--python [RUNTIME=]PATH` and `--node [RUNTIME=]PATH` (repeatable): a bare
 * path for every runtime of the family, `python3.13=PATH` for one runtime. Each must run; throws a
 * message naming the flag otherwise.
 */
export function interpreterSettings(flags: { python?: string[]; node?: string[] }): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [flag, family] of [
    ['python', 'python'],
    ['node', 'nodejs'],
  ] as const) {
    for (const value of flags[flag] ?? []) {
      const eq = value.indexOf('=');
      const key = eq > 0 ? value.slice(0, eq) : family;
      const command = eq > 0 ? value.slice(eq + 1) : value;
      if (key !== family && runtimeFamily(key) !== family)
        throw new Error(
          `--${flag} ${value}: '${key}' is not a ${family} runtime (${SUPPORTED_RUNTIMES.filter((r) => runtimeFamily(r) === family).join(', ')})`,
        );
      if (!command) throw new Error(`--${flag} takes [RUNTIME=]PATH; got '${value}'`);
      const p = probe(command, family);
      if (p.error) throw new Error(`--${flag} ${value}: ${p.error}`);
      out[key] = command;
    }
  }
  return out;
}

/** The version a runtime asks for: `3.13` of python3.13, `22` of nodejs22.x. */
export function askedVersion(runtime: string): string | undefined {
  return /^python(\d+\.\d+)$/.exec(runtime)?.[1] ?? /^nodejs(\d+)\.x$/.exec(runtime)?.[1];
}

/** The interpreter `runtime` runs on in this cloud; undefined for a runtime this cloud does not run. */
export function interpreterFor(cloud: LocalCloud, runtime: string): Interpreter | undefined {
  const family = runtimeFamily(runtime);
  if (!family) return undefined;
  if (family === 'provided') return { runtime, family, command: 'bootstrap' };
  const named = cloud.config.interpreters[runtime] ?? cloud.config.interpreters[family];
  const asked = askedVersion(runtime);
  let p: Probe;
  if (named) p = probe(named, family);
  else if (family === 'nodejs') p = probe(process.execPath, family);
  else {
    // python3.13 on the PATH runs a python3.13 function; python3 otherwise.
    const exact = asked ? probe(`python${asked}`, family) : undefined;
    p = exact && !exact.error ? exact : probe('python3', family);
  }
  const shown = family === 'python' ? 'Python' : 'Node.js';
  return {
    runtime,
    family,
    command: p.command,
    version: p.version,
    missing: p.error,
    // Python differs both ways (3.12 dropped distutils, 3.13 cgi); a newer Node.js runs older code.
    mismatch:
      p.version && asked && (family === 'python' ? p.version !== asked : Number(p.version) < Number(asked))
        ? `${runtime} runs on ${shown} ${p.version} (${p.command}) here; start the local cloud with --${family === 'python' ? 'python' : 'node'} ${runtime}=<interpreter> to run it on ${shown} ${asked}`
        : undefined,
  };
}

/** Every runtime this cloud serves, with its interpreter (or `only` of them). */
export function interpreters(cloud: LocalCloud, only?: string[]): Record<string, Interpreter | null> {
  const out: Record<string, Interpreter | null> = {};
  for (const runtime of only ?? SUPPORTED_RUNTIMES) out[runtime] = interpreterFor(cloud, runtime) ?? null;
  return out;
}

const warned = new WeakMap<LocalCloud, Set<string>>();

/** The interpreter for a function's first environment, warning once per function of a version mismatch. */
export function interpreterForFunction(
  cloud: LocalCloud,
  functionName: string,
  runtime: string,
): Interpreter {
  const interp = interpreterFor(cloud, runtime)!;
  const seen = warned.get(cloud) ?? new Set<string>();
  warned.set(cloud, seen);
  if (interp.mismatch && !seen.has(functionName)) {
    seen.add(functionName);
    cloud.log('info', `warning: function ${functionName}: ${interp.mismatch}`);
  }
  return interp;
}
