// AddPermission: a statement in the function's resource policy (stored; invocations do not check it).
import type { AddPermissionRequest, AddPermissionResponse } from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';
import { nullFailure, revisionMismatch, statementExists, validationError } from './errors.js';
import { newRevisionId, type PolicyStatement } from './store.js';

function principal(p: string): Record<string, string> | string {
  if (p === '*') return '*';
  if (/^\d{12}$/.test(p)) return { AWS: `arn:aws:iam::${p}:root` };
  if (p.startsWith('arn:')) return { AWS: p };
  return { Service: p };
}

export function addPermission(ctx: LambdaContext, input: AddPermissionRequest): AddPermissionResponse {
  const { fn, qualifier } = ctx.store.get(input.FunctionName!, ctx.region, input.Qualifier);
  const missing = (['StatementId', 'Action', 'Principal'] as const).filter((k) => !input[k]);
  if (missing.length > 0)
    throw validationError(missing.map((k) => nullFailure(`${k[0].toLowerCase()}${k.slice(1)}`)));
  if (input.RevisionId && input.RevisionId !== fn.policyRevision) throw revisionMismatch('GetPolicy');
  if (fn.policy.some((s) => s.Sid === input.StatementId)) throw statementExists(input.StatementId!);
  const condition: Record<string, Record<string, string>> = {};
  if (input.SourceAccount) condition.StringEquals = { 'AWS:SourceAccount': input.SourceAccount };
  if (input.SourceArn) condition.ArnLike = { 'AWS:SourceArn': input.SourceArn };
  if (input.PrincipalOrgID)
    condition.StringEquals = { ...condition.StringEquals, 'aws:PrincipalOrgID': input.PrincipalOrgID };
  const action = input.Action!.includes(':') ? input.Action! : `lambda:${input.Action}`;
  const statement: PolicyStatement = {
    Sid: input.StatementId!,
    Effect: 'Allow',
    Principal: principal(input.Principal!),
    Action: action,
    Resource: qualifier === '$LATEST' && !input.Qualifier ? fn.arn : `${fn.arn}:${qualifier}`,
    ...(Object.keys(condition).length > 0 ? { Condition: condition } : {}),
  };
  fn.policy.push(statement);
  fn.policyRevision = newRevisionId();
  return { Statement: JSON.stringify(statement) };
}
