// Finding the layer or layer version an operation names (LayerName as a name or an ARN, VersionNumber).
import type { LambdaContext } from './context.js';
import { invalidLayerName, layerVersionNotFound } from './errors.js';
import { type LayerRef, type LayerVersion, parseLayerRef } from './layerStore.js';

/** The LayerName of a request, in the request's region unless its ARN names one. */
export function layerNameRef(ctx: LambdaContext, layerName: string): LayerRef & { region: string } {
  const ref = parseLayerRef(layerName);
  if (!ref || ref.version !== undefined) throw invalidLayerName(layerName);
  return { ...ref, region: ref.region ?? ctx.region };
}

/** The version a LayerName and VersionNumber name, or Lambda's 404. */
export function findLayerVersion(ctx: LambdaContext, layerName: string, versionNumber: number): LayerVersion {
  const ref = layerNameRef(ctx, layerName);
  const version = ctx.layers.version(ref.region, ref.name, versionNumber);
  if (!version) throw layerVersionNotFound();
  return version;
}
