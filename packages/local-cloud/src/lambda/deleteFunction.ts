// DeleteFunction: removes a function (or one published version); its environments end.
import type { DeleteFunctionRequest, DeleteFunctionResponse } from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';
import { aliasDeletionUnsupported, versionHasAliases } from './errors.js';
import { parseFunctionRef } from './names.js';

export function deleteFunction(ctx: LambdaContext, input: DeleteFunctionRequest): DeleteFunctionResponse {
  const name = input.FunctionName!;
  const { fn, qualifier } = ctx.store.get(name, ctx.region, input.Qualifier);
  const given = input.Qualifier ?? parseFunctionRef(name)?.qualifier;
  if (given && qualifier !== '$LATEST') {
    if (!/^\d+$/.test(qualifier)) throw aliasDeletionUnsupported();
    const inUse = [...fn.aliases.values()].find((a) => a.FunctionVersion === qualifier);
    if (inUse) throw versionHasAliases(inUse.Name!);
    fn.versions.delete(qualifier);
    fn.eventInvokeConfigs.delete(qualifier);
  } else {
    ctx.store.remove(fn);
  }
  ctx.pool.retire(fn);
  // Lambda answers 204 (the model's default is 200).
  return { StatusCode: 204 };
}
