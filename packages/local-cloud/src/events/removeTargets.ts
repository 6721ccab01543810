// RemoveTargets: drops targets by Id; ids the rule does not have are ignored, as on AWS.
import type { RemoveTargetsRequest, RemoveTargetsResponse } from '@aws-sdk/client-eventbridge';
import type { EventsContext } from './context.js';
import { checkRuleName, required } from './validate.js';

export function removeTargets(ctx: EventsContext, input: RemoveTargetsRequest): RemoveTargetsResponse {
  const name = checkRuleName(input.Rule, 'rule');
  const ids = required(input.Ids, 'ids');
  const bus = ctx.store.bus(input.EventBusName, ctx.region);
  const rule = ctx.store.rule(bus, name);
  for (const id of ids) rule.targets.delete(id);
  return { FailedEntryCount: 0, FailedEntries: [] };
}
