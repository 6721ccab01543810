// PutRule: creates or replaces a rule (omitted members are not kept, as AWS documents); targets stay. A
// schedule expression is checked as AWS checks it (rate units agree with the value, cron's six fields).
import type { PutRuleRequest, PutRuleResponse } from '@aws-sdk/client-eventbridge';
import type { EventsContext } from './context.js';
import { constraintViolation, validationError } from './errors.js';
import type { JsonObject } from './pattern.js';
import { parseSchedule } from './schedule.js';
import { checkEventPattern, checkRuleName, checkTags } from './validate.js';

const STATES = new Set(['ENABLED', 'DISABLED', 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS']);

export function putRule(ctx: EventsContext, input: PutRuleRequest): PutRuleResponse {
  const name = checkRuleName(input.Name);
  const tags = checkTags(input.Tags);
  const bus = ctx.store.bus(input.EventBusName, ctx.region);
  if (input.EventPattern === undefined && input.ScheduleExpression === undefined) {
    throw validationError('Parameter(s) EventPattern or ScheduleExpression must be specified.');
  }
  let pattern: JsonObject | undefined;
  if (input.EventPattern !== undefined) pattern = checkEventPattern(input.EventPattern);
  if (input.ScheduleExpression !== undefined) {
    if (bus.name !== 'default') {
      throw validationError('ScheduleExpression is supported only on the default event bus.');
    }
    if (!parseSchedule(input.ScheduleExpression)) {
      throw validationError('Parameter ScheduleExpression is not valid.');
    }
  }
  const state = input.State ?? 'ENABLED';
  if (!STATES.has(state)) {
    throw constraintViolation(
      state,
      'state',
      'Member must satisfy enum value set: [ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS, DISABLED, ENABLED]',
    );
  }
  const existing = bus.rules.get(name);
  const arn = ctx.store.ruleArn(bus.region, bus.name, name);
  const rule = {
    name,
    arn,
    busName: bus.name,
    eventPattern: input.EventPattern,
    pattern,
    scheduleExpression: input.ScheduleExpression,
    state,
    description: input.Description,
    roleArn: input.RoleArn,
    targets: existing?.targets ?? new Map(),
  };
  bus.rules.set(name, rule);
  ctx.scheduler.sync(bus, rule);
  if (!existing && tags.length) ctx.store.tags.set(arn, new Map(tags.map((t) => [t.Key, t.Value])));
  return { RuleArn: arn };
}
