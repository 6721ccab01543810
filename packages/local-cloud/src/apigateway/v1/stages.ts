// v1 stages as CreateStage and CreateDeployment make them, with API Gateway's defaults.
import type { Stage } from '@aws-sdk/client-api-gateway';
import type { RestApiRecord } from '../store.js';

export function newStage(
  api: RestApiRecord,
  s: Omit<Stage, 'stageName'> & { stageName: string; deploymentId: string },
): Stage & { stageName: string } {
  const now = new Date();
  const stage: Stage & { stageName: string } = {
    deploymentId: s.deploymentId,
    stageName: s.stageName,
    description: s.description,
    cacheClusterEnabled: s.cacheClusterEnabled ?? false,
    cacheClusterSize: s.cacheClusterSize,
    cacheClusterStatus: 'NOT_AVAILABLE',
    methodSettings: {},
    variables: s.variables,
    documentationVersion: s.documentationVersion,
    canarySettings: s.canarySettings,
    tracingEnabled: s.tracingEnabled ?? false,
    tags: s.tags,
    createdDate: now,
    lastUpdatedDate: now,
  };
  api.stages.set(stage.stageName, stage);
  return stage;
}
