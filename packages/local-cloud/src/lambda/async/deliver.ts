// One dispatch of an invocation record to its destination, by the ARN's service, with the execution
// role's permission checked first; every failure is logged and counted as AWS's metric.
import type { LocalCloud } from '../../cloud.js';
import { arnService } from '../names.js';
import type { LambdaFunction } from '../store.js';
import { deliverToBus } from './deliverEvents.js';
import { deliverToFunction } from './deliverLambda.js';
import { deliverToBucket, recordKey } from './deliverS3.js';
import { deliverToTopic } from './deliverSns.js';
import { deliverToQueue } from './deliverSqs.js';
import type { RecordParts } from './record.js';

export interface Delivery {
  cloud: LocalCloud;
  fn: LambdaFunction;
  destination: string;
  record: RecordParts;
  success: boolean;
}

/** Thrown by a destination module: the reason delivery failed. */
export class DeliveryFailure extends Error {}

const ACTIONS: Record<string, string> = {
  sqs: 'sqs:SendMessage',
  sns: 'sns:Publish',
  events: 'events:PutEvents',
  lambda: 'lambda:InvokeFunction',
  s3: 's3:PutObject',
};

export function deliver(d: Delivery): boolean {
  const service = arnService(d.destination) ?? '';
  try {
    const action = ACTIONS[service];
    if (!action) throw new DeliveryFailure(`destination service '${service}' is not supported`);
    if (service === 's3' && d.success) throw new DeliveryFailure('S3 is a destination for failures only');
    // S3 needs the object's key for its permission check (PutObject is an object-level action).
    const key = service === 's3' ? recordKey(d.fn.name, d.record.timestamp) : '';
    const role = d.fn.latest.config.Role;
    if (d.cloud.iam && role) {
      for (const [needed, resource] of permissionsFor(service, action, d.destination, key)) {
        const verdict = d.cloud.iam.evaluate(role, needed, resource);
        if (!verdict.allowed) {
          throw new DeliveryFailure(
            `execution role ${role} is not allowed ${needed} on ${resource} (${verdict.reason})`,
          );
        }
      }
    }
    if (service === 'sqs') deliverToQueue(d);
    else if (service === 'sns') deliverToTopic(d);
    else if (service === 'events') deliverToBus(d);
    else if (service === 'lambda') deliverToFunction(d);
    else deliverToBucket(d, key);
    return true;
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    d.cloud.count('DestinationDeliveryFailures', d.fn.name);
    d.cloud.log(
      'error',
      `lambda ${d.fn.name}: record ${d.record.requestId} (${d.record.condition}) not delivered to ${d.destination}: ${reason}`,
    );
    return false;
  }
}

/** What the role must allow: S3 wants ListBucket on the bucket and PutObject on the object, as AWS checks. */
function permissionsFor(
  service: string,
  action: string,
  destination: string,
  key: string,
): [string, string][] {
  if (service !== 's3') return [[action, destination]];
  return [
    ['s3:ListBucket', destination],
    [action, `${destination}/${key}`],
  ];
}
