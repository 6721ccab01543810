// Routing an event on a bus: every enabled rule whose pattern matches sends it to each of its targets
// (scheduled rules send theirs the same way).
import type { InputTransformer, Target } from '@aws-sdk/client-eventbridge';
import type { Sender } from '../internal.js';
import type { EventsContext } from './context.js';
import type { EventEnvelope } from './envelope.js';
import { selectPath } from './inputPath.js';
import { type Json, matchesPattern } from './pattern.js';
import type { EventBus, Rule } from './store.js';

/** Rule targets of every service EventBridge delivers to here; a failure is FailedInvocations, logged. */
const RULE_TARGET: Sender = {
  as: 'target',
  services: ['sqs', 'sns', 'lambda', 'events'],
  level: 'info',
  failures: 'FailedInvocations',
  deliveries: 'Invocations',
};

export function dispatch(ctx: EventsContext, bus: EventBus, event: EventEnvelope, hops = 0): void {
  for (const rule of bus.rules.values()) {
    if (rule.state !== 'ENABLED' || !rule.pattern) continue;
    if (!matchesPattern(rule.pattern, event as unknown as Json)) continue;
    ctx.cloud.count('MatchedEvents', rule.name);
    sendToTargets(ctx, rule, event, hops);
  }
}

/** Sends the event to each of the rule's targets (a matched event, or a scheduled rule's firing). */
export function sendToTargets(ctx: EventsContext, rule: Rule, event: EventEnvelope, hops: number): void {
  for (const target of rule.targets.values()) {
    ctx.cloud.deliverTo(target.Arn ?? '', targetInput(rule, target, event), {
      sender: RULE_TARGET,
      dimension: rule.name,
      what: `events: rule ${rule.name} target ${target.Id}: event ${event.id}`,
      region: ctx.region,
      // Used by FIFO queues only; EventBridge deduplicates its FIFO deliveries by the event's id.
      groupId: target.SqsParameters?.MessageGroupId,
      dedupId: event.id,
      // A bus target gets the event itself, on through that bus's rules.
      forward: { event, hops },
    });
  }
}

/** What the target receives: the whole event, Input, InputPath's selection, or the transformer's text. */
export function targetInput(rule: Rule, target: Target, event: EventEnvelope): string {
  if (target.Input !== undefined) return target.Input;
  const whole = event as unknown as Json;
  if (target.InputPath !== undefined) {
    const picked = selectPath(whole, target.InputPath);
    return picked === undefined ? 'null' : JSON.stringify(picked);
  }
  if (target.InputTransformer) return transform(target.InputTransformer, rule, whole);
  return JSON.stringify(event);
}

function transform(t: InputTransformer, rule: Rule, event: Json): string {
  const values: Record<string, Json | undefined> = {
    'aws.events.rule-arn': rule.arn,
    'aws.events.rule-name': rule.name,
    'aws.events.event': event,
    'aws.events.event.json': event,
  };
  for (const [name, path] of Object.entries(t.InputPathsMap ?? {})) values[name] = selectPath(event, path);
  const template = t.InputTemplate ?? '';
  return template.replace(/<([\w.-]+)>/g, (whole, name: string, at: number) => {
    if (!Object.hasOwn(values, name)) return whole;
    const v = values[name];
    const quoted = template[at - 1] === '"' && template[at + whole.length] === '"';
    if (v === undefined) return quoted ? '' : 'null';
    // Inside quotes a string goes in escaped; elsewhere strings go in raw and the rest as JSON.
    if (typeof v === 'string') return quoted ? JSON.stringify(v).slice(1, -1) : v;
    return JSON.stringify(v);
  });
}
