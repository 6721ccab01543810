// GetParameter: one parameter's current value, or a version's (`name:3`), by name or ARN.
import type { GetParameterRequest, GetParameterResult } from '@aws-sdk/client-ssm';
import type { SsmContext } from './context.js';
import { lookUp } from './lookup.js';

export function getParameter(ctx: SsmContext, input: GetParameterRequest): GetParameterResult {
  return { Parameter: lookUp(ctx, input.Name, input.WithDecryption === true) };
}
