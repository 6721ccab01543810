// AWS::Lambda::EventSourceMapping: Create/Update/DeleteEventSourceMapping, so the Lambda service polls the
// queue as for a mapping made through its API; Ref is the mapping's UUID.
import {
  CreateEventSourceMappingCommand,
  DeleteEventSourceMappingCommand,
  type FilterCriteria,
  type FunctionResponseType,
  type ScalingConfig,
  UpdateEventSourceMappingCommand,
} from '@aws-sdk/client-lambda';
import { bool, gone, lambdaClient, num, str } from '../clients.js';
import type { HandlerContext, Provisioned, ResourceHandler } from '../types.js';

/** The settings both Create and Update take. */
function settings(props: Record<string, unknown>) {
  return {
    FunctionName: String(props.FunctionName),
    Enabled: bool(props.Enabled),
    BatchSize: num(props.BatchSize),
    MaximumBatchingWindowInSeconds: num(props.MaximumBatchingWindowInSeconds),
    FunctionResponseTypes: props.FunctionResponseTypes as FunctionResponseType[] | undefined,
    FilterCriteria: props.FilterCriteria as FilterCriteria | undefined,
    ScalingConfig: props.ScalingConfig as ScalingConfig | undefined,
  };
}

function provisioned(uuid: string, arn: string | undefined): Provisioned {
  return { physicalId: uuid, attributes: { Id: uuid, EventSourceMappingArn: arn } };
}

export const lambdaEventSourceMapping: ResourceHandler = {
  required: ['FunctionName'],
  replaceOn: ['EventSourceArn', 'StartingPosition'],
  async create(ctx: HandlerContext, props) {
    const out = await lambdaClient(ctx).send(
      new CreateEventSourceMappingCommand({
        ...settings(props),
        EventSourceArn: str(props.EventSourceArn),
        StartingPosition: str(props.StartingPosition) as 'LATEST' | undefined,
      }),
    );
    return provisioned(out.UUID!, out.EventSourceMappingArn);
  },
  async update(ctx, current, props) {
    const out = await lambdaClient(ctx).send(
      new UpdateEventSourceMappingCommand({ UUID: current.physicalId, ...settings(props) }),
    );
    return provisioned(current.physicalId, out.EventSourceMappingArn);
  },
  async delete(ctx, current) {
    await gone(() =>
      lambdaClient(ctx).send(new DeleteEventSourceMappingCommand({ UUID: current.physicalId })),
    );
  },
};
