// GetSecretValue: a version's value, by VersionId or staging label (AWSCURRENT unless told).
import type { GetSecretValueRequest, GetSecretValueResponse } from '@aws-sdk/client-secrets-manager';
import type { SecretsContext } from './context.js';
import { markedForDeletion, stageNotFound, versionNotFound } from './errors.js';
import { CURRENT } from './secret.js';

export function getSecretValue(ctx: SecretsContext, input: GetSecretValueRequest): GetSecretValueResponse {
  const secret = ctx.secret(input.SecretId);
  if (secret.deleted) throw markedForDeletion();
  let version = input.VersionId ? secret.versions.get(input.VersionId) : undefined;
  if (input.VersionId) {
    if (!version || (input.VersionStage && !version.stages.includes(input.VersionStage))) {
      throw versionNotFound(input.VersionId);
    }
  } else {
    const stage = input.VersionStage ?? CURRENT;
    version = secret.withStage(stage);
    if (!version) throw stageNotFound(stage);
  }
  // AWS keeps the day of the last access, not the time.
  const today = new Date();
  today.setUTCHours(0, 0, 0, 0);
  secret.lastAccessed = today;
  return {
    ARN: secret.arn,
    Name: secret.name,
    VersionId: version.id,
    SecretString: version.SecretString,
    SecretBinary: version.SecretBinary,
    VersionStages: [...version.stages],
    CreatedDate: version.created,
  };
}
