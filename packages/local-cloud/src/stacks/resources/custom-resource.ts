// Custom resources (`Custom::<anything>`, `AWS::CloudFormation::CustomResource`): each create, update and
// delete is a request to the ServiceToken's provider, answered on a presigned S3 URL (customResponses.ts).
// Ref is the physical id the provider answered; Fn::GetAtt reads the answer's Data.
import { str } from '../clients.js';
import {
  type CustomResourceResponse,
  DEFAULT_SERVICE_TIMEOUT_SECONDS,
  type OutgoingRequest,
  responseBucket,
} from '../customResponses.js';
import { FailedResource } from '../handlerErrors.js';
import type { HandlerContext, Provisioned, ResourceHandler, StackResource } from '../types.js';

export function isCustomResourceType(type: string): boolean {
  return type.startsWith('Custom::') || type === 'AWS::CloudFormation::CustomResource';
}

/** Properties as CloudFormation sends them to a provider: every number and boolean becomes a string. */
export function asSent(value: unknown): unknown {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(asSent);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asSent(v)]));
  }
  return value;
}

/** ServiceTimeout in seconds: an integer from 1 to 3600, as CloudFormation requires. */
function timeoutOf(ctx: HandlerContext, props: Record<string, unknown>): number {
  if (props.ServiceTimeout === undefined) return DEFAULT_SERVICE_TIMEOUT_SECONDS;
  const seconds = Number(props.ServiceTimeout);
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 3600) {
    throw new Error(
      `Properties validation failed for resource ${ctx.logicalId} with message: #/ServiceTimeout: expected an integer from 1 to 3600, got ${String(props.ServiceTimeout)}`,
    );
  }
  return seconds;
}

/** A FAILED answer as CloudFormation shows it in the resource's status reason. */
const failedReason = (response: CustomResourceResponse, requestId: string) =>
  `Received response status [FAILED] from custom resource. Message returned: ${response.Reason ?? ''} (RequestId: ${requestId})`;

async function request(
  ctx: HandlerContext,
  type: OutgoingRequest['RequestType'],
  props: Record<string, unknown>,
  current?: StackResource,
): Promise<{ response: CustomResourceResponse; requestId: string }> {
  const outgoing: OutgoingRequest = {
    RequestType: type,
    ServiceToken: str(props.ServiceToken) ?? '',
    StackId: ctx.stackId,
    LogicalResourceId: ctx.logicalId,
    PhysicalResourceId: current?.physicalId,
    ResourceType: ctx.resourceType,
    ResourceProperties: asSent(props) as Record<string, unknown>,
    OldResourceProperties:
      type === 'Update' && current ? (asSent(current.properties) as Record<string, unknown>) : undefined,
  };
  return ctx.customResources.send(ctx, outgoing, timeoutOf(ctx, props));
}

function provisioned(ctx: HandlerContext, response: CustomResourceResponse, requestId: string): Provisioned {
  const data = response.Data !== null && typeof response.Data === 'object' ? response.Data : {};
  return {
    physicalId: response.PhysicalResourceId,
    attributes: { ...data },
    attributeError: `CustomResource attribute error: Vendor response doesn't contain {attribute} key in object ${ctx.stackId}|${ctx.logicalId}|${requestId} in S3 bucket ${responseBucket(ctx.region).replace('-response-', '-storage-')}`,
  };
}

export const customResource: ResourceHandler = {
  required: ['ServiceToken'],
  newIdReplaces: true,
  async create(ctx, props) {
    const { response, requestId } = await request(ctx, 'Create', props);
    if (response.Status === 'FAILED') {
      // CloudFormation deletes what the answer named when it rolls back.
      throw new FailedResource(failedReason(response, requestId), response.PhysicalResourceId);
    }
    return provisioned(ctx, response, requestId);
  },
  async update(ctx, current, props) {
    if (str(props.ServiceToken) !== str(current.properties.ServiceToken)) {
      throw new Error('Modifying service token is not allowed.');
    }
    const { response, requestId } = await request(ctx, 'Update', props, current);
    if (response.Status === 'FAILED') {
      // The rollback sends the provider an Update back to the old properties.
      throw new FailedResource(failedReason(response, requestId), current.physicalId);
    }
    return provisioned(ctx, response, requestId);
  },
  async delete(ctx, current) {
    const { response, requestId } = await request(ctx, 'Delete', current.properties, current);
    if (response.Status === 'FAILED') throw new Error(failedReason(response, requestId));
  },
};
