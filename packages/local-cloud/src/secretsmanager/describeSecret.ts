// DescribeSecret: a secret's details and its versions' labels, never its value (a scheduled one too).
import type { DescribeSecretRequest, DescribeSecretResponse } from '@aws-sdk/client-secrets-manager';
import type { SecretsContext } from './context.js';

export function describeSecret(ctx: SecretsContext, input: DescribeSecretRequest): DescribeSecretResponse {
  return ctx.secret(input.SecretId).describe();
}
