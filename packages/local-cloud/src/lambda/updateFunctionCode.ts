// UpdateFunctionCode: new code for $LATEST; its warm environments end so the next call runs it.
import type { FunctionConfiguration, UpdateFunctionCodeRequest } from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';
import { loadCode } from './functionCode.js';
import { publish } from './publishVersion.js';
import { lastModifiedNow, newRevisionId } from './store.js';

export function updateFunctionCode(
  ctx: LambdaContext,
  input: UpdateFunctionCodeRequest,
): FunctionConfiguration {
  const { fn } = ctx.store.get(input.FunctionName!, ctx.region);
  const code = loadCode(ctx, input);
  const config = {
    ...fn.latest.config,
    CodeSize: code.size,
    CodeSha256: code.sha256,
    LastModified: lastModifiedNow(),
    RevisionId: newRevisionId(),
    Architectures: input.Architectures ?? fn.latest.config.Architectures,
  };
  fn.latest = { ...fn.latest, config, code };
  ctx.pool.retire(fn);
  return input.Publish ? publish(fn).config : config;
}
