// Log stream names and the platform lines Lambda writes: INIT_START per environment, START, END, REPORT per run.
import { createHash, randomBytes } from 'node:crypto';

/** `YYYY/MM/DD/[$LATEST]<32 hex>`, as Lambda names one stream per execution environment. */
export function logStreamName(version: string, now = new Date()): string {
  const d = now.toISOString();
  return `${d.slice(0, 4)}/${d.slice(5, 7)}/${d.slice(8, 10)}/[${version}]${randomBytes(16).toString('hex')}`;
}

/**
 * `INIT_START Runtime Version: python:3.12.v1<TAB>Runtime Version ARN: arn:aws:lambda:<region>::runtime:<64 hex>`,
 * Lambda's first line of an environment. The version number and ARN hash are this cloud's own, fixed per runtime.
 */
export function initStartLine(runtime: string, region: string): string {
  const m = /^(python|nodejs|provided|[a-z]+)\.?(.*?)(\.x)?$/.exec(runtime);
  const family = m?.[1] ?? runtime;
  const release = m?.[2] || (family === 'provided' ? 'al1' : '');
  const hash = createHash('sha256').update(runtime).digest('hex');
  return `INIT_START Runtime Version: ${family}:${release}.v1\tRuntime Version ARN: arn:aws:lambda:${region}::runtime:${hash}\n`;
}

export function startLine(requestId: string, version: string): string {
  return `START RequestId: ${requestId} Version: ${version}\n`;
}

export function endLine(requestId: string): string {
  return `END RequestId: ${requestId}\n`;
}

export function reportLine(
  requestId: string,
  durationMs: number,
  memorySize: number,
  maxMemoryMb: number,
  initDurationMs?: number,
  status?: string,
): string {
  let line =
    `REPORT RequestId: ${requestId}\tDuration: ${durationMs.toFixed(2)} ms\t` +
    `Billed Duration: ${Math.max(1, Math.ceil(durationMs + (initDurationMs ?? 0)))} ms\t` +
    `Memory Size: ${memorySize} MB\tMax Memory Used: ${maxMemoryMb} MB\t`;
  if (initDurationMs !== undefined) line += `Init Duration: ${initDurationMs.toFixed(2)} ms\t`;
  if (status) line += `Status: ${status}`;
  return `${line}\n`;
}
