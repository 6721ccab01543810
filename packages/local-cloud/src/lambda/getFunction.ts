// GetFunction: the configuration of a version, where its code is, its tags and reserved concurrency.
import type { GetFunctionRequest, GetFunctionResponse } from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';

export function getFunction(ctx: LambdaContext, input: GetFunctionRequest): GetFunctionResponse {
  const { fn, version } = ctx.store.get(input.FunctionName!, ctx.region, input.Qualifier);
  return {
    Configuration: version.config,
    Code: {
      RepositoryType: 'S3',
      Location: `${ctx.baseUrl}/_localcloud/lambda/${fn.name}/${encodeURIComponent(version.version)}/code.zip`,
    },
    Tags: Object.keys(fn.tags).length > 0 ? fn.tags : undefined,
    Concurrency:
      fn.reservedConcurrency === undefined
        ? undefined
        : { ReservedConcurrentExecutions: fn.reservedConcurrency },
  };
}
