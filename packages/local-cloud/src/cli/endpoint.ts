// The endpoint deploy and remove talk to: --endpoint, AWS_ENDPOINT_URL, or an in-process local cloud;
// and what their failures exit with (2: the service's configuration, 1: anything else).
import { CommandError, ServiceConfigError, StackOperationError } from '@destinations-action/deploy';
import { startLocalCloud } from '../server.js';

export async function withEndpoint(
  given: string | undefined,
  region: string,
  run: (endpoint: string) => Promise<number>,
): Promise<number> {
  const endpoint = given ?? process.env.AWS_ENDPOINT_URL;
  let stop: (() => Promise<void>) | undefined;
  let url = endpoint;
  if (!url) {
    const cloud = await startLocalCloud({ port: 0, region, logLevel: 'error' });
    console.error(
      `no --endpoint or AWS_ENDPOINT_URL: using an in-process local cloud at ${cloud.url} (gone when this ends)`,
    );
    url = cloud.url;
    stop = cloud.stop;
  }
  try {
    return await run(url);
  } catch (err) {
    // The service as written: its framework refused it, or it names what the cloud does not take.
    if (err instanceof CommandError || err instanceof ServiceConfigError) {
      console.error(`local-cloud: ${err.message}`);
      return 2;
    }
    if (err instanceof StackOperationError) {
      console.error(`local-cloud: ${err.message}`);
      return 1;
    }
    const e = err as Error;
    if (/ECONNREFUSED|fetch failed/.test(`${e.message} ${(e as { code?: string }).code ?? ''}`)) {
      console.error(`local-cloud: no local cloud answers at ${url}; start one with 'local-cloud start'`);
      return 1;
    }
    console.error(`local-cloud: ${e.message}`);
    return 1;
  } finally {
    await stop?.();
  }
}
