// A usage plan by id, or API Gateway's NotFoundException.
import type { ApiGatewayContext } from '../context.js';
import { invalidIdentifier } from '../errors.js';
import type { UsagePlanRecord } from '../store.js';

export function usagePlanOf(ctx: ApiGatewayContext, id: string | undefined): UsagePlanRecord {
  const found = id ? ctx.store.usagePlans.get(ctx.region, id) : undefined;
  if (!found) throw invalidIdentifier('Usage Plan', ctx.accountId, String(id));
  return found;
}
