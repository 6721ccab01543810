// RemoveLayerVersionPermission: drops one statement of a layer version's policy.
import type { RemoveLayerVersionPermissionRequest } from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';
import { revisionMismatch, statementNotFound } from './errors.js';
import { findLayerVersion } from './layerRefs.js';
import { newRevisionId } from './store.js';

export function removeLayerVersionPermission(
  ctx: LambdaContext,
  input: RemoveLayerVersionPermissionRequest,
): void {
  const version = findLayerVersion(ctx, input.LayerName!, input.VersionNumber!);
  if (input.RevisionId && input.RevisionId !== version.policyRevision) throw revisionMismatch('GetPolicy');
  const i = version.policy.findIndex((s) => s.Sid === input.StatementId);
  if (i < 0) throw statementNotFound(input.StatementId!);
  version.policy.splice(i, 1);
  version.policyRevision = newRevisionId();
}
