// Keeps credentials, and the account id when asked, out of the job's logs: registered with the runner
// (`::add-mask::`), and taken out of every message, report, summary and comment the Action writes itself, so
// that a service echoing a credential back (AWS's SignatureDoesNotMatch shows the signed headers, the
// session token among them) never has it printed or posted.
import * as core from '@actions/core';

/** Environment variables whose values are credentials, whatever tool set them. */
export const SECRET_VARIABLES = [
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'SERVERLESS_ACCESS_KEY',
  'GITHUB_TOKEN',
] as const;

/**
 * Shorter values are the dummies local clouds take (`test`): taking them out of text would blank common
 * words, and they guard nothing.
 */
const MIN_REDACTED_LENGTH = 8;
const credentials = new Set<string>();

/** Registers a credential with the runner and with `redact`. */
export function maskCredential(value: string): void {
  core.setSecret(value);
  if (value.length >= MIN_REDACTED_LENGTH) credentials.add(value);
}

/** Registers every credential in `env` as a secret; returns the names of those found. */
export function maskCredentials(env: NodeJS.ProcessEnv = process.env): string[] {
  const found: string[] = [];
  for (const name of SECRET_VARIABLES) {
    const value = env[name];
    if (value) {
      maskCredential(value);
      found.push(name);
    }
  }
  return found;
}

/** `text` with every registered credential replaced by `***`, as the runner shows a masked value. */
export function redact(text: string): string {
  let out = text;
  // Longest first: a credential that begins another must not leave the other's tail behind.
  for (const c of [...credentials].sort((a, b) => b.length - a.length)) {
    if (out.includes(c)) out = out.replaceAll(c, '***');
  }
  return out;
}

/** A copy of `value` with `redact` applied to every string in it (a report before it is published). */
export function redactAll<T>(value: T): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map(redactAll) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactAll(v)])) as T;
  }
  return value;
}

/** A thrown value's message, fit to print. */
export function errorMessage(err: unknown): string {
  return redact(err instanceof Error ? err.message : String(err));
}

/** The 12-digit account of an ARN, if it has one. */
export function accountOf(arn: string | undefined): string | undefined {
  return arn?.split(':')[4]?.match(/^\d{12}$/)?.[0];
}

/** Masks a 12-digit account id; anything else is ignored rather than masking a common word. */
export function maskAccountId(accountId: string | undefined): boolean {
  if (!accountId || !/^\d{12}$/.test(accountId)) return false;
  core.setSecret(accountId);
  return true;
}
