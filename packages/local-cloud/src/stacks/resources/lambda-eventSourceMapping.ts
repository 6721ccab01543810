// AWS::Lambda::EventSourceMapping (SQS only): runs a poller in the stack engine; Ref is the mapping's UUID.
import { randomUUID } from 'node:crypto';
import { GetQueueUrlCommand } from '@aws-sdk/client-sqs';
import { parseArn } from '../../arn.js';
import { lambdaClient, sqsClient } from '../clients.js';
import { SqsPoller } from '../eventSourceMapping/poller.js';
import type { HandlerContext, Provisioned, ResourceHandler, StackResource } from '../types.js';

async function startPoller(ctx: HandlerContext, id: string, props: Record<string, unknown>): Promise<void> {
  const arn = String(props.EventSourceArn);
  const queue = parseArn(arn);
  if (queue?.service !== 'sqs') {
    throw new Error(`Event source ${arn} is not supported by this local cloud: only SQS queues are polled`);
  }
  if (props.Enabled === false || props.Enabled === 'false') return;
  const sqs = sqsClient({ ...ctx, region: queue.region || ctx.region });
  const url = await sqs.send(
    new GetQueueUrlCommand({ QueueName: queue.resourceName, QueueOwnerAWSAccountId: queue.account }),
  );
  const types = (props.FunctionResponseTypes as string[] | undefined) ?? [];
  const poller = new SqsPoller({
    functionName: String(props.FunctionName),
    queueUrl: url.QueueUrl!,
    queueArn: arn,
    region: queue.region || ctx.region,
    batchSize: Number(props.BatchSize ?? 10),
    reportBatchItemFailures: types.includes('ReportBatchItemFailures'),
    sqs,
    lambda: lambdaClient(ctx),
    onError: (m) => ctx.warn(m),
  });
  ctx.pollers.start(id, () => poller.stop());
}

function provisioned(ctx: HandlerContext, id: string): Provisioned {
  return {
    physicalId: id,
    attributes: {
      Id: id,
      EventSourceMappingArn: `arn:${ctx.partition}:lambda:${ctx.region}:${ctx.accountId}:event-source-mapping:${id}`,
    },
  };
}

export const lambdaEventSourceMapping: ResourceHandler = {
  required: ['FunctionName'],
  replaceOn: ['EventSourceArn', 'StartingPosition'],
  async create(ctx, props) {
    const id = randomUUID();
    await startPoller(ctx, id, props);
    return provisioned(ctx, id);
  },
  async update(ctx, current: StackResource, props) {
    await ctx.pollers.stop(current.physicalId);
    await startPoller(ctx, current.physicalId, props);
    return provisioned(ctx, current.physicalId);
  },
  async delete(ctx, current) {
    await ctx.pollers.stop(current.physicalId);
  },
};
