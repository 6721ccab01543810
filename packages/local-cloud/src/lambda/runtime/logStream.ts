// Log stream names and the platform lines (START, END, REPORT) Lambda writes around each invocation.
import { randomBytes } from 'node:crypto';

/** `YYYY/MM/DD/[$LATEST]<32 hex>`, as Lambda names one stream per execution environment. */
export function logStreamName(version: string, now = new Date()): string {
  const d = now.toISOString();
  return `${d.slice(0, 4)}/${d.slice(5, 7)}/${d.slice(8, 10)}/[${version}]${randomBytes(16).toString('hex')}`;
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
