// ListRules: a bus's rules by name, with NamePrefix and paging.
import type { ListRulesRequest, ListRulesResponse } from '@aws-sdk/client-eventbridge';
import type { EventsContext } from './context.js';
import { ruleView } from './describeRule.js';
import { checkLimit, page } from './validate.js';

export function listRules(ctx: EventsContext, input: ListRulesRequest): ListRulesResponse {
  const bus = ctx.store.bus(input.EventBusName, ctx.region);
  const prefix = input.NamePrefix ?? '';
  const rules = [...bus.rules.values()]
    .filter((r) => r.name.startsWith(prefix))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const { items, next } = page(rules, input.NextToken, checkLimit(input.Limit));
  return { Rules: items.map(ruleView), ...(next ? { NextToken: next } : {}) };
}
