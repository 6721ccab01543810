// AWS::Lambda::Version: PublishVersion; Ref is the version's ARN. Any change publishes a new one.
import { DeleteFunctionCommand, PublishVersionCommand } from '@aws-sdk/client-lambda';
import { gone, lambdaClient, str } from '../clients.js';
import type { ResourceHandler } from '../types.js';

export const lambdaVersion: ResourceHandler = {
  required: ['FunctionName'],
  async create(ctx, props) {
    const out = await lambdaClient(ctx).send(
      new PublishVersionCommand({
        FunctionName: String(props.FunctionName),
        Description: str(props.Description),
        CodeSha256: str(props.CodeSha256),
      }),
    );
    const arn = out.FunctionArn!;
    return {
      physicalId: arn,
      ref: arn,
      attributes: { Version: out.Version, FunctionArn: arn.slice(0, arn.lastIndexOf(':')) },
    };
  },
  async delete(ctx, current) {
    const arn = current.physicalId;
    const cut = arn.lastIndexOf(':');
    await gone(() =>
      lambdaClient(ctx).send(
        new DeleteFunctionCommand({ FunctionName: arn.slice(0, cut), Qualifier: arn.slice(cut + 1) }),
      ),
    );
  },
};
