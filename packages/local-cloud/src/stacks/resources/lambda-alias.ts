// AWS::Lambda::Alias: CreateAlias / UpdateAlias; Ref is the alias ARN.
import {
  type AliasRoutingConfiguration,
  CreateAliasCommand,
  DeleteAliasCommand,
  UpdateAliasCommand,
} from '@aws-sdk/client-lambda';
import { gone, lambdaClient, str } from '../clients.js';
import type { ResourceHandler } from '../types.js';

export const lambdaAlias: ResourceHandler = {
  required: ['FunctionName', 'FunctionVersion', 'Name'],
  replaceOn: ['FunctionName', 'Name'],
  async create(ctx, props) {
    const out = await lambdaClient(ctx).send(
      new CreateAliasCommand({
        FunctionName: String(props.FunctionName),
        Name: String(props.Name),
        FunctionVersion: String(props.FunctionVersion),
        Description: str(props.Description),
        RoutingConfig: props.RoutingConfig as AliasRoutingConfiguration | undefined,
      }),
    );
    return { physicalId: out.AliasArn!, ref: out.AliasArn, attributes: { AliasArn: out.AliasArn } };
  },
  async update(ctx, current, props) {
    const out = await lambdaClient(ctx).send(
      new UpdateAliasCommand({
        FunctionName: String(props.FunctionName),
        Name: String(props.Name),
        FunctionVersion: String(props.FunctionVersion),
        Description: str(props.Description),
        RoutingConfig: props.RoutingConfig as AliasRoutingConfiguration | undefined,
      }),
    );
    return { physicalId: current.physicalId, ref: out.AliasArn, attributes: { AliasArn: out.AliasArn } };
  },
  async delete(ctx, current) {
    await gone(() =>
      lambdaClient(ctx).send(
        new DeleteAliasCommand({
          FunctionName: String(current.properties.FunctionName),
          Name: String(current.properties.Name),
        }),
      ),
    );
  },
};
