// DeleteAlias: removes an alias and the event invoke config kept under its name.
import type { DeleteAliasRequest } from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';

export function deleteAlias(ctx: LambdaContext, input: DeleteAliasRequest): void {
  const { fn } = ctx.store.get(input.FunctionName!, ctx.region);
  fn.aliases.delete(input.Name!);
  fn.eventInvokeConfigs.delete(input.Name!);
}
