// UpdateStage: patch operations on a stage: its deployment, description, variables, tracing, access
// logs and per-method settings (`/{resource}/{method}/metrics/enabled`, ...), as the Serverless
// Framework's stage settings send them.
import type { MethodSetting, Stage, UpdateStageRequest } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { badRequest } from '../errors.js';
import { applyPatches, mapEntry, type PatchRule, scalar } from '../patch.js';
import { stageOf } from './stageOf.js';

/** Patch path of a method setting -> the MethodSetting member it sets, and its type. */
const SETTINGS: Record<string, [keyof MethodSetting, 'string' | 'number' | 'boolean']> = {
  'metrics/enabled': ['metricsEnabled', 'boolean'],
  'logging/loglevel': ['loggingLevel', 'string'],
  'logging/dataTrace': ['dataTraceEnabled', 'boolean'],
  'throttling/burstLimit': ['throttlingBurstLimit', 'number'],
  'throttling/rateLimit': ['throttlingRateLimit', 'number'],
  'caching/enabled': ['cachingEnabled', 'boolean'],
  'caching/ttlInSeconds': ['cacheTtlInSeconds', 'number'],
  'caching/dataEncrypted': ['cacheDataEncrypted', 'boolean'],
  'caching/requireAuthorizationForCacheControl': ['requireAuthorizationForCacheControl', 'boolean'],
  'caching/unauthorizedCacheControlHeaderStrategy': ['unauthorizedCacheControlHeaderStrategy', 'string'],
};

function makeRules(ctx: ApiGatewayContext, restApiId: string): PatchRule<Stage>[] {
  return [
    {
      path: /^\/deploymentId$/,
      apply(stage, _op, value) {
        if (!value || !ctx.restApi(restApiId).deployments.has(value))
          throw badRequest('Invalid deployment identifier specified');
        stage.deploymentId = value;
      },
    },
    scalar('description'),
    scalar('clientCertificateId'),
    scalar('documentationVersion'),
    scalar('webAclArn'),
    scalar('cacheClusterSize'),
    scalar('tracingEnabled', 'boolean'),
    scalar('cacheClusterEnabled', 'boolean'),
    mapEntry('variables'),
    {
      path: /^\/accessLogSettings(?:\/(destinationArn|format))?$/,
      apply(stage, _op, value, m) {
        if (!m[1] || value === undefined) stage.accessLogSettings = undefined;
        else stage.accessLogSettings = { ...stage.accessLogSettings, [m[1]]: value };
      },
    },
    {
      path: new RegExp(`^/(.+)/([A-Z*]+)/(${Object.keys(SETTINGS).join('|')})$`),
      apply(stage, _op, value, m) {
        const [member, kind] = SETTINGS[m[3]];
        const key = `${m[1]}/${m[2]}`;
        const setting: Record<string, unknown> = { ...stage.methodSettings?.[key] };
        if (value === undefined) delete setting[member];
        else
          setting[member] = kind === 'number' ? Number(value) : kind === 'boolean' ? value === 'true' : value;
        stage.methodSettings = { ...stage.methodSettings, [key]: setting as MethodSetting };
      },
    },
  ];
}

export function updateStage(ctx: ApiGatewayContext, input: UpdateStageRequest): Stage {
  const stage = stageOf(ctx, input.restApiId, input.stageName);
  applyPatches(stage, input.patchOperations, makeRules(ctx, String(input.restApiId)));
  stage.lastUpdatedDate = new Date();
  return stage;
}
