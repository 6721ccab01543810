// DeleteSecret: scheduled after a recovery window (30 days unless told, 7 to 30), or gone at once with
// ForceDeleteWithoutRecovery.
import type { DeleteSecretRequest, DeleteSecretResponse } from '@aws-sdk/client-secrets-manager';
import type { SecretsContext } from './context.js';
import { forceWithWindow, markedForDeletion, recoveryWindow } from './errors.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export function deleteSecret(ctx: SecretsContext, input: DeleteSecretRequest): DeleteSecretResponse {
  if (input.ForceDeleteWithoutRecovery && input.RecoveryWindowInDays !== undefined) throw forceWithWindow();
  const days = input.RecoveryWindowInDays ?? 30;
  if (!input.ForceDeleteWithoutRecovery && (days < 7 || days > 30)) throw recoveryWindow();
  const secret = ctx.secret(input.SecretId);
  const now = new Date();
  if (input.ForceDeleteWithoutRecovery) {
    ctx.secrets.delete(secret.name);
    return { ARN: secret.arn, Name: secret.name, DeletionDate: now };
  }
  if (secret.deleted) throw markedForDeletion();
  secret.deleted = now;
  secret.deletionDate = new Date(now.getTime() + days * DAY_MS);
  return { ARN: secret.arn, Name: secret.name, DeletionDate: secret.deletionDate };
}
