// CreateFunction: stores the function with its code unpacked and its layers resolved, optionally
// publishing version 1.
import type { CreateFunctionRequest, FunctionConfiguration } from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';
import { functionExists, functionsNotReachable } from './errors.js';
import { loadCode } from './functionCode.js';
import { resolveLayers } from './functionLayers.js';
import { parseFunctionRef } from './names.js';
import { publish } from './publishVersion.js';
import { type LambdaFunction, lastModifiedNow, newRevisionId } from './store.js';
import { validateCreateFunction } from './validation.js';

export function createFunction(ctx: LambdaContext, input: CreateFunctionRequest): FunctionConfiguration {
  validateCreateFunction(input);
  const ref = parseFunctionRef(input.FunctionName!)!;
  if (ref.region && ref.region !== ctx.region) throw functionsNotReachable(ref.region, ctx.region);
  const region = ctx.region;
  if (ctx.store.find(ref, region)) throw functionExists(ref.name);
  const layers = input.Layers ? resolveLayers(ctx, input.Layers) : undefined;
  const code = loadCode(ctx, input.Code!);
  const arn = ctx.store.arn(region, ref.name);
  const config: FunctionConfiguration = {
    FunctionName: ref.name,
    FunctionArn: arn,
    Runtime: input.Runtime,
    Role: input.Role,
    Handler: input.Handler,
    CodeSize: code.size,
    Description: input.Description ?? '',
    Timeout: input.Timeout ?? 3,
    MemorySize: input.MemorySize ?? 128,
    LastModified: lastModifiedNow(),
    CodeSha256: code.sha256,
    Version: '$LATEST',
    Environment: input.Environment?.Variables ? { Variables: input.Environment.Variables } : undefined,
    DeadLetterConfig: input.DeadLetterConfig?.TargetArn
      ? { TargetArn: input.DeadLetterConfig.TargetArn }
      : undefined,
    TracingConfig: { Mode: input.TracingConfig?.Mode ?? 'PassThrough' },
    RevisionId: newRevisionId(),
    Layers: layers?.config,
    State: 'Active',
    LastUpdateStatus: 'Successful',
    PackageType: 'Zip',
    Architectures: input.Architectures ?? ['x86_64'],
    EphemeralStorage: { Size: input.EphemeralStorage?.Size ?? 512 },
    SnapStart: { ApplyOn: 'None', OptimizationStatus: 'Off' },
    LoggingConfig: {
      LogFormat: input.LoggingConfig?.LogFormat ?? 'Text',
      LogGroup: input.LoggingConfig?.LogGroup ?? `/aws/lambda/${ref.name}`,
    },
  };
  const fn: LambdaFunction = {
    name: ref.name,
    region,
    arn,
    latest: { version: '$LATEST', config, code, layers: layers?.versions },
    versions: new Map(),
    lastPublished: 0,
    aliases: new Map(),
    eventInvokeConfigs: new Map(),
    policy: [],
    policyRevision: newRevisionId(),
    tags: { ...(input.Tags ?? {}) },
  };
  ctx.store.add(fn);
  return input.Publish ? publish(fn).config : config;
}
