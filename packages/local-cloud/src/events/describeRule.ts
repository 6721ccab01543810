// DescribeRule: one rule of a bus, members in AWS's order, absent ones left out.
import type {
  DescribeRuleRequest,
  DescribeRuleResponse,
  Rule as RuleView,
} from '@aws-sdk/client-eventbridge';
import type { EventsContext } from './context.js';
import type { Rule } from './store.js';
import { checkRuleName } from './validate.js';

export function describeRule(ctx: EventsContext, input: DescribeRuleRequest): DescribeRuleResponse {
  const name = checkRuleName(input.Name);
  const bus = ctx.store.bus(input.EventBusName, ctx.region);
  return { ...ruleView(ctx.store.rule(bus, name)), CreatedBy: ctx.store.accountId };
}

export function ruleView(rule: Rule): RuleView {
  const view: RuleView = { Name: rule.name, Arn: rule.arn };
  if (rule.eventPattern !== undefined) view.EventPattern = rule.eventPattern;
  if (rule.scheduleExpression !== undefined) view.ScheduleExpression = rule.scheduleExpression;
  view.State = rule.state as RuleView['State'];
  if (rule.description !== undefined) view.Description = rule.description;
  if (rule.roleArn !== undefined) view.RoleArn = rule.roleArn;
  view.EventBusName = rule.busName;
  return view;
}
