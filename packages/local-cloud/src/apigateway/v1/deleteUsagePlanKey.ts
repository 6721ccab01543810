// DeleteUsagePlanKey: an API key taken out of a usage plan.
import type { DeleteUsagePlanKeyRequest } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { invalidIdentifier } from '../errors.js';
import { usagePlanOf } from './usagePlanOf.js';

export function deleteUsagePlanKey(
  ctx: ApiGatewayContext,
  input: DeleteUsagePlanKeyRequest,
): Record<string, never> {
  if (!usagePlanOf(ctx, input.usagePlanId).keys.delete(String(input.keyId)))
    throw invalidIdentifier('Usage Plan Key', ctx.accountId, String(input.keyId));
  return {};
}
