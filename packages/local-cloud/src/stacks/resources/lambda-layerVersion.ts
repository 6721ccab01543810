// AWS::Lambda::LayerVersion: PublishLayerVersion with the content of an S3 object (as Serverless packages
// it into the deployment bucket); Ref is the version's ARN. Any change publishes a new version.
import {
  DeleteLayerVersionCommand,
  PublishLayerVersionCommand,
  type PublishLayerVersionRequest,
} from '@aws-sdk/client-lambda';
import { parseArn } from '../../arn.js';
import { gone, lambdaClient, str } from '../clients.js';
import type { ResourceHandler } from '../types.js';

export const lambdaLayerVersion: ResourceHandler = {
  required: ['Content'],
  async create(ctx, props) {
    const content = (props.Content ?? {}) as Record<string, unknown>;
    if (content.S3Bucket === undefined || content.S3Key === undefined) {
      throw new Error('Properties validation failed: Content must have S3Bucket and S3Key');
    }
    const out = await lambdaClient(ctx).send(
      new PublishLayerVersionCommand({
        LayerName: str(props.LayerName) ?? ctx.physicalName({ maxLength: 140 }),
        Description: str(props.Description),
        Content: {
          S3Bucket: String(content.S3Bucket),
          S3Key: String(content.S3Key),
          S3ObjectVersion: str(content.S3ObjectVersion),
        },
        CompatibleRuntimes: props.CompatibleRuntimes as PublishLayerVersionRequest['CompatibleRuntimes'],
        CompatibleArchitectures:
          props.CompatibleArchitectures as PublishLayerVersionRequest['CompatibleArchitectures'],
        LicenseInfo: str(props.LicenseInfo),
      }),
    );
    const arn = out.LayerVersionArn!;
    return { physicalId: arn, ref: arn, attributes: { LayerVersionArn: arn } };
  },
  async delete(ctx, current) {
    const arn = parseArn(current.physicalId);
    if (!arn?.subresource) return;
    const version = Number(arn.subresource);
    await gone(() =>
      lambdaClient(ctx).send(
        new DeleteLayerVersionCommand({ LayerName: arn.resourceName, VersionNumber: version }),
      ),
    );
  },
};
