// DeleteRule: refused while the rule has targets (unless Force); a missing rule is a silent success.
import type { DeleteRuleRequest } from '@aws-sdk/client-eventbridge';
import type { EventsContext } from './context.js';
import { validationError } from './errors.js';
import { checkRuleName } from './validate.js';

export function deleteRule(ctx: EventsContext, input: DeleteRuleRequest): void {
  const name = checkRuleName(input.Name);
  const bus = ctx.store.bus(input.EventBusName, ctx.region);
  const rule = bus.rules.get(name);
  if (!rule) return;
  if (rule.targets.size > 0 && input.Force !== true) {
    throw validationError("Rule can't be deleted since it has targets.");
  }
  bus.rules.delete(name);
  ctx.scheduler.drop(rule.arn);
  ctx.store.tags.delete(rule.arn);
}
