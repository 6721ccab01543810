// GetParameters: up to ten parameters; names that name none come back in InvalidParameters.
import type { GetParametersRequest, GetParametersResult, Parameter } from '@aws-sdk/client-ssm';
import { AwsError } from '../protocol/errors.js';
import type { SsmContext } from './context.js';
import { constraint } from './errors.js';
import { lookUp } from './lookup.js';

export const MAX_NAMES = 10;

export function getParameters(ctx: SsmContext, input: GetParametersRequest): GetParametersResult {
  const names = input.Names ?? [];
  if (names.length < 1)
    throw constraint('names', names, 'Member must have length greater than or equal to 1');
  if (names.length > MAX_NAMES)
    throw constraint('names', names, `Member must have length less than or equal to ${MAX_NAMES}`);
  const found: Parameter[] = [];
  const invalid: string[] = [];
  for (const name of new Set(names)) {
    try {
      found.push(lookUp(ctx, name, input.WithDecryption === true));
    } catch (err) {
      if (!(err instanceof AwsError)) throw err;
      invalid.push(name);
    }
  }
  return { Parameters: found, InvalidParameters: invalid };
}
