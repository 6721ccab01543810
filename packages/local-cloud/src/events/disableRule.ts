// DisableRule: the rule stays but matches nothing (and a schedule fires nothing) until enabled.
import type { DisableRuleRequest } from '@aws-sdk/client-eventbridge';
import type { EventsContext } from './context.js';
import { checkRuleName } from './validate.js';

export function disableRule(ctx: EventsContext, input: DisableRuleRequest): void {
  const bus = ctx.store.bus(input.EventBusName, ctx.region);
  const rule = ctx.store.rule(bus, checkRuleName(input.Name));
  rule.state = 'DISABLED';
  ctx.scheduler.sync(bus, rule);
}
