// GetLayerVersion: one version of a layer, by LayerName (a name or an ARN) and VersionNumber.
import type { GetLayerVersionRequest, GetLayerVersionResponse } from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';
import { findLayerVersion } from './layerRefs.js';
import { layerVersionView } from './layerView.js';

export function getLayerVersion(ctx: LambdaContext, input: GetLayerVersionRequest): GetLayerVersionResponse {
  return layerVersionView(ctx, findLayerVersion(ctx, input.LayerName!, input.VersionNumber!));
}
