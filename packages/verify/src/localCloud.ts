// A local cloud inside this process, for runs given no endpoint: loaded only when one is needed.

/** Time scale of an in-process local cloud: a 60 s retry delay takes 60 ms. */
export const DEFAULT_TIME_SCALE = 0.001;

export async function startInProcess(options: {
  region: string;
  timeScale?: number;
}): Promise<{ url: string; stop: () => Promise<void> }> {
  const { startLocalCloud } = await import('@destinations-action/local-cloud');
  const running = await startLocalCloud({
    port: 0,
    region: options.region,
    logLevel: 'error',
    timeScale: options.timeScale ?? DEFAULT_TIME_SCALE,
  });
  return { url: running.url, stop: running.stop };
}
