// Running the Serverless CLI as the caller names it (`serverless`, `npx serverless`, a path with
// arguments), in the service's folder; one way to start it, one error when it does not succeed, holding
// the framework's own error message (printed once: its error block is not passed on line by line).
import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

/** The Serverless CLI could not start, or exited non-zero; the message names the command and why. */
export class CommandError extends Error {
  override name = 'CommandError';
  /** Everything the command printed, without colours (unset when it could not start). */
  readonly output?: string;
  constructor(message: string, output?: string) {
    super(message);
    this.output = output;
  }
}

export interface CommandOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Called with each non-empty line the command prints; without it the output goes to stderr. */
  onLine?: (line: string) => void;
}

/** Where the framework's error block starts: `Environment: linux, node ..., osls ...` then `Error:`. */
const ERROR_BLOCK = /^(Environment: |Error:$|✖ )/;

/** Without terminal colours (the framework colours its output when FORCE_COLOR is set, as Nx sets it). */
const colour = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const plain = (text: string) => text.replace(colour, '');

/**
 * The framework's own error in its output: the text after its `Error:` line, without the JavaScript
 * stack lines some errors carry (`    at GetAddrInfoReqWrap...`); undefined when there is no such block.
 */
export function frameworkError(output: string): string | undefined {
  const lines = plain(output).split('\n');
  const at = lines.findLastIndex((l) => l.trim() === 'Error:');
  if (at < 0) return undefined;
  const text = lines
    .slice(at + 1)
    .filter((l) => !/^\s+at \S.*(\(.*\)|:\d+:\d+)$/.test(l))
    .join('\n')
    .trim();
  return text || undefined;
}

/**
 * Whether the program a command line starts exists: a path (relative to `cwd`) to an executable file, or
 * a name found on the PATH. Checked before packaging, so a misspelt command is a configuration error.
 */
export function commandExists(
  commandLine: string,
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  const bin = commandLine.trim().split(/\s+/)[0];
  if (!bin) return false;
  const runnable = (file: string) => {
    try {
      accessSync(file, constants.X_OK);
      return statSync(file).isFile();
    } catch {
      return false;
    }
  };
  if (bin.includes('/') || bin.includes(path.sep)) return runnable(path.resolve(cwd, bin));
  const exts = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  return (env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .some((dir) => exts.some((ext) => runnable(path.join(path.resolve(cwd, dir), bin + ext))));
}

/** `<commandLine> <args...>`: resolves on exit 0; a failure's message holds what the command said. */
export function runCommand(commandLine: string, args: string[], options: CommandOptions): Promise<void> {
  const [bin, ...pre] = commandLine.split(/\s+/).filter(Boolean);
  const shown = `'${[commandLine, args[0]].filter(Boolean).join(' ')}'`;
  return new Promise((resolve, reject) => {
    const child = spawn(bin, [...pre, ...args], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', options.onLine ? 'pipe' : 2, options.onLine ? 'pipe' : 2],
    });
    let text = '';
    let partial = '';
    // Lines from the start of an error block on are held: a failure prints them once, in its message.
    let held: string[] | undefined;
    const line = (l: string) => {
      if (!l.trim()) return;
      if (!held && ERROR_BLOCK.test(plain(l))) held = [];
      if (held) held.push(l);
      else options.onLine?.(l);
    };
    const take = (chunk: Buffer) => {
      const part = chunk.toString('utf8');
      text += part;
      const lines = (partial + part).split('\n');
      partial = lines.pop() ?? '';
      for (const l of lines) line(l);
    };
    child.stdout?.on('data', take);
    child.stderr?.on('data', take);
    child.on('error', (err) => reject(new CommandError(`cannot run ${shown}: ${err.message}`)));
    child.on('close', (code, signal) => {
      line(partial);
      if (code === 0) {
        for (const l of held ?? []) options.onLine?.(l);
        return resolve();
      }
      const said = frameworkError(text) ?? text.trim();
      reject(
        new CommandError(
          `${shown} failed (${signal ?? `exit ${code}`})${said ? `:\n${said}` : ''}`,
          plain(text),
        ),
      );
    });
  });
}
