// The stack engine's records as the SDK's output types, keys in the order AWS writes the elements
// (the codec writes them in key order).
import type {
  Capability,
  ChangeSetSummary,
  DescribeChangeSetOutput,
  Parameter,
  ResourceAttribute,
  ResourceStatus,
  Stack as SdkStack,
  StackEvent as SdkStackEvent,
  StackResource as SdkStackResource,
  StackResourceDetail,
  StackResourceSummary,
  StackSummary,
  Tag,
} from '@aws-sdk/client-cloudformation';
import { shownValue } from '../stacks/parameters.js';
import type { Template } from '../stacks/template.js';
import type { ChangeSet, Stack, StackEvent, StackResource } from '../stacks/types.js';

/** Parameters in use, NoEcho ones masked. */
function parametersOf(template: Template, values: Record<string, string>): Parameter[] {
  return Object.entries(values).map(([k, v]) => ({
    ParameterKey: k,
    ParameterValue: shownValue(template, k, v),
  }));
}

const tagsOf = (tags: { Key: string; Value: string }[]): Tag[] =>
  tags.map((t) => ({ Key: t.Key, Value: t.Value }));

// The engine keeps the capabilities and resource states CloudFormation's enums name, as strings.
const capabilitiesOf = (list: string[]) => list as Capability[];
const statusOf = (status: string) => status as ResourceStatus;

export function stackView(stack: Stack): SdkStack {
  return {
    StackId: stack.stackId,
    StackName: stack.stackName,
    Description: stack.description,
    Parameters: parametersOf(stack.template, stack.parameters),
    CreationTime: stack.creationTime,
    DeletionTime: stack.deletionTime,
    LastUpdatedTime: stack.lastUpdatedTime,
    RollbackConfiguration: {},
    StackStatus: stack.status,
    StackStatusReason: stack.statusReason,
    DisableRollback: stack.disableRollback,
    NotificationARNs: [],
    Capabilities: capabilitiesOf(stack.capabilities),
    Outputs: stack.outputs.map((o) => ({
      OutputKey: o.key,
      OutputValue: o.value,
      Description: o.description,
      ExportName: o.exportName,
    })),
    Tags: tagsOf(stack.tags),
    EnableTerminationProtection: false,
    DriftInformation: { StackDriftStatus: 'NOT_CHECKED' },
  };
}

export function stackSummaryView(stack: Stack): StackSummary {
  return {
    StackId: stack.stackId,
    StackName: stack.stackName,
    TemplateDescription: stack.description,
    CreationTime: stack.creationTime,
    LastUpdatedTime: stack.lastUpdatedTime,
    DeletionTime: stack.deletionTime,
    StackStatus: stack.status,
    StackStatusReason: stack.statusReason,
    DriftInformation: { StackDriftStatus: 'NOT_CHECKED' },
  };
}

export function eventView(stack: Stack, e: StackEvent): SdkStackEvent {
  return {
    StackId: stack.stackId,
    EventId: e.eventId,
    StackName: stack.stackName,
    LogicalResourceId: e.logicalId,
    PhysicalResourceId: e.physicalId,
    ResourceType: e.type,
    Timestamp: e.timestamp,
    ResourceStatus: statusOf(e.status),
    ResourceStatusReason: e.reason,
  };
}

/** A resource as DescribeStackResources lists it. */
export function resourceView(stack: Stack, r: StackResource): SdkStackResource {
  return {
    StackName: stack.stackName,
    StackId: stack.stackId,
    LogicalResourceId: r.logicalId,
    PhysicalResourceId: r.physicalId,
    ResourceType: r.type,
    Timestamp: r.lastUpdated,
    ResourceStatus: statusOf(r.status),
    ResourceStatusReason: r.statusReason,
    DriftInformation: { StackResourceDriftStatus: 'NOT_CHECKED' },
  };
}

/** A resource as DescribeStackResource shows it, with its template Metadata. */
export function resourceDetailView(stack: Stack, r: StackResource): StackResourceDetail {
  return {
    StackName: stack.stackName,
    StackId: stack.stackId,
    LogicalResourceId: r.logicalId,
    PhysicalResourceId: r.physicalId,
    ResourceType: r.type,
    LastUpdatedTimestamp: r.lastUpdated,
    ResourceStatus: statusOf(r.status),
    ResourceStatusReason: r.statusReason,
    Metadata: JSON.stringify(stack.template.Resources[r.logicalId]?.Metadata ?? {}),
    DriftInformation: { StackResourceDriftStatus: 'NOT_CHECKED' },
  };
}

/** A resource as ListStackResources summarises it. */
export function resourceSummaryView(r: StackResource): StackResourceSummary {
  return {
    LogicalResourceId: r.logicalId,
    PhysicalResourceId: r.physicalId,
    ResourceType: r.type,
    LastUpdatedTimestamp: r.lastUpdated,
    ResourceStatus: statusOf(r.status),
    ResourceStatusReason: r.statusReason,
    DriftInformation: { StackResourceDriftStatus: 'NOT_CHECKED' },
  };
}

export function changeSetView(stack: Stack, cs: ChangeSet): DescribeChangeSetOutput {
  return {
    ChangeSetName: cs.name,
    ChangeSetId: cs.id,
    StackId: stack.stackId,
    StackName: stack.stackName,
    Description: cs.description,
    Parameters: parametersOf(cs.template, cs.parameters),
    CreationTime: cs.creationTime,
    ExecutionStatus: cs.executionStatus,
    Status: cs.status,
    StatusReason: cs.statusReason,
    NotificationARNs: [],
    RollbackConfiguration: {},
    Capabilities: capabilitiesOf(cs.capabilities),
    Tags: tagsOf(cs.tags),
    Changes: cs.changes.map((c) => ({
      Type: 'Resource',
      ResourceChange: {
        Action: c.action,
        LogicalResourceId: c.logicalId,
        PhysicalResourceId: c.physicalId,
        ResourceType: c.type,
        Replacement: c.replacement,
        Scope: c.scope as ResourceAttribute[],
        Details: [],
      },
    })),
    IncludeNestedStacks: false,
  };
}

export function changeSetSummaryView(stack: Stack, cs: ChangeSet): ChangeSetSummary {
  return {
    StackId: stack.stackId,
    StackName: stack.stackName,
    ChangeSetId: cs.id,
    ChangeSetName: cs.name,
    ExecutionStatus: cs.executionStatus,
    Status: cs.status,
    StatusReason: cs.statusReason,
    CreationTime: cs.creationTime,
    Description: cs.description,
    IncludeNestedStacks: false,
  };
}
