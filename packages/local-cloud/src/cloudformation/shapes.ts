// The XML shapes of CloudFormation answers: stacks, resources, events, change sets, parameters.

import type { XmlNode } from '../protocol/xml.js';
import type { StackEngine } from '../stacks/engine.js';
import { shownValue } from '../stacks/parameters.js';
import type { ChangeSet, Stack, StackEvent, StackResource } from '../stacks/types.js';

export const NAMESPACE = 'http://cloudformation.amazonaws.com/doc/2010-05-15/';

export const iso = (d: Date | undefined) => d?.toISOString();

export const members = <T>(items: T[], fn: (t: T) => XmlNode | string): XmlNode => ({
  member: items.map(fn),
});

export function parametersXml(stack: {
  template: Stack['template'];
  parameters: Record<string, string>;
}): XmlNode {
  return members(Object.entries(stack.parameters), ([k, v]) => ({
    ParameterKey: k,
    ParameterValue: shownValue(stack.template, k, v),
  }));
}

export function stackXml(stack: Stack): XmlNode {
  return {
    StackId: stack.stackId,
    StackName: stack.stackName,
    Description: stack.description,
    Parameters: parametersXml(stack),
    CreationTime: iso(stack.creationTime),
    DeletionTime: iso(stack.deletionTime),
    LastUpdatedTime: iso(stack.lastUpdatedTime),
    RollbackConfiguration: {},
    StackStatus: stack.status,
    StackStatusReason: stack.statusReason,
    DisableRollback: stack.disableRollback,
    NotificationARNs: {},
    Capabilities: members(stack.capabilities, (c) => c),
    Outputs: members(stack.outputs, (o) => ({
      OutputKey: o.key,
      OutputValue: o.value,
      Description: o.description,
      ExportName: o.exportName,
    })),
    Tags: members(stack.tags, (t) => ({ Key: t.Key, Value: t.Value })),
    EnableTerminationProtection: false,
    DriftInformation: { StackDriftStatus: 'NOT_CHECKED' },
  };
}

export function stackSummaryXml(stack: Stack): XmlNode {
  return {
    StackId: stack.stackId,
    StackName: stack.stackName,
    TemplateDescription: stack.description,
    CreationTime: iso(stack.creationTime),
    LastUpdatedTime: iso(stack.lastUpdatedTime),
    DeletionTime: iso(stack.deletionTime),
    StackStatus: stack.status,
    StackStatusReason: stack.statusReason,
    DriftInformation: { StackDriftStatus: 'NOT_CHECKED' },
  };
}

export function eventXml(stack: Stack, e: StackEvent): XmlNode {
  return {
    StackId: stack.stackId,
    EventId: e.eventId,
    StackName: stack.stackName,
    LogicalResourceId: e.logicalId,
    PhysicalResourceId: e.physicalId,
    ResourceType: e.type,
    Timestamp: iso(e.timestamp),
    ResourceStatus: e.status,
    ResourceStatusReason: e.reason,
  };
}

export function resourceXml(
  stack: Stack,
  r: StackResource,
  kind: 'detail' | 'resource' | 'summary',
): XmlNode {
  const common: XmlNode = {
    LogicalResourceId: r.logicalId,
    PhysicalResourceId: r.physicalId,
    ResourceType: r.type,
  };
  if (kind === 'summary') {
    return {
      ...common,
      LastUpdatedTimestamp: iso(r.lastUpdated),
      ResourceStatus: r.status,
      ResourceStatusReason: r.statusReason,
      DriftInformation: { StackResourceDriftStatus: 'NOT_CHECKED' },
    };
  }
  return {
    StackName: stack.stackName,
    StackId: stack.stackId,
    ...common,
    [kind === 'detail' ? 'LastUpdatedTimestamp' : 'Timestamp']: iso(r.lastUpdated),
    ResourceStatus: r.status,
    ResourceStatusReason: r.statusReason,
    ...(kind === 'detail'
      ? { Metadata: JSON.stringify(stack.template.Resources[r.logicalId]?.Metadata ?? {}) }
      : {}),
    DriftInformation: { StackResourceDriftStatus: 'NOT_CHECKED' },
  };
}

export function changeSetXml(stack: Stack, cs: ChangeSet): XmlNode {
  return {
    ChangeSetName: cs.name,
    ChangeSetId: cs.id,
    StackId: stack.stackId,
    StackName: stack.stackName,
    Description: cs.description,
    Parameters: parametersXml({ template: cs.template, parameters: cs.parameters }),
    CreationTime: iso(cs.creationTime),
    ExecutionStatus: cs.executionStatus,
    Status: cs.status,
    StatusReason: cs.statusReason,
    NotificationARNs: {},
    RollbackConfiguration: {},
    Capabilities: members(cs.capabilities, (c) => c),
    Tags: members(cs.tags, (t) => ({ Key: t.Key, Value: t.Value })),
    Changes: members(cs.changes, (c) => ({
      Type: 'Resource',
      ResourceChange: {
        Action: c.action,
        LogicalResourceId: c.logicalId,
        PhysicalResourceId: c.physicalId,
        ResourceType: c.type,
        Replacement: c.replacement,
        Scope: members(c.scope, (s) => s),
        Details: {},
      },
    })),
    IncludeNestedStacks: false,
  };
}

export function changeSetSummaryXml(stack: Stack, cs: ChangeSet): XmlNode {
  return {
    StackId: stack.stackId,
    StackName: stack.stackName,
    ChangeSetId: cs.id,
    ChangeSetName: cs.name,
    ExecutionStatus: cs.executionStatus,
    Status: cs.status,
    StatusReason: cs.statusReason,
    CreationTime: iso(cs.creationTime),
    Description: cs.description,
    IncludeNestedStacks: false,
  };
}

export type Operation = (
  engine: StackEngine,
  form: Record<string, string>,
  req: import('../protocol/request.js').LocalRequest,
) => string | undefined | Promise<string | undefined>;
