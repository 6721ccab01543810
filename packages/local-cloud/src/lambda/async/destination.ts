// An invocation record sent to its destination through `cloud.deliverTo`: serialised once, checked against
// the execution role, a failure counted as AWS's DestinationDeliveryFailures metric.
import { randomUUID } from 'node:crypto';
import { parseArn } from '../../arn.js';
import type { LocalCloud } from '../../cloud.js';
import type { Sender } from '../../internal.js';
import type { LambdaFunction } from '../store.js';
import { type RecordParts, serializeRecord } from './record.js';
import { lambdaSenderId, lambdaTraceHeader } from './sender.js';

const SERVICES = ['sqs', 'sns', 'events', 'lambda'] as const;
const ON_SUCCESS: Sender = {
  as: 'on-success destination',
  services: SERVICES,
  level: 'error',
  failures: 'DestinationDeliveryFailures',
};
// S3 takes failure records only.
const ON_FAILURE: Sender = { ...ON_SUCCESS, as: 'on-failure destination', services: [...SERVICES, 's3'] };

export interface RecordDelivery {
  cloud: LocalCloud;
  fn: LambdaFunction;
  destination: string;
  record: RecordParts;
  success: boolean;
}

/** `aws/lambda/async/<function-name>/YYYY/MM/DD/YYYY-MM-DDTHH.MM.SS-<uuid>` */
export function recordKey(functionName: string, at: Date): string {
  const iso = at.toISOString();
  const day = `${iso.slice(0, 4)}/${iso.slice(5, 7)}/${iso.slice(8, 10)}`;
  return `aws/lambda/async/${functionName}/${day}/${iso.slice(0, 19).replaceAll(':', '.')}-${randomUUID()}`;
}

export function sendToDestination(d: RecordDelivery): boolean {
  const { record, fn, success } = d;
  const arn = parseArn(d.destination);
  const service = arn?.service;
  // What only one kind of target reads is built only for it: the invoke path pays for nothing else.
  return d.cloud.deliverTo(arn ?? d.destination, serializeRecord(record), {
    sender: success ? ON_SUCCESS : ON_FAILURE,
    dimension: fn.name,
    what: `lambda ${fn.name}: record ${record.requestId} (${record.condition})`,
    principal: fn.latest.config.Role,
    region: fn.region,
    // Over SNS's limit, AWS sends a failure record without its payloads.
    smaller: service === 'sns' && !success ? () => serializeRecord(record, true) : undefined,
    event:
      service === 'events'
        ? {
            source: 'lambda',
            detailType: `Lambda Function Invocation Result - ${success ? 'Success' : 'Failure'}`,
            resources: [d.destination, record.functionArn],
            time: record.timestamp,
          }
        : undefined,
    key: service === 's3' ? recordKey(fn.name, record.timestamp) : undefined,
    contentType: 'application/json',
    senderId: service === 'sqs' ? lambdaSenderId(fn.latest.config.Role) : undefined,
    traceHeader: service === 'sqs' ? lambdaTraceHeader(record.requestId, record.timestamp) : undefined,
  });
}
