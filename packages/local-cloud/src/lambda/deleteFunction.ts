// DeleteFunction: removes a function (or one published version); its environments end.
import { AwsError } from '../protocol/errors.js';
import type { LocalRequest } from '../protocol/request.js';
import type { RestAnswer } from '../protocol/restJson.js';
import type { LambdaContext } from './context.js';
import { parseFunctionRef } from './names.js';

export function deleteFunction(
  ctx: LambdaContext,
  req: LocalRequest,
  params: Record<string, string>,
): RestAnswer {
  const { fn, qualifier } = ctx.store.get(params.FunctionName, req.region, req.query.get('Qualifier'));
  const given = req.query.get('Qualifier') ?? parseFunctionRef(params.FunctionName)?.qualifier;
  if (given && qualifier !== '$LATEST') {
    if (!/^\d+$/.test(qualifier)) {
      throw new AwsError('InvalidParameterValueException', 'Deletion of aliases is not supported.', 400);
    }
    const inUse = [...fn.aliases.values()].find((a) => a.FunctionVersion === qualifier);
    if (inUse) {
      throw new AwsError(
        'ResourceConflictException',
        `Unable to delete version because the following aliases reference it: [${inUse.Name}]`,
        409,
      );
    }
    fn.versions.delete(qualifier);
    fn.eventInvokeConfigs.delete(qualifier);
  } else {
    ctx.store.remove(fn);
  }
  ctx.pool.retire(fn);
  return { status: 204 };
}
