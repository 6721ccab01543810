// UpdateFunctionCode: new code for $LATEST; its warm environments end so the next call runs it.
import type { UpdateFunctionCodeRequest } from '@aws-sdk/client-lambda';
import type { LocalRequest } from '../protocol/request.js';
import { jsonBody, type RestAnswer } from '../protocol/restJson.js';
import type { LambdaContext } from './context.js';
import { loadCode } from './functionCode.js';
import { publish } from './publishVersion.js';
import { lastModifiedNow, newRevisionId } from './store.js';

export function updateFunctionCode(
  ctx: LambdaContext,
  req: LocalRequest,
  params: Record<string, string>,
): RestAnswer {
  const input = jsonBody<Omit<UpdateFunctionCodeRequest, 'ZipFile'> & { ZipFile?: string }>(req);
  const { fn } = ctx.store.get(params.FunctionName, req.region);
  const code = loadCode(ctx, input);
  const config = {
    ...fn.latest.config,
    CodeSize: code.size,
    CodeSha256: code.sha256,
    LastModified: lastModifiedNow(),
    RevisionId: newRevisionId(),
    Architectures: input.Architectures ?? fn.latest.config.Architectures,
  };
  fn.latest = { version: '$LATEST', config, code };
  ctx.pool.retire(fn);
  return { body: input.Publish ? publish(fn).config : config };
}
