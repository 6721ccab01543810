// PutSecretValue: a new version, which takes AWSCURRENT (the one before becomes AWSPREVIOUS) unless other
// labels are given.
import type { PutSecretValueRequest, PutSecretValueResponse } from '@aws-sdk/client-secrets-manager';
import type { SecretsContext } from './context.js';
import { invalidParameter, markedForDeletion, versionExists } from './errors.js';
import { CURRENT } from './secret.js';
import { sameValue, versionFrom } from './values.js';

export function putSecretValue(ctx: SecretsContext, input: PutSecretValueRequest): PutSecretValueResponse {
  const secret = ctx.secret(input.SecretId);
  if (secret.deleted) throw markedForDeletion();
  const version = versionFrom(input);
  if (!version) throw invalidParameter('You must provide either SecretString or SecretBinary.');
  const existing = secret.versions.get(version.id);
  if (existing) {
    if (!sameValue(version, existing)) throw versionExists();
    return {
      ARN: secret.arn,
      Name: secret.name,
      VersionId: existing.id,
      VersionStages: [...existing.stages],
    };
  }
  const stages = input.VersionStages?.length ? input.VersionStages : [CURRENT];
  const added = secret.addVersion(version, stages);
  return { ARN: secret.arn, Name: secret.name, VersionId: added.id, VersionStages: [...added.stages] };
}
