// CreateSecret: a new secret, with its first version (AWSCURRENT) when a value is given.
import type { CreateSecretRequest, CreateSecretResponse } from '@aws-sdk/client-secrets-manager';
import type { SecretsContext } from './context.js';
import { invalidName, scheduledForDeletion, secretExists } from './errors.js';
import { CURRENT, Secret } from './secret.js';
import { findSecret, secretArn } from './store.js';
import { sameValue, versionFrom } from './values.js';

const NAME = /^[a-zA-Z0-9/_+=.@!-]{1,512}$/;

export function createSecret(ctx: SecretsContext, input: CreateSecretRequest): CreateSecretResponse {
  const name = String(input.Name ?? '');
  if (!NAME.test(name)) throw invalidName();
  const version = versionFrom(input);
  const existing = findSecret(ctx.secrets, name);
  if (existing) {
    if (existing.deleted) throw scheduledForDeletion();
    // The same request again (same token, same value) answers as the first did.
    const same = version && existing.versions.get(version.id);
    if (same && sameValue(version, same)) return { ARN: existing.arn, Name: name, VersionId: same.id };
    throw secretExists(name);
  }
  const secret = new Secret(secretArn(ctx.region, ctx.accountId, name), name);
  secret.description = input.Description;
  secret.kmsKeyId = input.KmsKeyId;
  secret.tags = input.Tags ?? [];
  ctx.secrets.set(name, secret);
  const added = version ? secret.addVersion(version, [CURRENT]) : undefined;
  return { ARN: secret.arn, Name: name, VersionId: added?.id };
}
