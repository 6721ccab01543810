// Who Lambda's messages to SQS come from: the `SenderId` of Lambda's service session on the execution role
// and the event's X-Ray `AWSTraceHeader`, as SQS shows them on what a destination or DLQ receives.
import { createHash, randomBytes, randomInt } from 'node:crypto';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** `AROA<17 upper alnum>:awslambda_<digits>`: the role's id (fixed per role) and a session per delivery. */
export function lambdaSenderId(role: string | undefined): string {
  const digest = createHash('sha256')
    .update(role ?? '')
    .digest();
  let id = 'AROA';
  for (let i = 0; i < 17; i++) id += ALNUM[digest[i]! % ALNUM.length];
  return `${id}:awslambda_${randomInt(100_000_000, 1_000_000_000)}`;
}

/** `Root=1-<epoch seconds, 8 hex>-<24 hex>;Parent=<16 hex>;Sampled=0`, the trace rooted in the event. */
export function lambdaTraceHeader(requestId: string, at: Date): string {
  const seconds = Math.floor(at.getTime() / 1000)
    .toString(16)
    .padStart(8, '0');
  const root = requestId.replaceAll('-', '').slice(0, 24).padEnd(24, '0');
  return `Root=1-${seconds}-${root};Parent=${randomBytes(8).toString('hex')};Sampled=0`;
}
