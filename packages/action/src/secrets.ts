// Keeps credentials, and the account id when asked, out of the job's logs.
import * as core from '@actions/core';

/** Environment variables whose values are credentials, whatever tool set them. */
export const SECRET_VARIABLES = [
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'SERVERLESS_ACCESS_KEY',
] as const;

/** Registers every credential in `env` as a secret; returns the names of those found. */
export function maskCredentials(env: NodeJS.ProcessEnv = process.env): string[] {
  const found: string[] = [];
  for (const name of SECRET_VARIABLES) {
    const value = env[name];
    if (value) {
      core.setSecret(value);
      found.push(name);
    }
  }
  return found;
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
