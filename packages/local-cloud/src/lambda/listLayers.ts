// ListLayers: each layer of the region with its latest version matching the runtime and architecture
// asked for (a layer with none is left out), paged by Marker.
import type { LayersListItem, ListLayersRequest, ListLayersResponse } from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';
import { matchingVersions } from './layerStore.js';
import { layerVersionItem } from './layerView.js';
import { page } from './paging.js';

export function listLayers(ctx: LambdaContext, input: ListLayersRequest): ListLayersResponse {
  const all: LayersListItem[] = [];
  for (const layer of ctx.layers.list(ctx.region)) {
    const latest = matchingVersions(layer, input)[0];
    if (latest) {
      all.push({
        LayerName: layer.name,
        LayerArn: layer.arn,
        LatestMatchingVersion: layerVersionItem(latest),
      });
    }
  }
  const { items, next } = page(all, input.Marker, input.MaxItems, 50);
  return { Layers: items, NextMarker: next };
}
