// DeleteParameter: removes a parameter and all its versions.
import type { DeleteParameterRequest, DeleteParameterResult } from '@aws-sdk/client-ssm';
import type { SsmContext } from './context.js';
import { parameterNotFound } from './errors.js';

export function deleteParameter(ctx: SsmContext, input: DeleteParameterRequest): DeleteParameterResult {
  if (!ctx.parameters.delete(String(input.Name))) throw parameterNotFound();
  return {};
}
