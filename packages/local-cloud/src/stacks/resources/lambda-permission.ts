// AWS::Lambda::Permission: AddPermission with a generated statement id; any change replaces it.
import { AddPermissionCommand, RemovePermissionCommand } from '@aws-sdk/client-lambda';
import { gone, lambdaClient, optional, str } from '../clients.js';
import type { ResourceHandler } from '../types.js';

export const lambdaPermission: ResourceHandler = {
  required: ['Action', 'FunctionName', 'Principal'],
  async create(ctx, props) {
    const statementId = ctx.physicalName({ maxLength: 100 });
    await optional(ctx, 'Lambda AddPermission', () =>
      lambdaClient(ctx).send(
        new AddPermissionCommand({
          FunctionName: String(props.FunctionName),
          StatementId: statementId,
          Action: String(props.Action),
          Principal: String(props.Principal),
          SourceArn: str(props.SourceArn),
          SourceAccount: str(props.SourceAccount),
          EventSourceToken: str(props.EventSourceToken),
          PrincipalOrgID: str(props.PrincipalOrgID),
        }),
      ),
    );
    return { physicalId: statementId };
  },
  async delete(ctx, current) {
    await optional(ctx, 'Lambda RemovePermission', () =>
      gone(() =>
        lambdaClient(ctx).send(
          new RemovePermissionCommand({
            FunctionName: String(current.properties.FunctionName),
            StatementId: current.physicalId,
          }),
        ),
      ),
    );
  },
};
