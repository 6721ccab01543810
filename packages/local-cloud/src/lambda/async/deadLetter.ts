// The older dead-letter queue: the raw event, with RequestID, ErrorCode and ErrorMessage attributes, sent
// through `cloud.deliverTo` to a standard queue or topic (AWS documents no other), failures as DeadLetterErrors.
import type { LocalCloud } from '../../cloud.js';
import type { MessageAttribute, Sender } from '../../internal.js';
import type { LambdaFunction } from '../store.js';
import { eventText } from './record.js';
import { lambdaSenderId, lambdaTraceHeader } from './sender.js';

const DEAD_LETTER: Sender = {
  as: 'dead-letter queue',
  services: ['sqs', 'sns'],
  level: 'error',
  failures: 'DeadLetterErrors',
};

export function sendToDeadLetter(
  cloud: LocalCloud,
  fn: LambdaFunction,
  target: string,
  requestId: string,
  payload: Buffer,
  errorPayload: Buffer | undefined,
): void {
  const attributes: Record<string, MessageAttribute> = {
    RequestID: { DataType: 'String', StringValue: requestId },
    ErrorCode: { DataType: 'Number', StringValue: '200' },
    ErrorMessage: {
      DataType: 'String',
      StringValue: errorMessage(errorPayload).slice(0, 1024) || 'Unhandled',
    },
  };
  cloud.deliverTo(target, eventText(payload), {
    sender: DEAD_LETTER,
    dimension: fn.name,
    what: `lambda ${fn.name}: event ${requestId} for the dead-letter queue`,
    principal: fn.latest.config.Role,
    region: fn.region,
    attributes,
    senderId: lambdaSenderId(fn.latest.config.Role),
    traceHeader: lambdaTraceHeader(requestId, new Date()),
  });
}

/** The error's `errorMessage`, or the runtime's whole answer when it is not a JSON error. */
function errorMessage(errorPayload: Buffer | undefined): string {
  if (!errorPayload) return '';
  try {
    return String(
      (JSON.parse(errorPayload.toString('utf8')) as { errorMessage?: unknown }).errorMessage ?? '',
    );
  } catch {
    return errorPayload.toString('utf8');
  }
}
