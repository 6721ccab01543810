// GetLayerVersionByArn: one version of a layer, by its version ARN (`GET /2018-10-31/layers?find=LayerVersion`).
import type { GetLayerVersionByArnRequest, GetLayerVersionResponse } from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';
import { invalidLayerVersionArn, layerVersionNotFound } from './errors.js';
import { parseLayerRef } from './layerStore.js';
import { layerVersionView } from './layerView.js';

export function getLayerVersionByArn(
  ctx: LambdaContext,
  input: GetLayerVersionByArnRequest,
): GetLayerVersionResponse {
  const arn = input.Arn ?? '';
  const ref = parseLayerRef(arn);
  if (!ref?.region || ref.version === undefined) throw invalidLayerVersionArn(arn);
  const version = ctx.layers.version(ref.region, ref.name, ref.version);
  if (!version || ref.accountId !== ctx.cloud.accountId) throw layerVersionNotFound();
  return layerVersionView(ctx, version);
}
