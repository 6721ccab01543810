// Routing an event on a bus: every enabled rule whose pattern matches sends it to each of its targets.
import type { InputTransformer, Target } from '@aws-sdk/client-eventbridge';
import type { EventsContext } from './context.js';
import type { EventEnvelope } from './envelope.js';
import { selectPath } from './inputPath.js';
import { type Json, matchesPattern } from './pattern.js';
import type { EventBus, Rule } from './store.js';

/** Rules on a bus may target another bus; this bounds a loop of buses sending to each other. */
const MAX_BUS_HOPS = 5;

export function dispatch(ctx: EventsContext, bus: EventBus, event: EventEnvelope, hops = 0): void {
  for (const rule of bus.rules.values()) {
    if (rule.state !== 'ENABLED' || !rule.pattern) continue;
    if (!matchesPattern(rule.pattern, event as unknown as Json)) continue;
    ctx.cloud.count('MatchedEvents', rule.name);
    for (const target of rule.targets.values()) {
      try {
        sendToTarget(ctx, rule, target, event, hops);
        ctx.cloud.count('Invocations', rule.name);
      } catch (err) {
        ctx.cloud.count('FailedInvocations', rule.name);
        ctx.cloud.log('info', `events: rule ${rule.name} target ${target.Id} failed: ${String(err)}`);
      }
    }
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

function sendToTarget(
  ctx: EventsContext,
  rule: Rule,
  target: Target,
  event: EventEnvelope,
  hops: number,
): void {
  const arn = target.Arn ?? '';
  const service = arn.split(':')[2];
  const { cloud } = ctx;
  if (service === 'events' && arn.includes(':event-bus/')) {
    if (hops >= MAX_BUS_HOPS) throw new Error('too many bus-to-bus hops');
    const next = ctx.store.bus(arn, ctx.region);
    dispatch(ctx, next, event, hops + 1);
    return;
  }
  const body = targetInput(rule, target, event);
  if (service === 'sqs') {
    if (!cloud.sqs) throw new Error('SQS is not served');
    const fifo = cloud.sqs.describeQueue(arn)?.fifo ?? arn.endsWith('.fifo');
    cloud.sqs.sendMessage(arn, body, {
      messageGroupId: target.SqsParameters?.MessageGroupId,
      // EventBridge deduplicates FIFO deliveries by the event's id.
      messageDeduplicationId: fifo ? event.id : undefined,
    });
  } else if (service === 'sns') {
    if (!cloud.sns) throw new Error('SNS is not served');
    cloud.sns.publish(arn, body);
  } else if (service === 'lambda') {
    if (!cloud.lambda) throw new Error('Lambda is not served');
    cloud.lambda.invokeAsync(arn, Buffer.from(body), { region: arn.split(':')[3] });
  } else {
    throw new Error(`targets of ${service} are not delivered by this local cloud`);
  }
}
