// GetLayerVersionPolicy: a layer version's policy as a JSON string, with its revision.
import type { GetLayerVersionPolicyRequest, GetLayerVersionPolicyResponse } from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';
import { layerVersionNotFound } from './errors.js';
import { findLayerVersion } from './layerRefs.js';

export function getLayerVersionPolicy(
  ctx: LambdaContext,
  input: GetLayerVersionPolicyRequest,
): GetLayerVersionPolicyResponse {
  const version = findLayerVersion(ctx, input.LayerName!, input.VersionNumber!);
  if (version.policy.length === 0) throw layerVersionNotFound();
  return {
    Policy: JSON.stringify({ Version: '2012-10-17', Id: 'default', Statement: version.policy }),
    RevisionId: version.policyRevision,
  };
}
