// AWS::Lambda::LayerVersionPermission: AddLayerVersionPermission with a generated statement id (stored:
// there is one account here); Ref is `<layer version ARN>#<statement id>`. Any change replaces it.
import {
  AddLayerVersionPermissionCommand,
  RemoveLayerVersionPermissionCommand,
} from '@aws-sdk/client-lambda';
import { gone, lambdaClient, str } from '../clients.js';
import type { ResourceHandler } from '../types.js';

/** The layer's ARN and the version number of a layer version ARN. */
function layerOf(versionArn: string): { layerName: string; version: number } {
  const cut = versionArn.lastIndexOf(':');
  return { layerName: versionArn.slice(0, cut), version: Number(versionArn.slice(cut + 1)) };
}

export const lambdaLayerVersionPermission: ResourceHandler = {
  required: ['Action', 'LayerVersionArn', 'Principal'],
  async create(ctx, props) {
    const arn = String(props.LayerVersionArn);
    const { layerName, version } = layerOf(arn);
    const statementId = ctx.physicalName({ maxLength: 100 });
    await lambdaClient(ctx).send(
      new AddLayerVersionPermissionCommand({
        LayerName: layerName,
        VersionNumber: version,
        StatementId: statementId,
        Action: String(props.Action),
        Principal: String(props.Principal),
        OrganizationId: str(props.OrganizationId),
      }),
    );
    const id = `${arn}#${statementId}`;
    return { physicalId: id, ref: id };
  },
  async delete(ctx, current) {
    const hash = current.physicalId.lastIndexOf('#');
    const { layerName, version } = layerOf(current.physicalId.slice(0, hash));
    await gone(() =>
      lambdaClient(ctx).send(
        new RemoveLayerVersionPermissionCommand({
          LayerName: layerName,
          VersionNumber: version,
          StatementId: current.physicalId.slice(hash + 1),
        }),
      ),
    );
  },
};
