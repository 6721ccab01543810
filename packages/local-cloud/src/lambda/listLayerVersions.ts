// ListLayerVersions: a layer's versions, newest first, those compatible with the runtime and architecture
// asked for, paged by Marker; a layer that does not exist has none.
import type { ListLayerVersionsRequest, ListLayerVersionsResponse } from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';
import { layerNameRef } from './layerRefs.js';
import { matchingVersions } from './layerStore.js';
import { layerVersionItem } from './layerView.js';
import { page } from './paging.js';

export function listLayerVersions(
  ctx: LambdaContext,
  input: ListLayerVersionsRequest,
): ListLayerVersionsResponse {
  const ref = layerNameRef(ctx, input.LayerName!);
  const layer = ctx.layers.find(ref.region, ref.name);
  const all = layer ? matchingVersions(layer, input).map(layerVersionItem) : [];
  const { items, next } = page(all, input.Marker, input.MaxItems, 50);
  return { LayerVersions: items, NextMarker: next };
}
