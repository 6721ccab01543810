// PublishBatch: up to 10 messages with distinct ids; a bad entry fails alone, the others are published.
import type {
  BatchResultErrorEntry,
  PublishBatchResponse,
  PublishBatchResultEntry,
} from '@aws-sdk/client-sns';
import type { QueryForm } from '../protocol/awsQuery.js';
import { AwsError } from '../protocol/errors.js';
import type { SnsContext } from './context.js';
import { formMembers, formMessageAttributes } from './form.js';
import { acceptMessage, checkMessage, type MessageInput } from './message.js';
import { checkMessageAttributes, MAX_MESSAGE_BYTES, publishSize, required, topicFor } from './validate.js';
import { xmlElement, xmlMembers } from './xml.js';

const ID_RE = /^[A-Za-z0-9_-]{1,80}$/;

export function publishBatch(ctx: SnsContext, form: QueryForm): string {
  const out = run(ctx, form);
  const ok = (out.Successful ?? []).map(
    (e) =>
      xmlElement('Id', e.Id) +
      xmlElement('MessageId', e.MessageId) +
      xmlElement('SequenceNumber', e.SequenceNumber),
  );
  const failed = (out.Failed ?? []).map(
    (e) =>
      xmlElement('Id', e.Id) +
      xmlElement('Code', e.Code) +
      xmlElement('Message', e.Message) +
      xmlElement('SenderFault', String(e.SenderFault)),
  );
  return `<Successful>${xmlMembers(ok)}</Successful><Failed>${xmlMembers(failed)}</Failed>`;
}

function run(ctx: SnsContext, form: QueryForm): PublishBatchResponse {
  const topic = topicFor(ctx, form.TopicArn);
  const entries = formMembers(form, 'PublishBatchRequestEntries');
  if (entries.length === 0) {
    throw new AwsError('EmptyBatchRequest', "The batch request doesn't contain any entries.");
  }
  if (entries.length > 10) {
    throw new AwsError(
      'TooManyEntriesInBatchRequest',
      'The batch request contains more entries than permissible.',
    );
  }
  const ids = entries.map((e, i) => required(e.Id, `publishBatchRequestEntries.${i + 1}.member.id`));
  if (new Set(ids).size !== ids.length) {
    throw new AwsError(
      'BatchEntryIdsNotDistinct',
      'Two or more batch entries in the request have the same Id.',
    );
  }
  for (const id of ids) {
    if (!ID_RE.test(id)) {
      throw new AwsError(
        'InvalidBatchEntryId',
        'A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.',
      );
    }
  }
  const inputs: MessageInput[] = entries.map((e, i) => ({
    message: required(e.Message, `publishBatchRequestEntries.${i + 1}.member.message`),
    subject: e.Subject,
    messageStructure: e.MessageStructure,
    messageAttributes: checkMessageAttributes(formMessageAttributes(e), i + 1),
    messageGroupId: e.MessageGroupId,
    messageDeduplicationId: e.MessageDeduplicationId,
  }));
  const total = inputs.reduce((n, m) => n + publishSize(m.message ?? '', m.messageAttributes), 0);
  if (total > MAX_MESSAGE_BYTES) {
    throw new AwsError(
      'BatchRequestTooLong',
      'The length of all the messages put together is more than the limit.',
    );
  }
  const successful: PublishBatchResultEntry[] = [];
  const failed: BatchResultErrorEntry[] = [];
  inputs.forEach((input, i) => {
    try {
      const perProtocol = checkMessage(topic, input);
      const accepted = acceptMessage(ctx, topic, input, perProtocol);
      successful.push({ Id: ids[i], MessageId: accepted.messageId, SequenceNumber: accepted.sequenceNumber });
    } catch (err) {
      if (!(err instanceof AwsError)) throw err;
      failed.push({ Id: ids[i], Code: err.code, Message: err.message, SenderFault: err.fault === 'Sender' });
    }
  });
  return { Successful: successful, Failed: failed };
}
