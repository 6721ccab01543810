// EnableRule: the rule matches events (or its schedule fires) again.
import type { EnableRuleRequest } from '@aws-sdk/client-eventbridge';
import type { EventsContext } from './context.js';
import { checkRuleName } from './validate.js';

export function enableRule(ctx: EventsContext, input: EnableRuleRequest): void {
  const bus = ctx.store.bus(input.EventBusName, ctx.region);
  const rule = ctx.store.rule(bus, checkRuleName(input.Name));
  rule.state = 'ENABLED';
  ctx.scheduler.sync(bus, rule);
}
