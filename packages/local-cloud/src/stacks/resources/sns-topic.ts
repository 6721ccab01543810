// AWS::SNS::Topic: CreateTopic (with inline Subscription list); Ref is the topic ARN. A topic of that name
// that already exists is refused, as AWS's handler does (CreateTopic alone would answer its ARN).
import {
  CreateTopicCommand,
  DeleteTopicCommand,
  GetTopicAttributesCommand,
  SetTopicAttributesCommand,
  SubscribeCommand,
} from '@aws-sdk/client-sns';
import { parseArn } from '../../arn.js';
import { bool, exists, gone, jsonText, snsClient, str } from '../clients.js';
import { alreadyExists } from '../handlerErrors.js';
import type { HandlerContext, Provisioned, ResourceHandler } from '../types.js';

type Sub = { Endpoint: string; Protocol: string };

function attributes(props: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  if (props.DisplayName !== undefined) out.DisplayName = String(props.DisplayName);
  if (props.KmsMasterKeyId !== undefined) out.KmsMasterKeyId = String(props.KmsMasterKeyId);
  if (props.ContentBasedDeduplication !== undefined)
    out.ContentBasedDeduplication = String(props.ContentBasedDeduplication);
  if (props.DeliveryStatusLogging !== undefined) out.DeliveryPolicy = jsonText(props.DeliveryStatusLogging)!;
  if (props.ArchivePolicy !== undefined) out.ArchivePolicy = jsonText(props.ArchivePolicy)!;
  return out;
}

async function subscribe(ctx: HandlerContext, topicArn: string, subs: Sub[]): Promise<void> {
  for (const s of subs) {
    await snsClient(ctx).send(
      new SubscribeCommand({
        TopicArn: topicArn,
        Protocol: s.Protocol,
        Endpoint: s.Endpoint,
        ReturnSubscriptionArn: true,
      }),
    );
  }
}

function provisioned(arn: string): Provisioned {
  return {
    physicalId: arn,
    ref: arn,
    attributes: { TopicArn: arn, TopicName: parseArn(arn)?.resourceName ?? arn },
  };
}

export const snsTopic: ResourceHandler = {
  nameProperty: 'TopicName',
  replaceOn: ['TopicName', 'FifoTopic'],
  async create(ctx, props) {
    const fifo = bool(props.FifoTopic) === true;
    const name = str(props.TopicName) ?? ctx.physicalName({ maxLength: 256, suffix: fifo ? '.fifo' : '' });
    const arn = `arn:${ctx.partition}:sns:${ctx.region}:${ctx.accountId}:${name}`;
    if (await exists(() => snsClient(ctx).send(new GetTopicAttributesCommand({ TopicArn: arn })))) {
      throw alreadyExists('AWS::SNS::Topic', name);
    }
    const attrs = attributes(props);
    if (fifo) attrs.FifoTopic = 'true';
    const tags = props.Tags as { Key: string; Value: string }[] | undefined;
    const out = await snsClient(ctx).send(
      new CreateTopicCommand({ Name: name, Attributes: attrs, Tags: tags }),
    );
    await subscribe(ctx, out.TopicArn!, (props.Subscription as Sub[]) ?? []);
    return provisioned(out.TopicArn!);
  },
  async update(ctx, current, props) {
    const sns = snsClient(ctx);
    for (const [name, value] of Object.entries(attributes(props))) {
      await sns.send(
        new SetTopicAttributesCommand({
          TopicArn: current.physicalId,
          AttributeName: name,
          AttributeValue: value,
        }),
      );
    }
    const before = (current.properties.Subscription as Sub[]) ?? [];
    const after = (props.Subscription as Sub[]) ?? [];
    const key = (s: Sub) => `${s.Protocol} ${s.Endpoint}`;
    await subscribe(
      ctx,
      current.physicalId,
      after.filter((s) => !before.some((b) => key(b) === key(s))),
    );
    if (before.some((b) => !after.some((s) => key(b) === key(s)))) {
      ctx.warn(
        'removing an inline Subscription of a topic is not done by this local cloud; unsubscribe it yourself',
      );
    }
    return provisioned(current.physicalId);
  },
  async delete(ctx, current) {
    await gone(() => snsClient(ctx).send(new DeleteTopicCommand({ TopicArn: current.physicalId })));
  },
};
