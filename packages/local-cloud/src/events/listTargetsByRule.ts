// ListTargetsByRule: a rule's targets in the order they were put, with paging.
import type { ListTargetsByRuleRequest, ListTargetsByRuleResponse } from '@aws-sdk/client-eventbridge';
import type { EventsContext } from './context.js';
import { checkLimit, checkRuleName, page } from './validate.js';

export function listTargetsByRule(
  ctx: EventsContext,
  input: ListTargetsByRuleRequest,
): ListTargetsByRuleResponse {
  const name = checkRuleName(input.Rule, 'rule');
  const bus = ctx.store.bus(input.EventBusName, ctx.region);
  const rule = ctx.store.rule(bus, name);
  const { items, next } = page([...rule.targets.values()], input.NextToken, checkLimit(input.Limit));
  return { Targets: items, ...(next ? { NextToken: next } : {}) };
}
