// PublishLayerVersion: the content (an inline zip or an object of the local S3) unpacked once as the
// layer's next version; the layer is made with its first version.
import { chmodSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { PublishLayerVersionRequest, PublishLayerVersionResponse } from '@aws-sdk/client-lambda';
import { readZip, removeCode, sha256, writeEntries } from './code.js';
import type { LambdaContext } from './context.js';
import { nullFailure, validationError } from './errors.js';
import { zipOf } from './functionCode.js';
import { layerNameRef } from './layerRefs.js';
import type { LayerVersion } from './layerStore.js';
import { layerVersionView } from './layerView.js';
import { lastModifiedNow, newRevisionId } from './store.js';

/** The zip's Unix modes are not kept: what a layer puts on PATH (`bin/`) must run. */
function makeExecutable(bin: string): void {
  if (!existsSync(bin)) return;
  for (const entry of readdirSync(bin, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) chmodSync(path.join(entry.parentPath, entry.name), 0o755);
  }
}

export function publishLayerVersion(
  ctx: LambdaContext,
  input: PublishLayerVersionRequest,
): PublishLayerVersionResponse {
  const missing = [
    ...(input.LayerName ? [] : [nullFailure('layerName')]),
    ...(input.Content ? [] : [nullFailure('content')]),
  ];
  if (missing.length > 0) throw validationError(missing);
  const ref = layerNameRef(ctx, input.LayerName!);
  const zip = zipOf(ctx, input.Content!);
  const entries = readZip(zip);
  const root = ctx.codeRoot('local-cloud-layer-');
  const dir = path.join(root, 'opt');
  try {
    mkdirSync(dir);
    // The same rules as a function's code: nothing written outside the layer's directory.
    writeEntries(entries, dir);
  } catch (err) {
    removeCode(root);
    ctx.codeDirs.delete(root);
    throw err;
  }
  makeExecutable(path.join(dir, 'bin'));
  const layer = ctx.layers.layer(ref.region, ctx.cloud.accountId, ref.name);
  const n = ++layer.lastVersion;
  const version: LayerVersion = {
    layerName: layer.name,
    region: layer.region,
    version: n,
    arn: `${layer.arn}:${n}`,
    layerArn: layer.arn,
    dir,
    codeSha256: sha256(zip),
    codeSize: zip.length,
    description: input.Description ?? '',
    createdDate: lastModifiedNow(),
    compatibleRuntimes: input.CompatibleRuntimes,
    compatibleArchitectures: input.CompatibleArchitectures,
    licenseInfo: input.LicenseInfo,
    policy: [],
    policyRevision: newRevisionId(),
  };
  layer.versions.set(n, version);
  return layerVersionView(ctx, version);
}
