// AWS::SQS::QueuePolicy: sets the Policy attribute of each queue (by URL).
import { SetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { gone, jsonText, sqsClient } from '../clients.js';
import type { HandlerContext, ResourceHandler } from '../types.js';

async function setPolicy(ctx: HandlerContext, queues: unknown, policy: string): Promise<void> {
  for (const url of (queues as string[]) ?? []) {
    await sqsClient(ctx).send(
      new SetQueueAttributesCommand({ QueueUrl: String(url), Attributes: { Policy: policy } }),
    );
  }
}

export const sqsQueuePolicy: ResourceHandler = {
  required: ['PolicyDocument', 'Queues'],
  async create(ctx, props) {
    await setPolicy(ctx, props.Queues, jsonText(props.PolicyDocument)!);
    return { physicalId: ctx.physicalName({ maxLength: 128 }) };
  },
  async update(ctx, current, props) {
    const dropped = ((current.properties.Queues as string[]) ?? []).filter(
      (q) => !(props.Queues as string[]).includes(q),
    );
    await gone(() => setPolicy(ctx, dropped, ''));
    await setPolicy(ctx, props.Queues, jsonText(props.PolicyDocument)!);
    return { physicalId: current.physicalId };
  },
  async delete(ctx, current) {
    await gone(() => setPolicy(ctx, current.properties.Queues, ''));
  },
};
