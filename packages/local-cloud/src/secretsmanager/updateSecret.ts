// UpdateSecret: a new description or KMS key, and a new AWSCURRENT version when a value is given.
import type { UpdateSecretRequest, UpdateSecretResponse } from '@aws-sdk/client-secrets-manager';
import type { SecretsContext } from './context.js';
import { markedForDeletion } from './errors.js';
import { CURRENT } from './secret.js';
import { versionFrom } from './values.js';

export function updateSecret(ctx: SecretsContext, input: UpdateSecretRequest): UpdateSecretResponse {
  const secret = ctx.secret(input.SecretId);
  if (secret.deleted) throw markedForDeletion();
  if (input.Description !== undefined) secret.description = input.Description;
  if (input.KmsKeyId !== undefined) secret.kmsKeyId = input.KmsKeyId;
  secret.lastChanged = new Date();
  const version = versionFrom(input);
  const added =
    version && !secret.versions.has(version.id) ? secret.addVersion(version, [CURRENT]) : undefined;
  return { ARN: secret.arn, Name: secret.name, VersionId: added?.id };
}
