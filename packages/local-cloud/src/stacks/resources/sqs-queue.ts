// AWS::SQS::Queue: CreateQueue / SetQueueAttributes; Ref is the queue URL. A queue of that name that
// already exists is refused, not adopted (CreateQueue alone would answer its URL).
import {
  CreateQueueCommand,
  DeleteQueueCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  SetQueueAttributesCommand,
} from '@aws-sdk/client-sqs';
import { bool, exists, gone, jsonText, sqsClient, tagMap } from '../clients.js';
import { alreadyExists } from '../handlerErrors.js';
import type { HandlerContext, Provisioned, ResourceHandler } from '../types.js';

const ATTRIBUTES = [
  'ContentBasedDeduplication',
  'DeduplicationScope',
  'DelaySeconds',
  'FifoThroughputLimit',
  'KmsDataKeyReusePeriodSeconds',
  'KmsMasterKeyId',
  'MaximumMessageSize',
  'MessageRetentionPeriod',
  'ReceiveMessageWaitTimeSeconds',
  'RedriveAllowPolicy',
  'RedrivePolicy',
  'SqsManagedSseEnabled',
  'VisibilityTimeout',
];

function attributes(props: Record<string, unknown>, defaults: boolean): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of ATTRIBUTES) {
    if (props[a] !== undefined) out[a] = a.endsWith('Policy') ? jsonText(props[a])! : String(props[a]);
  }
  if (bool(props.FifoQueue)) out.FifoQueue = 'true';
  // an attribute removed from the template goes back to SQS's default
  if (defaults) {
    const back: Record<string, string> = {
      DelaySeconds: '0',
      MaximumMessageSize: '262144',
      MessageRetentionPeriod: '345600',
      ReceiveMessageWaitTimeSeconds: '0',
      VisibilityTimeout: '30',
      RedrivePolicy: '',
    };
    for (const [k, v] of Object.entries(back)) if (out[k] === undefined) out[k] = v;
  }
  return out;
}

async function describe(ctx: HandlerContext, url: string): Promise<Provisioned> {
  const out = await sqsClient(ctx).send(
    new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }),
  );
  const arn = out.Attributes?.QueueArn ?? '';
  const name = url.slice(url.lastIndexOf('/') + 1);
  return { physicalId: url, ref: url, attributes: { Arn: arn, QueueName: name, QueueUrl: url } };
}

export const sqsQueue: ResourceHandler = {
  nameProperty: 'QueueName',
  replaceOn: ['QueueName', 'FifoQueue'],
  async create(ctx, props) {
    const fifo = bool(props.FifoQueue) === true;
    const name =
      props.QueueName !== undefined
        ? String(props.QueueName)
        : ctx.physicalName({ maxLength: 80, suffix: fifo ? '.fifo' : '' });
    if (await exists(() => sqsClient(ctx).send(new GetQueueUrlCommand({ QueueName: name })))) {
      throw alreadyExists('AWS::SQS::Queue', name);
    }
    const out = await sqsClient(ctx).send(
      new CreateQueueCommand({
        QueueName: name,
        Attributes: attributes(props, false),
        tags: tagMap(props.Tags),
      }),
    );
    return describe(ctx, out.QueueUrl!);
  },
  async update(ctx, current, props) {
    const attrs = attributes(props, true);
    delete attrs.FifoQueue;
    await sqsClient(ctx).send(
      new SetQueueAttributesCommand({ QueueUrl: current.physicalId, Attributes: attrs }),
    );
    return describe(ctx, current.physicalId);
  },
  async delete(ctx, current) {
    await gone(() => sqsClient(ctx).send(new DeleteQueueCommand({ QueueUrl: current.physicalId })));
  },
};
