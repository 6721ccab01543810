// What a local cloud says of itself (its account, time scale, and what each runtime runs on there);
// nothing for any other endpoint, so the same run works against AWS.

export interface LocalCloudInfo {
  accountId: string;
  timeScale: number;
}

/** What the local cloud runs a runtime on (`/_localcloud/runtimes`); null for a runtime it does not run. */
export type RuntimeInfo = {
  command: string;
  version?: string;
  missing?: string;
  mismatch?: string;
} | null;

async function getJson(url: string): Promise<unknown> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
    return res.ok ? await res.json() : undefined;
  } catch {
    return undefined;
  }
}

/** The local cloud at `endpoint`, from its health answer; undefined when it is not one. */
export async function readLocalCloud(endpoint: string | undefined): Promise<LocalCloudInfo | undefined> {
  if (!endpoint) return undefined;
  const body = (await getJson(`${endpoint}/_localcloud/health`)) as
    | { accountId?: unknown; timeScale?: unknown }
    | undefined;
  if (typeof body?.timeScale !== 'number' || body.timeScale < 0) return undefined;
  return { accountId: typeof body.accountId === 'string' ? body.accountId : '', timeScale: body.timeScale };
}

/** What each runtime runs on at the local cloud; undefined when it does not say (an older one, or AWS). */
export async function readRuntimes(
  endpoint: string,
  runtimes: string[],
): Promise<Record<string, RuntimeInfo> | undefined> {
  const body = (await getJson(
    `${endpoint}/_localcloud/runtimes?runtime=${encodeURIComponent(runtimes.join(','))}`,
  )) as { runtimes?: Record<string, RuntimeInfo> } | undefined;
  return body?.runtimes;
}
