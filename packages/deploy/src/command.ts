// Running the Serverless CLI as the caller names it (`serverless`, `npx serverless`, a path with
// arguments), in the service's folder; one way to start it, one error when it does not succeed.
import { spawn } from 'node:child_process';

/** The Serverless CLI could not start, or exited non-zero; the message names the command and why. */
export class CommandError extends Error {
  override name = 'CommandError';
}

export interface CommandOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Called with each non-empty line the command prints; without it the output goes to stderr. */
  onLine?: (line: string) => void;
}

/** `<commandLine> <args...>`: resolves on exit 0; a failure's message holds the output it captured. */
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
    const take = (chunk: Buffer) => {
      const part = chunk.toString('utf8');
      text += part;
      const lines = (partial + part).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) options.onLine?.(line);
    };
    child.stdout?.on('data', take);
    child.stderr?.on('data', take);
    child.on('error', (err) => reject(new CommandError(`cannot run ${shown}: ${err.message}`)));
    child.on('close', (code, signal) => {
      if (partial.trim()) options.onLine?.(partial);
      if (code === 0) return resolve();
      const output = text.trim() ? `:\n${text.trim()}` : '';
      reject(new CommandError(`${shown} failed (${signal ?? `exit ${code}`})${output}`));
    });
  });
}
