// The local cloud a run uses: the one --endpoint or AWS_ENDPOINT_URL names when it answers, else one
// inside this process (loaded only when one is needed), and a sentence saying which.
import { requireAnswering } from './endpoint.js';

/** Time scale of an in-process local cloud: a 60 s retry delay takes 60 ms. */
export const DEFAULT_TIME_SCALE = 0.001;

export interface LocalCloudInUse {
  url: string;
  /** Set for an in-process local cloud: stops it. */
  stop?: () => Promise<void>;
  /** Which local cloud this is and why, for the run's log. */
  said: string;
}

async function startInProcess(options: {
  region: string;
  timeScale?: number;
  interpreters?: Record<string, string>;
}): Promise<{ url: string; stop: () => Promise<void> }> {
  const { startLocalCloud } = await import('@destinations-action/local-cloud');
  const running = await startLocalCloud({
    port: 0,
    region: options.region,
    logLevel: 'error',
    timeScale: options.timeScale ?? DEFAULT_TIME_SCALE,
    interpreters: options.interpreters ?? {},
  });
  return { url: running.url, stop: running.stop };
}

/**
 * A running local cloud named by `endpoint`, else by AWS_ENDPOINT_URL (queues made there by hand are
 * then seen by the run), else a new one in this process. A named endpoint that does not answer is a
 * configuration error: the run would otherwise deploy nowhere.
 */
export async function useLocalCloud(options: {
  endpoint?: string;
  /** How `endpoint` was given, for the message when it does not answer (default `--endpoint`). */
  endpointSource?: string;
  region: string;
  timeScale?: number;
  /** The in-process cloud's interpreters (a running one has its own). */
  interpreters?: Record<string, string>;
}): Promise<LocalCloudInUse> {
  const named = options.endpoint
    ? { url: options.endpoint, from: options.endpointSource ?? '--endpoint' }
    : process.env.AWS_ENDPOINT_URL
      ? { url: process.env.AWS_ENDPOINT_URL, from: 'AWS_ENDPOINT_URL' }
      : undefined;
  if (named) {
    const url = named.url.replace(/\/$/, '');
    await requireAnswering(
      url,
      named.from,
      `start a local cloud ('local-cloud start'), or unset ${named.from} to run one in this process`,
    );
    return { url, said: `using the local cloud at ${url} (from ${named.from})` };
  }
  const running = await startInProcess(options);
  return {
    url: running.url,
    stop: running.stop,
    said: `started a local cloud in this process at ${running.url} (no --endpoint or AWS_ENDPOINT_URL; it stops when the run ends)`,
  };
}
