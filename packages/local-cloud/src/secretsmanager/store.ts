// Secrets by region and account, found by name, full ARN or partial ARN (the ARN without AWS's suffix).
import { randomInt } from 'node:crypto';
import type { Secret } from './secret.js';

const SUFFIX = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export class SecretsStore {
  private readonly secrets = new Map<string, Map<string, Secret>>();

  of(region: string, accountId: string): Map<string, Secret> {
    const key = `${region}/${accountId}`;
    let m = this.secrets.get(key);
    if (!m) {
      m = new Map();
      this.secrets.set(key, m);
    }
    return m;
  }
}

/** `arn:aws:secretsmanager:<region>:<account>:secret:<name>-<6 random characters>`, as AWS names a secret. */
export function secretArn(region: string, accountId: string, name: string): string {
  let suffix = '';
  for (let i = 0; i < 6; i++) suffix += SUFFIX[randomInt(SUFFIX.length)];
  return `arn:aws:secretsmanager:${region}:${accountId}:secret:${name}-${suffix}`;
}

/** The secret a SecretId names, purging one whose deletion date has passed. */
export function findSecret(secrets: Map<string, Secret>, id: string | undefined): Secret | undefined {
  const given = String(id ?? '');
  let found: Secret | undefined;
  if (given.startsWith('arn:')) {
    // A partial ARN ends at the name, without the hyphen and six characters AWS appends.
    found = [...secrets.values()].find((s) => s.arn === given || s.arn.slice(0, -7) === given);
  } else found = secrets.get(given);
  if (found?.deletionDate && found.deletionDate.getTime() <= Date.now()) {
    secrets.delete(found.name);
    return undefined;
  }
  return found;
}
