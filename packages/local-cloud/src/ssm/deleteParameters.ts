// DeleteParameters: up to ten at once; names that name none come back in InvalidParameters.
import type { DeleteParametersRequest, DeleteParametersResult } from '@aws-sdk/client-ssm';
import type { SsmContext } from './context.js';
import { constraint } from './errors.js';
import { MAX_NAMES } from './getParameters.js';

export function deleteParameters(ctx: SsmContext, input: DeleteParametersRequest): DeleteParametersResult {
  const names = input.Names ?? [];
  if (names.length < 1)
    throw constraint('names', names, 'Member must have length greater than or equal to 1');
  if (names.length > MAX_NAMES)
    throw constraint('names', names, `Member must have length less than or equal to ${MAX_NAMES}`);
  const deleted: string[] = [];
  const invalid: string[] = [];
  for (const name of new Set(names)) (ctx.parameters.delete(name) ? deleted : invalid).push(name);
  return { DeletedParameters: deleted, InvalidParameters: invalid };
}
