// AWS::SNS::TopicPolicy: sets the Policy attribute of each topic.
import { SetTopicAttributesCommand } from '@aws-sdk/client-sns';
import { gone, jsonText, snsClient } from '../clients.js';
import type { HandlerContext, ResourceHandler } from '../types.js';

async function setPolicy(ctx: HandlerContext, topics: unknown, policy: string): Promise<void> {
  for (const arn of (topics as string[]) ?? []) {
    await snsClient(ctx).send(
      new SetTopicAttributesCommand({
        TopicArn: String(arn),
        AttributeName: 'Policy',
        AttributeValue: policy,
      }),
    );
  }
}

export const snsTopicPolicy: ResourceHandler = {
  required: ['PolicyDocument', 'Topics'],
  async create(ctx, props) {
    await setPolicy(ctx, props.Topics, jsonText(props.PolicyDocument)!);
    return { physicalId: ctx.physicalName({ maxLength: 128 }) };
  },
  async update(ctx, current, props) {
    await setPolicy(ctx, props.Topics, jsonText(props.PolicyDocument)!);
    return { physicalId: current.physicalId };
  },
  async delete(ctx, current) {
    // AWS puts back the default policy; an empty policy means the same here
    await gone(() => setPolicy(ctx, current.properties.Topics, ''));
  },
};
