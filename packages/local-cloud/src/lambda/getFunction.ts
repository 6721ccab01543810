// GetFunction: the configuration of a version, where its code is, its tags and reserved concurrency.
import type { GetFunctionResponse } from '@aws-sdk/client-lambda';
import type { LocalRequest } from '../protocol/request.js';
import type { RestAnswer } from '../protocol/restJson.js';
import type { LambdaContext } from './context.js';

export function getFunction(
  ctx: LambdaContext,
  req: LocalRequest,
  params: Record<string, string>,
): RestAnswer {
  const { fn, version } = ctx.store.get(params.FunctionName, req.region, req.query.get('Qualifier'));
  const body: GetFunctionResponse = {
    Configuration: version.config,
    Code: {
      RepositoryType: 'S3',
      Location: `${req.baseUrl}/_localcloud/lambda/${fn.name}/${encodeURIComponent(version.version)}/code.zip`,
    },
    Tags: Object.keys(fn.tags).length > 0 ? fn.tags : undefined,
    Concurrency:
      fn.reservedConcurrency === undefined
        ? undefined
        : { ReservedConcurrentExecutions: fn.reservedConcurrency },
  };
  return { body };
}
