// The `Layers` of CreateFunction and UpdateFunctionConfiguration: checked as Lambda checks them (ARN
// pattern, at most five, each version existing) and resolved to the versions whose content runs.
import type { Layer } from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';
import { invalidLayers, layerVersionMissing, tooManyLayers } from './errors.js';
import { type LayerVersion, parseLayerRef } from './layerStore.js';

const MAX_LAYERS = 5;

export interface FunctionLayers {
  /** As GetFunctionConfiguration answers them. */
  config: Layer[];
  /** This account's versions, in order: unpacked into the function's `/opt`. */
  versions: LayerVersion[];
}

export function resolveLayers(ctx: LambdaContext, arns: string[]): FunctionLayers {
  const refs = arns.map((arn) => parseLayerRef(arn));
  if (refs.some((r) => r?.version === undefined || !r.region || !r.accountId)) throw invalidLayers(arns);
  if (arns.length > MAX_LAYERS) throw tooManyLayers();
  const config: Layer[] = [];
  const versions: LayerVersion[] = [];
  arns.forEach((arn, i) => {
    const ref = refs[i]!;
    // Another account's layer (a public one, as Powertools or an APM vendor publish) can't exist here:
    // it is kept in the configuration and not mounted (docs/FIDELITY.md).
    if (ref.accountId !== ctx.cloud.accountId) {
      ctx.cloud.log('info', `lambda: layer ${arn} belongs to another account; it is not mounted`);
      config.push({ Arn: arn, CodeSize: 0 });
      return;
    }
    const version = ctx.layers.version(ref.region!, ref.name, ref.version!);
    if (!version) throw layerVersionMissing(arn);
    config.push({ Arn: version.arn, CodeSize: version.codeSize });
    versions.push(version);
  });
  return { config, versions };
}
