// The shapes the stack engine keeps: stacks, their resources and events, and what a resource handler is.
import type { CustomResourceChannel } from './customResponses.js';
import type { Template } from './template.js';

export type StackStatus =
  | 'CREATE_IN_PROGRESS'
  | 'CREATE_FAILED'
  | 'CREATE_COMPLETE'
  | 'ROLLBACK_IN_PROGRESS'
  | 'ROLLBACK_FAILED'
  | 'ROLLBACK_COMPLETE'
  | 'DELETE_IN_PROGRESS'
  | 'DELETE_FAILED'
  | 'DELETE_COMPLETE'
  | 'UPDATE_IN_PROGRESS'
  | 'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS'
  | 'UPDATE_COMPLETE'
  | 'UPDATE_FAILED'
  | 'UPDATE_ROLLBACK_IN_PROGRESS'
  | 'UPDATE_ROLLBACK_FAILED'
  | 'UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS'
  | 'UPDATE_ROLLBACK_COMPLETE'
  | 'REVIEW_IN_PROGRESS';

export interface StackResource {
  logicalId: string;
  type: string;
  physicalId: string;
  /** Ref's answer. */
  ref: unknown;
  /** Fn::GetAtt's answers. */
  attributes: Record<string, unknown>;
  /** Resolved properties the resource was last created or updated with. */
  properties: Record<string, unknown>;
  /** Fn::GetAtt's failure for an attribute the resource lacks, `{attribute}` standing for its name. */
  attributeError?: string;
  status: string;
  statusReason?: string;
  lastUpdated: Date;
  deletionPolicy?: string;
  /**
   * Set when no handler serves the type: an inert placeholder with AWS-shaped values stands in, listed by
   * its status reason; `fallbackArn` answers Fn::GetAtt of `*Arn` attributes its format does not list.
   */
  placeholder?: { reason: string; fallbackArn: string };
}

export interface StackEvent {
  eventId: string;
  logicalId: string;
  physicalId: string;
  type: string;
  timestamp: Date;
  status: string;
  reason?: string;
  properties?: string;
}

export interface StackOutput {
  key: string;
  value: string;
  description?: string;
  exportName?: string;
}

export interface ChangeSet {
  id: string;
  name: string;
  type: 'CREATE' | 'UPDATE';
  status: 'CREATE_PENDING' | 'CREATE_IN_PROGRESS' | 'CREATE_COMPLETE' | 'DELETE_COMPLETE' | 'FAILED';
  executionStatus:
    | 'UNAVAILABLE'
    | 'AVAILABLE'
    | 'EXECUTE_IN_PROGRESS'
    | 'EXECUTE_COMPLETE'
    | 'EXECUTE_FAILED'
    | 'OBSOLETE';
  statusReason?: string;
  description?: string;
  creationTime: Date;
  templateBody: string;
  template: Template;
  parameters: Record<string, string>;
  capabilities: string[];
  tags: { Key: string; Value: string }[];
  changes: ResourceChange[];
}

export interface ResourceChange {
  action: 'Add' | 'Modify' | 'Remove';
  logicalId: string;
  physicalId?: string;
  type: string;
  replacement?: 'True' | 'False' | 'Conditional';
  scope: string[];
}

/** What CreateStack, UpdateStack and a change set hand the engine. */
export interface StackInput {
  stackName: string;
  templateBody: string;
  parameters?: Record<string, string>;
  /** Names of parameters whose previous value is kept (UsePreviousValue). */
  previousParameters?: string[];
  capabilities?: string[];
  tags?: { Key: string; Value: string }[];
  disableRollback?: boolean;
}

export interface Stack {
  stackId: string;
  stackName: string;
  region: string;
  status: StackStatus;
  statusReason?: string;
  description?: string;
  creationTime: Date;
  lastUpdatedTime?: Date;
  deletionTime?: Date;
  templateBody: string;
  template: Template;
  /** Given parameter values (before defaults), as the caller passed them. */
  parameterValues: Record<string, string>;
  /** Every parameter's value in use, NoEcho ones included. */
  parameters: Record<string, string>;
  capabilities: string[];
  tags: { Key: string; Value: string }[];
  resources: Map<string, StackResource>;
  outputs: StackOutput[];
  events: StackEvent[];
  changeSets: Map<string, ChangeSet>;
  disableRollback: boolean;
  /** Settles when the running operation ends (tests and the CLI wait on it). */
  operation?: Promise<void>;
}

/** What a handler gets to create, update and delete one resource. */
export interface HandlerContext {
  stackName: string;
  stackId: string;
  logicalId: string;
  /** The resource's type, as the template names it. */
  resourceType: string;
  region: string;
  accountId: string;
  partition: string;
  /** The local cloud's own URL, for the SDK clients of the services. */
  endpoint: string;
  /** A key pair the local cloud accepts, for those clients to sign with. */
  credentials: { accessKeyId: string; secretAccessKey: string };
  /** A CloudFormation-style generated name, when the template gives none. */
  physicalName(options?: { maxLength?: number; lowercase?: boolean; suffix?: string }): string;
  warn(message: string): void;
  /** Where custom resources send their requests and wait for the provider's answer. */
  customResources: CustomResourceChannel;
}

export interface Provisioned {
  physicalId: string;
  ref?: unknown;
  attributes?: Record<string, unknown>;
  /** See StackResource.attributeError. */
  attributeError?: string;
}

export interface ResourceHandler {
  /** The property that names the physical resource: a resource named so can't be replaced in place. */
  nameProperty?: string;
  /** Properties whose change replaces the resource (a new physical resource, the old one deleted). */
  replaceOn?: string[];
  /** Properties the template must give. */
  required?: string[];
  /** An in-place update that answers another physical id replaced the resource (custom resources). */
  newIdReplaces?: boolean;
  create(ctx: HandlerContext, props: Record<string, unknown>): Promise<Provisioned>;
  /** In-place update; missing means every change replaces. */
  update?(ctx: HandlerContext, current: StackResource, props: Record<string, unknown>): Promise<Provisioned>;
  delete(ctx: HandlerContext, current: StackResource): Promise<void>;
}
