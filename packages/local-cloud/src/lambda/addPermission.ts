// AddPermission: a statement in the function's resource policy (stored; invocations do not check it).
import type { AddPermissionRequest } from '@aws-sdk/client-lambda';
import { AwsError } from '../protocol/errors.js';
import type { LocalRequest } from '../protocol/request.js';
import { jsonBody, type RestAnswer } from '../protocol/restJson.js';
import type { LambdaContext } from './context.js';
import { newRevisionId, type PolicyStatement } from './store.js';

function principal(p: string): Record<string, string> | string {
  if (p === '*') return '*';
  if (/^\d{12}$/.test(p)) return { AWS: `arn:aws:iam::${p}:root` };
  if (p.startsWith('arn:')) return { AWS: p };
  return { Service: p };
}

export function addPermission(
  ctx: LambdaContext,
  req: LocalRequest,
  params: Record<string, string>,
): RestAnswer {
  const input = jsonBody<AddPermissionRequest>(req);
  const { fn, qualifier } = ctx.store.get(params.FunctionName, req.region, req.query.get('Qualifier'));
  const missing = (['StatementId', 'Action', 'Principal'] as const).filter((k) => !input[k]);
  if (missing.length > 0) {
    throw new AwsError(
      'ValidationException',
      `${missing.length} validation error${missing.length === 1 ? '' : 's'} detected: ${missing
        .map(
          (k) =>
            `Value null at '${k[0].toLowerCase()}${k.slice(1)}' failed to satisfy constraint: Member must not be null`,
        )
        .join('; ')}`,
      400,
    );
  }
  if (input.RevisionId && input.RevisionId !== fn.policyRevision) {
    throw new AwsError(
      'PreconditionFailedException',
      'The Revision Id provided does not match the latest Revision Id. Call the GetPolicy API to retrieve the latest Revision Id',
      412,
    );
  }
  if (fn.policy.some((s) => s.Sid === input.StatementId)) {
    throw new AwsError(
      'ResourceConflictException',
      `The statement id (${input.StatementId}) provided already exists. Please provide a new statement id, or remove the existing statement.`,
      409,
    );
  }
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
    Resource: qualifier === '$LATEST' && !req.query.get('Qualifier') ? fn.arn : `${fn.arn}:${qualifier}`,
    ...(Object.keys(condition).length > 0 ? { Condition: condition } : {}),
  };
  fn.policy.push(statement);
  fn.policyRevision = newRevisionId();
  return { status: 201, body: { Statement: JSON.stringify(statement) } };
}
