// What the alias operations share: the alias lookup and the version check, with AWS's messages.
import type { AliasConfiguration } from '@aws-sdk/client-lambda';
import { aliasNotFound, functionNotFound, nullFailure, validationError } from './errors.js';
import type { LambdaFunction } from './store.js';

export function aliasOrThrow(fn: LambdaFunction, name: string): AliasConfiguration {
  const alias = fn.aliases.get(name);
  if (!alias) throw aliasNotFound(`${fn.arn}:${name}`);
  return alias;
}

export function checkVersion(fn: LambdaFunction, version: string | undefined): string {
  if (!version) throw validationError([nullFailure('functionVersion')]);
  if (version !== '$LATEST' && !fn.versions.has(version)) throw functionNotFound(`${fn.arn}:${version}`);
  return version;
}
