// EnableRule: the rule matches events again.
import type { EnableRuleRequest } from '@aws-sdk/client-eventbridge';
import type { EventsContext } from './context.js';
import { checkRuleName } from './validate.js';

export function enableRule(ctx: EventsContext, input: EnableRuleRequest): void {
  const bus = ctx.store.bus(input.EventBusName, ctx.region);
  ctx.store.rule(bus, checkRuleName(input.Name)).state = 'ENABLED';
}
