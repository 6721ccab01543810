// RestoreSecret: cancels a scheduled deletion.
import type { RestoreSecretRequest, RestoreSecretResponse } from '@aws-sdk/client-secrets-manager';
import type { SecretsContext } from './context.js';

export function restoreSecret(ctx: SecretsContext, input: RestoreSecretRequest): RestoreSecretResponse {
  const secret = ctx.secret(input.SecretId);
  secret.deleted = undefined;
  secret.deletionDate = undefined;
  return { ARN: secret.arn, Name: secret.name };
}
