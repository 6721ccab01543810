// v2 deployments, and the automatic ones: a stage with AutoDeploy gets a fresh deployment whenever the
// API's routes, integrations or the stage itself change, as API Gateway does.
import type { Deployment } from '@aws-sdk/client-apigatewayv2';
import { newId, SHORT_ID_LENGTH } from '../ids.js';
import type { HttpApiRecord } from '../store.js';

export function newDeployment(
  api: HttpApiRecord,
  description: string | undefined,
  autoDeployed: boolean,
): Deployment & { DeploymentId: string } {
  const id = newId(SHORT_ID_LENGTH, (x) => api.deployments.has(x));
  const d = {
    AutoDeployed: autoDeployed,
    CreatedDate: new Date(),
    DeploymentId: id,
    DeploymentStatus: 'DEPLOYED' as const,
    Description: description,
  };
  api.deployments.set(id, d);
  return d;
}

/** Deploys every AutoDeploy stage of the API (or only `stageName`). */
export function autoDeploy(api: HttpApiRecord, stageName?: string): void {
  for (const stage of api.stages.values()) {
    if (!stage.AutoDeploy || (stageName !== undefined && stage.StageName !== stageName)) continue;
    const d = newDeployment(api, 'Automatic deployment triggered by changes to the Api configuration', true);
    stage.DeploymentId = d.DeploymentId;
    stage.LastDeploymentStatusMessage = `Successfully deployed stage with deployment ID '${d.DeploymentId}'`;
    stage.LastUpdatedDate = new Date();
  }
}
