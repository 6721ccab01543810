// AWS::Lambda::EventInvokeConfig: PutFunctionEventInvokeConfig (retries, event age, destinations).
import {
  DeleteFunctionEventInvokeConfigCommand,
  type DestinationConfig,
  PutFunctionEventInvokeConfigCommand,
} from '@aws-sdk/client-lambda';
import { gone, lambdaClient, num } from '../clients.js';
import type { HandlerContext, Provisioned, ResourceHandler } from '../types.js';

async function put(ctx: HandlerContext, props: Record<string, unknown>): Promise<Provisioned> {
  const out = await lambdaClient(ctx).send(
    new PutFunctionEventInvokeConfigCommand({
      FunctionName: String(props.FunctionName),
      Qualifier: String(props.Qualifier),
      MaximumRetryAttempts: num(props.MaximumRetryAttempts),
      MaximumEventAgeInSeconds: num(props.MaximumEventAgeInSeconds),
      DestinationConfig: props.DestinationConfig as DestinationConfig | undefined,
    }),
  );
  // CloudFormation's physical id of this type is an opaque id; the qualified function ARN is unique.
  const id = out.FunctionArn ?? `${props.FunctionName}:${props.Qualifier}`;
  return { physicalId: id };
}

export const lambdaEventInvokeConfig: ResourceHandler = {
  required: ['FunctionName', 'Qualifier'],
  replaceOn: ['FunctionName', 'Qualifier'],
  create: put,
  update: (ctx, _current, props) => put(ctx, props),
  async delete(ctx, current) {
    await gone(() =>
      lambdaClient(ctx).send(
        new DeleteFunctionEventInvokeConfigCommand({
          FunctionName: String(current.properties.FunctionName),
          Qualifier: String(current.properties.Qualifier),
        }),
      ),
    );
  },
};
