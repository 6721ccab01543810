// AWS::SNS::Subscription: Subscribe with attributes (RawMessageDelivery, FilterPolicy, ...); Ref is its ARN.
import { SetSubscriptionAttributesCommand, SubscribeCommand, UnsubscribeCommand } from '@aws-sdk/client-sns';
import { canonical } from '../canonical.js';
import { gone, jsonText, snsClient } from '../clients.js';
import type { ResourceHandler } from '../types.js';

const ATTRIBUTES = [
  'DeliveryPolicy',
  'FilterPolicy',
  'FilterPolicyScope',
  'RawMessageDelivery',
  'RedrivePolicy',
  'SubscriptionRoleArn',
  'ReplayPolicy',
];

function attributes(props: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of ATTRIBUTES) {
    if (props[a] !== undefined)
      out[a] = typeof props[a] === 'object' ? jsonText(props[a])! : String(props[a]);
  }
  return out;
}

export const snsSubscription: ResourceHandler = {
  required: ['Protocol', 'TopicArn'],
  replaceOn: ['TopicArn', 'Protocol', 'Endpoint', 'Region'],
  async create(ctx, props) {
    const region = props.Region ? String(props.Region) : ctx.region;
    const out = await snsClient({ ...ctx, region }).send(
      new SubscribeCommand({
        TopicArn: String(props.TopicArn),
        Protocol: String(props.Protocol),
        Endpoint: props.Endpoint === undefined ? undefined : String(props.Endpoint),
        Attributes: attributes(props),
        ReturnSubscriptionArn: true,
      }),
    );
    return { physicalId: out.SubscriptionArn!, ref: out.SubscriptionArn };
  },
  async update(ctx, current, props) {
    const before = attributes(current.properties);
    const after = attributes(props);
    for (const a of ATTRIBUTES) {
      if (canonical(before[a]) === canonical(after[a])) continue;
      const value = after[a] ?? (a === 'RawMessageDelivery' ? 'false' : '');
      await snsClient(ctx).send(
        new SetSubscriptionAttributesCommand({
          SubscriptionArn: current.physicalId,
          AttributeName: a,
          AttributeValue: value,
        }),
      );
    }
    return { physicalId: current.physicalId, ref: current.physicalId };
  },
  async delete(ctx, current) {
    await gone(() => snsClient(ctx).send(new UnsubscribeCommand({ SubscriptionArn: current.physicalId })));
  },
};
