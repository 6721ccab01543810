// S3 event notifications: which configurations of a bucket an event matches (event type, key prefix and
// suffix), the event message S3 sends, and its delivery to Lambda, SQS and SNS through `cloud.deliverTo`.
import type {
  Event,
  FilterRule,
  LambdaFunctionConfiguration,
  NotificationConfiguration,
  NotificationConfigurationFilter,
} from '@aws-sdk/client-s3';
import { parseArn } from '../arn.js';
import type { LocalCloud } from '../cloud.js';
import type { Sender } from '../internal.js';
import type { Bucket } from './store.js';

/** Every event type a configuration may name (the SDK's `Event` enum; its values load the whole client). */
export const EVENT_TYPES: readonly Event[] = [
  's3:ReducedRedundancyLostObject',
  's3:ObjectCreated:*',
  's3:ObjectCreated:Put',
  's3:ObjectCreated:Post',
  's3:ObjectCreated:Copy',
  's3:ObjectCreated:CompleteMultipartUpload',
  's3:ObjectRemoved:*',
  's3:ObjectRemoved:Delete',
  's3:ObjectRemoved:DeleteMarkerCreated',
  's3:ObjectRestore:*',
  's3:ObjectRestore:Post',
  's3:ObjectRestore:Completed',
  's3:ObjectRestore:Delete',
  's3:Replication:*',
  's3:Replication:OperationFailedReplication',
  's3:Replication:OperationNotTracked',
  's3:Replication:OperationMissedThreshold',
  's3:Replication:OperationReplicatedAfterThreshold',
  's3:LifecycleExpiration:*',
  's3:LifecycleExpiration:Delete',
  's3:LifecycleExpiration:DeleteMarkerCreated',
  's3:LifecycleTransition',
  's3:IntelligentTiering',
  's3:ObjectTagging:*',
  's3:ObjectTagging:Put',
  's3:ObjectTagging:Delete',
  's3:ObjectAcl:Put',
];

/** The events the local S3 sends (the `eventName` of a record, without `s3:`). */
export type NotifiedEvent =
  | 'ObjectCreated:Put'
  | 'ObjectCreated:Copy'
  | 'ObjectCreated:CompleteMultipartUpload'
  | 'ObjectRemoved:Delete';

const NOTIFICATION: Sender = {
  as: 'event notification destination',
  services: ['lambda', 'sqs', 'sns'],
  level: 'info',
  failures: 'NotificationDeliveryFailures',
};

/** A configuration of any destination type, as matching sees it. */
interface Destination {
  id: string;
  arn: string;
  events: string[];
  filter?: NotificationConfigurationFilter;
}

export function destinations(config: NotificationConfiguration | undefined): Destination[] {
  const of = (arn: string | undefined, c: Omit<LambdaFunctionConfiguration, 'LambdaFunctionArn'>) => ({
    id: c.Id ?? '',
    arn: arn ?? '',
    events: c.Events ?? [],
    filter: c.Filter,
  });
  return [
    ...(config?.LambdaFunctionConfigurations ?? []).map((c) => of(c.LambdaFunctionArn, c)),
    ...(config?.QueueConfigurations ?? []).map((c) => of(c.QueueArn, c)),
    ...(config?.TopicConfigurations ?? []).map((c) => of(c.TopicArn, c)),
  ];
}

/** `s3:ObjectCreated:*` covers `ObjectCreated:Put`; an exact type covers itself. */
export function eventMatches(configured: string, event: string): boolean {
  const name = configured.startsWith('s3:') ? configured.slice(3) : configured;
  return name.endsWith(':*') ? event.startsWith(name.slice(0, -1)) : name === event;
}

/** The filter's rules by lower-cased name (S3 takes `prefix` and `Prefix` alike). */
export function filterRules(filter: NotificationConfigurationFilter | undefined): Map<string, string> {
  const rules = new Map<string, string>();
  for (const r of filter?.Key?.FilterRules ?? ([] as FilterRule[]))
    rules.set(String(r.Name ?? '').toLowerCase(), r.Value ?? '');
  return rules;
}

function keyMatches(filter: NotificationConfigurationFilter | undefined, key: string): boolean {
  const rules = filterRules(filter);
  return key.startsWith(rules.get('prefix') ?? '') && key.endsWith(rules.get('suffix') ?? '');
}

/** A key as event records carry it: URL-encoded, a space as `+`. */
function recordKey(key: string): string {
  return encodeURIComponent(key).replace(/%20/g, '+').replace(/%2F/g, '/');
}

export interface NotifiedObject {
  key: string;
  size?: number;
  etag?: string;
}

/** Sends the event to every configuration of the bucket it matches, one record per message, as S3 does. */
export function notify(
  cloud: LocalCloud,
  bucket: Bucket,
  event: NotifiedEvent,
  object: NotifiedObject,
  requestId: string,
  sequencer: string,
): void {
  for (const d of destinations(bucket.notification)) {
    if (!d.events.some((e) => eventMatches(e, event)) || !keyMatches(d.filter, object.key)) continue;
    const record = {
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: bucket.region,
      eventTime: new Date().toISOString(),
      eventName: event,
      userIdentity: { principalId: `AWS:${cloud.accountId}` },
      requestParameters: { sourceIPAddress: '127.0.0.1' },
      responseElements: { 'x-amz-request-id': requestId, 'x-amz-id-2': requestId },
      s3: {
        s3SchemaVersion: '1.0',
        configurationId: d.id,
        bucket: {
          name: bucket.name,
          ownerIdentity: { principalId: cloud.accountId },
          arn: `arn:aws:s3:::${bucket.name}`,
        },
        object: event.startsWith('ObjectRemoved')
          ? { key: recordKey(object.key), sequencer }
          : { key: recordKey(object.key), size: object.size, eTag: object.etag, sequencer },
      },
    };
    send(cloud, bucket, d.arn, JSON.stringify({ Records: [record] }), `event ${event} of ${object.key}`);
  }
}

/** The `s3:TestEvent` S3 sends each queue and topic of a configuration when it is put. */
export function sendTestEvents(cloud: LocalCloud, bucket: Bucket, requestId: string): void {
  const arns = new Set(
    destinations(bucket.notification)
      .map((d) => d.arn)
      .filter((arn) => parseArn(arn)?.service !== 'lambda'),
  );
  for (const arn of arns) {
    const body = JSON.stringify({
      Service: 'Amazon S3',
      Event: 's3:TestEvent',
      Time: new Date().toISOString(),
      Bucket: bucket.name,
      RequestId: requestId,
      HostId: requestId,
    });
    send(cloud, bucket, arn, body, 's3:TestEvent');
  }
}

function send(cloud: LocalCloud, bucket: Bucket, arn: string, body: string, what: string): void {
  cloud.deliverTo(arn, body, {
    sender: NOTIFICATION,
    dimension: bucket.name,
    what: `s3: bucket ${bucket.name}: ${what}`,
    region: bucket.region,
    subject: 'Amazon S3 Notification',
  });
}
