// PutBucketNotificationConfiguration: replaces the bucket's event notifications, after checking event
// types, key filters, overlaps and (unless skipped) that each destination exists; queues and topics then
// get S3's test event.
import { randomUUID } from 'node:crypto';
import type {
  LambdaFunctionConfiguration,
  NotificationConfiguration,
  PutBucketNotificationConfigurationRequest,
  QueueConfiguration,
  TopicConfiguration,
} from '@aws-sdk/client-s3';
import { parseArn } from '../arn.js';
import type { LocalCloud } from '../cloud.js';
import type { S3Context } from './context.js';
import {
  invalidFilterRule,
  overlappingConfigurations,
  repeatedFilterRule,
  unableToValidateDestinations,
  unsupportedEvent,
} from './errors.js';
import { destinations, EVENT_TYPES, filterRules, sendTestEvents } from './notifications.js';

/** S3 names a configuration that has no Id itself. */
const generatedId = () => Buffer.from(randomUUID()).toString('base64').replace(/=+$/, '');

function withIds<T extends { Id?: string }>(list: T[] | undefined): T[] | undefined {
  // Id first: S3 lists it before the destination.
  return list?.map(({ Id, ...rest }) => ({ Id: Id || generatedId(), ...rest }) as T);
}

/** Two event types overlap when equal, or when one is a wildcard over the other. */
function typesOverlap(a: string, b: string): boolean {
  const wild = (e: string) => e.endsWith('*');
  const stem = (e: string) => (wild(e) ? e.slice(0, -1) : e);
  return a === b || (wild(a) && stem(b).startsWith(stem(a))) || (wild(b) && stem(a).startsWith(stem(b)));
}

function checkShape(config: NotificationConfiguration): void {
  const all = destinations(config);
  for (const d of all) {
    for (const e of d.events) if (!EVENT_TYPES.includes(e as never)) throw unsupportedEvent(e);
    const seen = new Set<string>();
    for (const r of d.filter?.Key?.FilterRules ?? []) {
      const name = String(r.Name ?? '').toLowerCase();
      if (name !== 'prefix' && name !== 'suffix') throw invalidFilterRule(String(r.Name ?? ''));
      if (seen.has(name)) throw repeatedFilterRule(name);
      seen.add(name);
    }
  }
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const [a, b] = [all[i], all[j]];
      if (!a.events.some((x) => b.events.some((y) => typesOverlap(x, y)))) continue;
      const [fa, fb] = [filterRules(a.filter), filterRules(b.filter)];
      const [pa, pb] = [fa.get('prefix') ?? '', fb.get('prefix') ?? ''];
      const [sa, sb] = [fa.get('suffix') ?? '', fb.get('suffix') ?? ''];
      const prefixes = pa.startsWith(pb) || pb.startsWith(pa);
      const suffixes = sa.endsWith(sb) || sb.endsWith(sa);
      if (prefixes && suffixes) throw overlappingConfigurations();
    }
  }
}

/** Why S3 could not validate a destination, or undefined when it exists. */
function unreachable(cloud: LocalCloud, arn: string, region: string): string | undefined {
  const a = parseArn(arn);
  const exists =
    a?.service === 'lambda'
      ? cloud.lambda?.describeFunction(arn, a.region || region) !== undefined
      : a?.service === 'sqs'
        ? cloud.sqs?.describeQueue(arn) !== undefined
        : a?.service === 'sns'
          ? cloud.sns?.describeTopic(arn) !== undefined
          : false;
  return exists ? undefined : 'The destination does not exist';
}

export function putBucketNotificationConfiguration(
  ctx: S3Context,
  input: PutBucketNotificationConfigurationRequest,
): void {
  const bucket = ctx.store.bucket(input.Bucket);
  const given = input.NotificationConfiguration ?? {};
  checkShape(given);
  if (input.SkipDestinationValidation !== true) {
    const failures: [string, string][] = [];
    for (const d of destinations(given)) {
      const reason = unreachable(ctx.cloud, d.arn, bucket.region);
      if (reason) failures.push([d.arn, reason]);
    }
    if (failures.length > 0) throw unableToValidateDestinations(failures);
  }
  const config: NotificationConfiguration = {
    TopicConfigurations: withIds<TopicConfiguration>(given.TopicConfigurations),
    QueueConfigurations: withIds<QueueConfiguration>(given.QueueConfigurations),
    LambdaFunctionConfigurations: withIds<LambdaFunctionConfiguration>(given.LambdaFunctionConfigurations),
    EventBridgeConfiguration: given.EventBridgeConfiguration,
  };
  bucket.notification =
    destinations(config).length > 0 || config.EventBridgeConfiguration ? config : undefined;
  sendTestEvents(ctx.cloud, bucket, ctx.requestId);
}
