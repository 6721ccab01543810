// The older dead-letter queue: the raw event, with RequestID, ErrorCode and ErrorMessage attributes.
import type { LocalCloud } from '../../cloud.js';
import type { MessageAttribute } from '../../internal.js';
import { arnService } from '../names.js';
import type { LambdaFunction } from '../store.js';
import { eventText } from './record.js';

export function sendToDeadLetter(
  cloud: LocalCloud,
  fn: LambdaFunction,
  target: string,
  requestId: string,
  payload: Buffer,
  errorPayload: Buffer | undefined,
): void {
  const service = arnService(target);
  let errorMessage = '';
  if (errorPayload) {
    try {
      errorMessage = String(
        (JSON.parse(errorPayload.toString('utf8')) as { errorMessage?: unknown }).errorMessage ?? '',
      );
    } catch {
      errorMessage = errorPayload.toString('utf8');
    }
  }
  const attributes: Record<string, MessageAttribute> = {
    RequestID: { DataType: 'String', StringValue: requestId },
    ErrorCode: { DataType: 'Number', StringValue: '200' },
    ErrorMessage: { DataType: 'String', StringValue: errorMessage.slice(0, 1024) || 'Unhandled' },
  };
  const body = eventText(payload);
  try {
    const action = service === 'sns' ? 'sns:Publish' : 'sqs:SendMessage';
    const role = fn.latest.config.Role;
    if (cloud.iam && role) {
      const verdict = cloud.iam.evaluate(role, action, target);
      if (!verdict.allowed) throw new Error(`execution role ${role} is not allowed ${action} on ${target}`);
    }
    if (service === 'sqs') {
      if (!cloud.sqs) throw new Error('SQS is not served by this local cloud');
      cloud.sqs.sendMessage(target, body, { messageAttributes: attributes });
    } else if (service === 'sns') {
      if (!cloud.sns) throw new Error('SNS is not served by this local cloud');
      cloud.sns.publish(target, body, { messageAttributes: attributes });
    } else throw new Error(`dead-letter target service '${service}' is not supported`);
  } catch (err) {
    cloud.count('DeadLetterErrors', fn.name);
    cloud.log(
      'error',
      `lambda ${fn.name}: event ${requestId} not sent to dead-letter queue ${target}: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}
