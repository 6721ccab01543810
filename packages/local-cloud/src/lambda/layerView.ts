// A layer version as the layer operations answer it: whole (Get, Publish) or as a list item.
import type { GetLayerVersionResponse, LayerVersionsListItem } from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';
import type { LayerVersion } from './layerStore.js';

export function layerVersionItem(v: LayerVersion): LayerVersionsListItem {
  return {
    LayerVersionArn: v.arn,
    Version: v.version,
    Description: v.description,
    CreatedDate: v.createdDate,
    CompatibleRuntimes: v.compatibleRuntimes,
    LicenseInfo: v.licenseInfo,
    CompatibleArchitectures: v.compatibleArchitectures,
  };
}

export function layerVersionView(ctx: LambdaContext, v: LayerVersion): GetLayerVersionResponse {
  return {
    Content: {
      // A URL of this cloud that serves nothing, as GetFunction's Code.Location (docs/FIDELITY.md).
      Location: `${ctx.baseUrl}/_localcloud/lambda/layers/${v.layerName}/${v.version}/content.zip`,
      CodeSha256: v.codeSha256,
      CodeSize: v.codeSize,
    },
    LayerArn: v.layerArn,
    LayerVersionArn: v.arn,
    Description: v.description,
    CreatedDate: v.createdDate,
    Version: v.version,
    CompatibleRuntimes: v.compatibleRuntimes,
    LicenseInfo: v.licenseInfo,
    CompatibleArchitectures: v.compatibleArchitectures,
  };
}
