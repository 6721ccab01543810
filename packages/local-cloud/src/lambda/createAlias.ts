// CreateAlias: a name for a version ($LATEST or a published one).
import type { AliasConfiguration, CreateAliasRequest } from '@aws-sdk/client-lambda';
import { checkVersion } from './aliasChecks.js';
import type { LambdaContext } from './context.js';
import { aliasExists, invalidAliasName } from './errors.js';
import { newRevisionId } from './store.js';

export function createAlias(ctx: LambdaContext, input: CreateAliasRequest): AliasConfiguration {
  const { fn } = ctx.store.get(input.FunctionName!, ctx.region);
  const name = input.Name ?? '';
  if (!/^(?!^[0-9]+$)([a-zA-Z0-9-_]+)$/.test(name)) throw invalidAliasName(name);
  const aliasArn = `${fn.arn}:${name}`;
  if (fn.aliases.has(name)) throw aliasExists(aliasArn);
  const alias: AliasConfiguration = {
    AliasArn: aliasArn,
    Name: name,
    FunctionVersion: checkVersion(fn, input.FunctionVersion),
    Description: input.Description ?? '',
    RoutingConfig: input.RoutingConfig,
    RevisionId: newRevisionId(),
  };
  fn.aliases.set(name, alias);
  return alias;
}
