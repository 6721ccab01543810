// AddLayerVersionPermission: a statement in a layer version's policy (stored; every function of this
// one account may use every layer anyway).
import type {
  AddLayerVersionPermissionRequest,
  AddLayerVersionPermissionResponse,
} from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';
import {
  invalidLayerAction,
  nullFailure,
  revisionMismatch,
  statementExists,
  validationError,
} from './errors.js';
import { findLayerVersion } from './layerRefs.js';
import { newRevisionId, type PolicyStatement } from './store.js';

export function addLayerVersionPermission(
  ctx: LambdaContext,
  input: AddLayerVersionPermissionRequest,
): AddLayerVersionPermissionResponse {
  const missing = (['StatementId', 'Action', 'Principal'] as const).filter((k) => !input[k]);
  if (missing.length > 0)
    throw validationError(missing.map((k) => nullFailure(`${k[0].toLowerCase()}${k.slice(1)}`)));
  if (input.Action !== 'lambda:GetLayerVersion') throw invalidLayerAction(input.Action!);
  const version = findLayerVersion(ctx, input.LayerName!, input.VersionNumber!);
  if (input.RevisionId && input.RevisionId !== version.policyRevision) throw revisionMismatch('GetPolicy');
  if (version.policy.some((s) => s.Sid === input.StatementId)) throw statementExists(input.StatementId!);
  const p = input.Principal!;
  const statement: PolicyStatement = {
    Sid: input.StatementId!,
    Effect: 'Allow',
    Principal: p === '*' ? '*' : { AWS: /^\d{12}$/.test(p) ? `arn:aws:iam::${p}:root` : p },
    Action: input.Action,
    Resource: version.arn,
    ...(input.OrganizationId
      ? { Condition: { StringEquals: { 'aws:PrincipalOrgID': input.OrganizationId } } }
      : {}),
  };
  version.policy.push(statement);
  version.policyRevision = newRevisionId();
  return { Statement: JSON.stringify(statement), RevisionId: version.policyRevision };
}
