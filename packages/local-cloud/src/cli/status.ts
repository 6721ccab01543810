// `local-cloud status`: is a local cloud answering at the endpoint, and what does it serve.
import { parseArgs } from 'node:util';

export const STATUS_HELP = `Usage: local-cloud status [--endpoint URL]

Tells whether a local cloud answers, its version, uptime and services; exit 1 when none answers.
The endpoint is --endpoint, else AWS_ENDPOINT_URL, else http://127.0.0.1:<LOCAL_CLOUD_PORT or 4566>.`;

export async function status(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { endpoint: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help) {
    console.log(STATUS_HELP);
    return 0;
  }
  const endpoint =
    values.endpoint ??
    process.env.AWS_ENDPOINT_URL ??
    `http://127.0.0.1:${process.env.LOCAL_CLOUD_PORT ?? 4566}`;
  try {
    const res = await fetch(`${endpoint.replace(/\/$/, '')}/_localcloud/health`);
    const health = (await res.json()) as { version: string; services: string[]; uptime: number };
    console.log(
      `local-cloud ${health.version} at ${endpoint}, up ${Math.round(health.uptime)} s: ${health.services.join(', ')}`,
    );
    return 0;
  } catch {
    console.error(`no local cloud answers at ${endpoint}`);
    return 1;
  }
}
