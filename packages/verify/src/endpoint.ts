// An endpoint the run was told to use must answer before anything is packaged, deployed or fired: one that
// does not is a configuration error naming where it came from (`--endpoint`, the Action's `endpoint-url`).
import { ConfigError } from './errors.js';

/** Where an endpoint came from, for messages: the option's name, or the Action's input. */
export function endpointSource(options: { endpoint?: string; endpointSource?: string }): string {
  if (options.endpoint) return options.endpointSource ?? '--endpoint';
  return process.env.AWS_ENDPOINT_URL ? 'AWS_ENDPOINT_URL' : 'the default local endpoint';
}

/** Anything answers HTTP at the URL (a local cloud, another emulator, AWS), whatever the status. */
export async function answers(url: string): Promise<boolean> {
  try {
    await fetch(`${url.replace(/\/$/, '')}/_localcloud/health`, { signal: AbortSignal.timeout(5000) });
    return true;
  } catch {
    return false;
  }
}

/** Throws a ConfigError naming `from` and the address when nothing answers at `url`. */
export async function requireAnswering(url: string, from: string, hint: string): Promise<void> {
  if (await answers(url)) return;
  throw new ConfigError(`${from} names ${url}, but nothing answers there: ${hint}`);
}
