// What the alias operations share: the alias lookup and the version check, with AWS's messages.
import type { AliasConfiguration } from '@aws-sdk/client-lambda';
import { AwsError } from '../protocol/errors.js';
import type { LambdaFunction } from './store.js';
import { notFound } from './store.js';

export function aliasOrThrow(fn: LambdaFunction, name: string): AliasConfiguration {
  const alias = fn.aliases.get(name);
  if (!alias) throw new AwsError('ResourceNotFoundException', `Alias not found: ${fn.arn}:${name}`, 404);
  return alias;
}

export function checkVersion(fn: LambdaFunction, version: string | undefined): string {
  if (!version) {
    throw new AwsError(
      'ValidationException',
      "1 validation error detected: Value null at 'functionVersion' failed to satisfy constraint: Member must not be null",
      400,
    );
  }
  if (version !== '$LATEST' && !fn.versions.has(version)) throw notFound(`${fn.arn}:${version}`);
  return version;
}
