// A secret value as CreateSecret, PutSecretValue and UpdateSecret take it: a string or a binary, not both.
import { randomUUID } from 'node:crypto';
import { bothValues } from './errors.js';
import type { SecretVersion } from './secret.js';

export interface GivenValue {
  SecretString?: string;
  SecretBinary?: Uint8Array;
  ClientRequestToken?: string;
}

/** The version to add, or undefined when no value is given; the client's token is its VersionId. */
export function versionFrom(input: GivenValue): Omit<SecretVersion, 'stages' | 'created'> | undefined {
  if (input.SecretString !== undefined && input.SecretBinary !== undefined) throw bothValues();
  if (input.SecretString === undefined && input.SecretBinary === undefined) return undefined;
  return {
    id: input.ClientRequestToken ?? randomUUID(),
    SecretString: input.SecretString,
    SecretBinary: input.SecretBinary,
  };
}

export function sameValue(a: Omit<SecretVersion, 'stages' | 'created'>, b: SecretVersion): boolean {
  if (a.SecretString !== undefined) return a.SecretString === b.SecretString;
  return (
    a.SecretBinary !== undefined &&
    b.SecretBinary !== undefined &&
    Buffer.from(a.SecretBinary).equals(Buffer.from(b.SecretBinary))
  );
}
