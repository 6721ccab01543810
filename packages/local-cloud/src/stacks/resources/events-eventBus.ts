// AWS::Events::EventBus: CreateEventBus; Ref is the bus name. A bus that already exists fails the create
// with EventBridge's own message, as AWS's handler passes it on.
import {
  CreateEventBusCommand,
  DeleteEventBusCommand,
  DescribeEventBusCommand,
} from '@aws-sdk/client-eventbridge';
import { codeOf, eventsClient, gone, str } from '../clients.js';
import { handlerFailure, serviceMessage } from '../handlerErrors.js';
import type { ResourceHandler } from '../types.js';

export const eventsEventBus: ResourceHandler = {
  required: ['Name'],
  nameProperty: 'Name',
  replaceOn: ['Name', 'EventSourceName'],
  async create(ctx, props) {
    const name = String(props.Name);
    const out = await eventsClient(ctx)
      .send(
        new CreateEventBusCommand({
          Name: name,
          EventSourceName: str(props.EventSourceName),
          Description: str(props.Description),
          Tags: props.Tags as { Key: string; Value: string }[] | undefined,
        }),
      )
      .catch((err) => {
        if (codeOf(err) !== 'ResourceAlreadyExistsException') throw err;
        throw handlerFailure(serviceMessage(err, 'EventBridge'), 'AlreadyExists');
      });
    const arn =
      out.EventBusArn ?? `arn:${ctx.partition}:events:${ctx.region}:${ctx.accountId}:event-bus/${name}`;
    return { physicalId: name, ref: name, attributes: { Arn: arn, Name: name, Policy: '' } };
  },
  async update(ctx, current) {
    const out = await eventsClient(ctx).send(new DescribeEventBusCommand({ Name: current.physicalId }));
    return {
      physicalId: current.physicalId,
      attributes: { ...current.attributes, Policy: out.Policy ?? '' },
    };
  },
  async delete(ctx, current) {
    await gone(() => eventsClient(ctx).send(new DeleteEventBusCommand({ Name: current.physicalId })));
  },
};
