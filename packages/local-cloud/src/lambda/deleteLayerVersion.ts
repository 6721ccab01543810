// DeleteLayerVersion: the version can no longer be read or added to functions; functions that use it
// keep running it (its content stays until the cloud stops). Deleting a missing version is no error.
import type { DeleteLayerVersionRequest } from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';
import { layerNameRef } from './layerRefs.js';

export function deleteLayerVersion(ctx: LambdaContext, input: DeleteLayerVersionRequest): void {
  const ref = layerNameRef(ctx, input.LayerName!);
  ctx.layers.find(ref.region, ref.name)?.versions.delete(input.VersionNumber!);
}
