// CreateAlias: a name for a version ($LATEST or a published one).
import type { AliasConfiguration, CreateAliasRequest } from '@aws-sdk/client-lambda';
import { AwsError } from '../protocol/errors.js';
import type { LocalRequest } from '../protocol/request.js';
import { jsonBody, type RestAnswer } from '../protocol/restJson.js';
import { checkVersion } from './aliasChecks.js';
import type { LambdaContext } from './context.js';
import { newRevisionId } from './store.js';

export function createAlias(
  ctx: LambdaContext,
  req: LocalRequest,
  params: Record<string, string>,
): RestAnswer {
  const input = jsonBody<CreateAliasRequest>(req);
  const { fn } = ctx.store.get(params.FunctionName, req.region);
  const name = input.Name ?? '';
  if (!/^(?!^[0-9]+$)([a-zA-Z0-9-_]+)$/.test(name)) {
    throw new AwsError(
      'ValidationException',
      `1 validation error detected: Value '${name}' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: (?!^[0-9]+$)([a-zA-Z0-9-_]+)`,
      400,
    );
  }
  const aliasArn = `${fn.arn}:${name}`;
  if (fn.aliases.has(name))
    throw new AwsError('ResourceConflictException', `Alias already exists: ${aliasArn}`, 409);
  const alias: AliasConfiguration = {
    AliasArn: aliasArn,
    Name: name,
    FunctionVersion: checkVersion(fn, input.FunctionVersion),
    Description: input.Description ?? '',
    RoutingConfig: input.RoutingConfig,
    RevisionId: newRevisionId(),
  };
  fn.aliases.set(name, alias);
  return { status: 201, body: alias };
}
