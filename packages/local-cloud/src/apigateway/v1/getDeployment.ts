// GetDeployment: one deployment of a REST API (with `embed=apisummary`, the methods it serves).
import type { Deployment, GetDeploymentRequest, MethodSnapshot } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { invalidIdentifier } from '../errors.js';

export function getDeployment(ctx: ApiGatewayContext, input: GetDeploymentRequest): Deployment {
  const api = ctx.restApi(input.restApiId);
  const d = input.deploymentId ? api.deployments.get(input.deploymentId) : undefined;
  if (!d) throw invalidIdentifier('Deployment', ctx.accountId, String(input.deploymentId));
  if (!input.embed?.includes('apisummary')) return d;
  // The API as it is now stands in for the snapshot (deployments here keep no copy of the API).
  const summary: Record<string, Record<string, MethodSnapshot>> = {};
  for (const r of api.resources.values()) {
    for (const [verb, m] of r.methods) {
      summary[r.path] ??= {};
      summary[r.path][verb] = { authorizationType: m.authorizationType, apiKeyRequired: m.apiKeyRequired };
    }
  }
  return { ...d, apiSummary: summary };
}
