// The stack engine: creates, updates and deletes stacks resource by resource, with rollback, outputs,
// exports, events and change sets. One engine per local cloud; handlers drive the services' public APIs.
import { randomUUID } from 'node:crypto';
import type { LocalCloud } from '../cloud.js';
import { AwsError } from '../protocol/errors.js';
import { canonical } from './canonical.js';
import { computeChanges } from './changes.js';
import { creationOrder, dependencies } from './graph.js';
import {
  checkShapes,
  evaluateConditions,
  type IntrinsicContext,
  resolve,
  templateError,
} from './intrinsics.js';
import { physicalName } from './names.js';
import { parameterValues, resolveParameters } from './parameters.js';
import { handlerFor } from './resources/index.js';
import { parseTemplate, type Template, type TemplateResource } from './template.js';
import type {
  ChangeSet,
  HandlerContext,
  PollerRegistry,
  Provisioned,
  Stack,
  StackEvent,
  StackOutput,
  StackResource,
  StackStatus,
} from './types.js';

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

/** Stack tag that makes unsupported resource types a warning instead of a failure. */
export const SKIP_UNSUPPORTED_TAG = 'local-cloud:skip-unsupported';

const STABLE: StackStatus[] = [
  'CREATE_COMPLETE',
  'UPDATE_COMPLETE',
  'UPDATE_ROLLBACK_COMPLETE',
  'ROLLBACK_COMPLETE',
  'CREATE_FAILED',
  'UPDATE_ROLLBACK_FAILED',
  'DELETE_FAILED',
  'ROLLBACK_FAILED',
  'REVIEW_IN_PROGRESS',
];

const UPDATABLE: StackStatus[] = ['CREATE_COMPLETE', 'UPDATE_COMPLETE', 'UPDATE_ROLLBACK_COMPLETE'];

interface Plan {
  template: Template;
  parameters: Record<string, string>;
  conditions: Record<string, boolean>;
  order: string[];
}

export class StackEngine {
  /** Every stack ever made, deleted ones included (DescribeStacks by id and ListStacks show them). */
  readonly stacks: Stack[] = [];
  private readonly pollerStops = new Map<string, () => Promise<void>>();
  readonly pollers: PollerRegistry = {
    start: (id, stop) => {
      this.pollerStops.set(id, stop);
    },
    stop: async (id) => {
      const stop = this.pollerStops.get(id);
      this.pollerStops.delete(id);
      await stop?.();
    },
  };

  constructor(private readonly cloud: LocalCloud) {}

  /** The live stack with this name or id (a deleted one only by id), or undefined. */
  find(region: string, nameOrId: string): Stack | undefined {
    if (nameOrId.startsWith('arn:')) return this.stacks.find((s) => s.stackId === nameOrId);
    return this.stacks.find(
      (s) => s.region === region && s.stackName === nameOrId && s.status !== 'DELETE_COMPLETE',
    );
  }

  /** As find, with CloudFormation's error for a missing stack. */
  get(region: string, nameOrId: string): Stack {
    const s = this.find(region, nameOrId);
    if (!s) throw new AwsError('ValidationError', `Stack with id ${nameOrId} does not exist`);
    return s;
  }

  exportsOf(region: string): { name: string; value: string; stackId: string }[] {
    const out: { name: string; value: string; stackId: string }[] = [];
    for (const s of this.stacks) {
      if (s.region !== region || s.status === 'DELETE_COMPLETE' || s.status === 'REVIEW_IN_PROGRESS')
        continue;
      for (const o of s.outputs)
        if (o.exportName) out.push({ name: o.exportName, value: o.value, stackId: s.stackId });
    }
    return out;
  }

  /** Stacks (other than `self`) whose last deploy imported the export. */
  importers(region: string, exportName: string, self?: Stack): Stack[] {
    return this.stacks.filter(
      (s) =>
        s !== self &&
        s.region === region &&
        s.status !== 'DELETE_COMPLETE' &&
        (this.imports.get(s.stackId)?.has(exportName) ?? false),
    );
  }

  private readonly imports = new Map<string, Set<string>>();

  /** Checks the template and parameters the way CloudFormation does before it starts. */
  plan(
    region: string,
    stackName: string,
    body: string,
    given: Record<string, string>,
    previous?: Record<string, string>,
  ): Plan {
    const template = parseTemplate(body);
    if (template.Transform !== undefined) {
      const names = Array.isArray(template.Transform) ? template.Transform : [template.Transform];
      throw new AwsError(
        'ValidationError',
        `Template format error: transform ${names.map(String).join(', ')} is not supported by this local cloud (SAM templates must be transformed first, e.g. with 'sam package' or 'sam build')`,
      );
    }
    const parameters = resolveParameters(template, given, previous);
    const ctx = this.intrinsicContext(region, stackName, 'arn:pending', template, parameters, {}, new Map());
    const conditions = evaluateConditions(template.Conditions ?? {}, ctx);
    const order = creationOrder(dependencies(template));
    for (const [id, r] of Object.entries(template.Resources)) {
      checkShapes(r.Properties ?? {}, `/Resources/${id}/Properties`, conditions);
    }
    for (const [id, o] of Object.entries(template.Outputs ?? {}))
      checkShapes(o, `/Outputs/${id}`, conditions);
    for (const [id, r] of Object.entries(template.Resources)) {
      if (r.Condition !== undefined && !(r.Condition in conditions)) {
        throw templateError(`Unresolved condition dependency ${r.Condition} in resource ${id}`);
      }
    }
    return { template, parameters, conditions, order };
  }

  createStack(region: string, input: StackInput): Stack {
    if (this.find(region, input.stackName)) {
      throw new AwsError('AlreadyExistsException', `Stack [${input.stackName}] already exists`);
    }
    this.checkName(input.stackName);
    const plan = this.plan(region, input.stackName, input.templateBody, input.parameters ?? {});
    const stack = this.newStack(region, input, plan);
    this.stacks.push(stack);
    stack.operation = this.runCreate(stack, plan);
    return stack;
  }

  updateStack(region: string, nameOrId: string, input: StackInput): Stack {
    const stack = this.get(region, nameOrId);
    if (!UPDATABLE.includes(stack.status)) {
      throw new AwsError(
        'ValidationError',
        `Stack:${stack.stackId} is in ${stack.status} state and can not be updated.`,
      );
    }
    const previous = previousValues(stack, input);
    const plan = this.plan(region, stack.stackName, input.templateBody, input.parameters ?? {}, previous);
    if (
      canonical(plan.template) === canonical(stack.template) &&
      canonical(plan.parameters) === canonical(stack.parameters) &&
      (input.tags === undefined || canonical(input.tags) === canonical(stack.tags))
    ) {
      throw new AwsError('ValidationError', 'No updates are to be performed.');
    }
    stack.operation = this.runUpdate(stack, input, plan);
    return stack;
  }

  deleteStack(region: string, nameOrId: string): Stack | undefined {
    const stack = this.find(region, nameOrId);
    if (!stack || stack.status === 'DELETE_COMPLETE' || stack.status === 'DELETE_IN_PROGRESS') return stack;
    if (!STABLE.includes(stack.status)) {
      // CloudFormation queues the delete after the running operation; so do we.
      const previous = stack.operation ?? Promise.resolve();
      stack.operation = previous.then(() => this.runDelete(stack));
      return stack;
    }
    stack.operation = this.runDelete(stack);
    return stack;
  }

  createChangeSet(
    region: string,
    input: StackInput & { changeSetName: string; changeSetType?: string; description?: string },
  ): { stack: Stack; changeSet: ChangeSet } {
    const type = input.changeSetType === 'CREATE' ? 'CREATE' : 'UPDATE';
    let stack = this.find(region, input.stackName);
    if (type === 'CREATE') {
      if (stack && stack.status !== 'REVIEW_IN_PROGRESS') {
        throw new AwsError(
          'AlreadyExistsException',
          `Stack [${input.stackName}] already exists and cannot be created again with the changeSet [${input.changeSetName}].`,
        );
      }
    } else if (!stack || stack.status === 'REVIEW_IN_PROGRESS') {
      throw new AwsError('ValidationError', `Stack [${input.stackName}] does not exist`);
    }
    if (stack?.changeSets.has(input.changeSetName)) {
      throw new AwsError('AlreadyExistsException', `ChangeSet ${input.changeSetName} already exists`);
    }
    this.checkName(input.stackName);
    const previous = stack ? previousValues(stack, input) : {};
    const plan = this.plan(region, input.stackName, input.templateBody, input.parameters ?? {}, previous);
    if (!stack) {
      stack = this.newStack(region, input, plan);
      stack.status = 'REVIEW_IN_PROGRESS';
      stack.statusReason = 'User Initiated';
      stack.template = { Resources: {} };
      stack.templateBody = '{"Resources":{}}';
      this.stacks.push(stack);
      this.stackEvent(stack, 'REVIEW_IN_PROGRESS', 'User Initiated');
    }
    const changes = computeChanges(stack, plan.template, plan.parameters);
    const noChanges =
      type === 'UPDATE' &&
      changes.length === 0 &&
      canonical(plan.template.Outputs ?? {}) === canonical(stack.template.Outputs ?? {});
    const cs: ChangeSet = {
      id: `arn:aws:cloudformation:${region}:${this.cloud.accountId}:changeSet/${input.changeSetName}/${randomUUID()}`,
      name: input.changeSetName,
      type,
      status: noChanges ? 'FAILED' : 'CREATE_COMPLETE',
      executionStatus: noChanges ? 'UNAVAILABLE' : 'AVAILABLE',
      statusReason: noChanges
        ? "The submitted information didn't contain changes. Submit different information to create a change set."
        : undefined,
      description: input.description,
      creationTime: new Date(),
      templateBody: input.templateBody,
      template: plan.template,
      parameters: plan.parameters,
      capabilities: input.capabilities ?? [],
      tags: input.tags ?? stack.tags,
      changes,
    };
    stack.changeSets.set(cs.name, cs);
    return { stack, changeSet: cs };
  }

  /** The change set by ARN, or by name within a stack. */
  findChangeSet(
    region: string,
    changeSetName: string,
    stackName?: string,
  ): { stack: Stack; changeSet: ChangeSet } {
    for (const stack of this.stacks) {
      if (stack.region !== region) continue;
      if (changeSetName.startsWith('arn:')) {
        for (const cs of stack.changeSets.values())
          if (cs.id === changeSetName) return { stack, changeSet: cs };
      } else if (
        stackName &&
        (stack.stackName === stackName || stack.stackId === stackName) &&
        stack.status !== 'DELETE_COMPLETE'
      ) {
        const cs = stack.changeSets.get(changeSetName);
        if (cs) return { stack, changeSet: cs };
      }
    }
    throw new AwsError('ChangeSetNotFound', `ChangeSet [${changeSetName}] does not exist`, 404);
  }

  executeChangeSet(region: string, changeSetName: string, stackName?: string): void {
    const { stack, changeSet } = this.findChangeSet(region, changeSetName, stackName);
    if (changeSet.executionStatus !== 'AVAILABLE') {
      throw new AwsError(
        'InvalidChangeSetStatus',
        `ChangeSet [${changeSet.id}] cannot be executed in its current status of [${changeSet.status}]`,
      );
    }
    const plan = this.plan(region, stack.stackName, changeSet.templateBody, changeSet.parameters);
    changeSet.executionStatus = 'EXECUTE_IN_PROGRESS';
    const input: StackInput = {
      stackName: stack.stackName,
      templateBody: changeSet.templateBody,
      parameters: changeSet.parameters,
      capabilities: changeSet.capabilities,
      tags: changeSet.tags,
    };
    for (const other of stack.changeSets.values())
      if (other !== changeSet) other.executionStatus = 'OBSOLETE';
    const run =
      changeSet.type === 'CREATE' ? this.runCreate(stack, plan, input) : this.runUpdate(stack, input, plan);
    stack.operation = run.then(() => {
      const ok = stack.status === 'CREATE_COMPLETE' || stack.status === 'UPDATE_COMPLETE';
      changeSet.executionStatus = ok ? 'EXECUTE_COMPLETE' : 'EXECUTE_FAILED';
      // AWS removes a stack's change sets once one is executed.
      stack.changeSets.clear();
    });
  }

  deleteChangeSet(region: string, changeSetName: string, stackName?: string): void {
    // Deleting a change set name the stack doesn't have succeeds (the Serverless Framework relies on it).
    if (!changeSetName.startsWith('arn:') && stackName && this.find(region, stackName)) {
      if (!this.get(region, stackName).changeSets.has(changeSetName)) return;
    }
    const { stack, changeSet } = this.findChangeSet(region, changeSetName, stackName);
    if (changeSet.executionStatus === 'EXECUTE_IN_PROGRESS') {
      throw new AwsError(
        'InvalidChangeSetStatus',
        `ChangeSet [${changeSet.id}] cannot be deleted in its current status of [${changeSet.status}]`,
      );
    }
    stack.changeSets.delete(changeSet.name);
  }

  async stop(): Promise<void> {
    await Promise.allSettled(this.stacks.map((s) => s.operation));
    await Promise.allSettled([...this.pollerStops.keys()].map((id) => this.pollers.stop(id)));
  }

  // --- operations -------------------------------------------------------------------------------

  private async runCreate(stack: Stack, plan: Plan, input?: StackInput): Promise<void> {
    if (input) {
      stack.capabilities = input.capabilities ?? [];
      stack.tags = input.tags ?? [];
    }
    stack.template = plan.template;
    stack.templateBody = input?.templateBody ?? stack.templateBody;
    stack.parameters = plan.parameters;
    stack.description = plan.template.Description;
    stack.creationTime = new Date();
    this.setStatus(stack, 'CREATE_IN_PROGRESS', 'User Initiated');
    await tick();
    const created: string[] = [];
    let failure: { id: string; reason: string } | undefined;
    for (const id of plan.order) {
      if (!this.included(plan, id)) continue;
      try {
        await this.createResource(stack, plan, id);
        created.push(id);
      } catch (err) {
        failure = { id, reason: reasonOf(err) };
        break;
      }
    }
    if (!failure) {
      try {
        this.finishOutputs(stack, plan);
        this.setStatus(stack, 'CREATE_COMPLETE');
        return;
      } catch (err) {
        failure = { id: stack.stackName, reason: reasonOf(err) };
      }
    }
    if (stack.disableRollback) {
      this.setStatus(stack, 'CREATE_FAILED', `The following resource(s) failed to create: [${failure.id}]. `);
      return;
    }
    this.setStatus(
      stack,
      'ROLLBACK_IN_PROGRESS',
      failure.id === stack.stackName
        ? failure.reason
        : `The following resource(s) failed to create: [${failure.id}]. Rollback requested by user.`,
    );
    const ok = await this.deleteAll(stack, created.reverse(), true);
    stack.outputs = [];
    this.setStatus(stack, ok ? 'ROLLBACK_COMPLETE' : 'ROLLBACK_FAILED');
  }

  private async runUpdate(stack: Stack, input: StackInput, plan: Plan): Promise<void> {
    const before = {
      template: stack.template,
      templateBody: stack.templateBody,
      parameters: stack.parameters,
      resources: new Map(stack.resources),
      outputs: stack.outputs,
      tags: stack.tags,
      capabilities: stack.capabilities,
      description: stack.description,
    };
    stack.template = plan.template;
    stack.templateBody = input.templateBody;
    stack.parameters = plan.parameters;
    stack.tags = input.tags ?? stack.tags;
    stack.capabilities = input.capabilities ?? stack.capabilities;
    stack.description = plan.template.Description;
    stack.lastUpdatedTime = new Date();
    this.setStatus(stack, 'UPDATE_IN_PROGRESS', 'User Initiated');
    await tick();
    // What was done, to undo on failure: added ids, in-place updates (old resource), replacements (old).
    const undo: { kind: 'added' | 'updated' | 'replaced'; id: string; old?: StackResource }[] = [];
    let failure: { id: string; reason: string } | undefined;
    for (const id of plan.order) {
      if (!this.included(plan, id)) continue;
      const old = before.resources.get(id);
      try {
        if (!old) {
          await this.createResource(stack, plan, id);
          undo.push({ kind: 'added', id });
          continue;
        }
        const kind = await this.updateResource(stack, plan, id, old);
        if (kind) undo.push({ kind, id, old });
      } catch (err) {
        failure = { id, reason: reasonOf(err) };
        break;
      }
    }
    if (!failure) {
      try {
        this.finishOutputs(stack, plan);
      } catch (err) {
        failure = { id: stack.stackName, reason: reasonOf(err) };
      }
    }
    if (!failure) {
      this.setStatus(stack, 'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS');
      const removed = [...before.resources.keys()].filter(
        (id) => !(id in plan.template.Resources) || !this.included(plan, id),
      );
      const oldOrder = safeOrder(before.template).reverse();
      const toDelete = oldOrder.filter((id) => removed.includes(id));
      await this.deleteAll(stack, toDelete, false);
      for (const u of undo.filter((u) => u.kind === 'replaced')) {
        await this.deleteOne(stack, u.old!, false).catch(() => undefined);
      }
      this.setStatus(stack, 'UPDATE_COMPLETE');
      return;
    }
    this.setStatus(
      stack,
      'UPDATE_ROLLBACK_IN_PROGRESS',
      failure.id === stack.stackName
        ? failure.reason
        : `The following resource(s) failed to update: [${failure.id}]. `,
    );
    let ok = true;
    for (const u of undo.reverse()) {
      try {
        if (u.kind === 'added') {
          const r = stack.resources.get(u.id);
          if (r) await this.deleteOne(stack, r, true);
          stack.resources.delete(u.id);
        } else if (u.kind === 'updated') {
          await this.revertUpdate(stack, u.id, u.old!);
        } else {
          const r = stack.resources.get(u.id);
          if (r && r.physicalId !== u.old!.physicalId) await this.deleteOne(stack, r, true);
          stack.resources.set(u.id, u.old!);
        }
      } catch (err) {
        ok = false;
        this.cloud.log('error', `rollback of ${u.id} in ${stack.stackName}: ${reasonOf(err)}`);
      }
    }
    Object.assign(stack, {
      template: before.template,
      templateBody: before.templateBody,
      parameters: before.parameters,
      outputs: before.outputs,
      tags: before.tags,
      capabilities: before.capabilities,
      description: before.description,
    });
    for (const [id, r] of before.resources) if (!stack.resources.has(id)) stack.resources.set(id, r);
    this.setStatus(stack, ok ? 'UPDATE_ROLLBACK_COMPLETE' : 'UPDATE_ROLLBACK_FAILED');
  }

  private async runDelete(stack: Stack): Promise<void> {
    this.setStatus(stack, 'DELETE_IN_PROGRESS', 'User Initiated');
    await tick();
    for (const o of stack.outputs) {
      if (!o.exportName) continue;
      const users = this.importers(stack.region, o.exportName, stack);
      if (users.length > 0) {
        this.setStatus(
          stack,
          'DELETE_FAILED',
          `Export ${o.exportName} cannot be deleted as it is in use by ${users.map((u) => u.stackName).join(', ')}`,
        );
        return;
      }
    }
    const order = safeOrder(stack.template).filter((id) => stack.resources.has(id));
    const rest = [...stack.resources.keys()].filter((id) => !order.includes(id));
    const ok = await this.deleteAll(stack, [...order.reverse(), ...rest], false);
    if (!ok) {
      const failed = [...stack.resources.keys()];
      this.setStatus(
        stack,
        'DELETE_FAILED',
        `The following resource(s) failed to delete: [${failed.join(', ')}]. `,
      );
      return;
    }
    stack.outputs = [];
    this.imports.delete(stack.stackId);
    stack.deletionTime = new Date();
    this.setStatus(stack, 'DELETE_COMPLETE');
  }

  // --- one resource -----------------------------------------------------------------------------

  private included(plan: Plan, id: string): boolean {
    const c = plan.template.Resources[id].Condition;
    return c === undefined || plan.conditions[c] === true;
  }

  /** The resource's resolved properties; a failure is recorded as the `failed` event, then thrown. */
  private resolveProps(
    stack: Stack,
    plan: Plan,
    id: string,
    physicalId: string,
    failed: 'CREATE_FAILED' | 'UPDATE_FAILED',
  ): Record<string, unknown> {
    const def = plan.template.Resources[id];
    try {
      return resolve(def.Properties ?? {}, this.stackContext(stack, plan)) as Record<string, unknown>;
    } catch (err) {
      this.resourceEvent(stack, id, physicalId, def.Type, failed, reasonOf(err));
      throw err;
    }
  }

  /** Stores what a handler provisioned as the stack's resource and records the completing event. */
  private provisioned(
    stack: Stack,
    id: string,
    def: TemplateResource,
    props: Record<string, unknown>,
    made: Provisioned,
    status: 'CREATE_COMPLETE' | 'UPDATE_COMPLETE',
  ): void {
    const r: StackResource = {
      logicalId: id,
      type: def.Type,
      physicalId: made.physicalId,
      ref: made.ref ?? made.physicalId,
      attributes: made.attributes ?? {},
      properties: props,
      status,
      statusReason: this.takeWarnings(stack, id),
      lastUpdated: new Date(),
      deletionPolicy: def.DeletionPolicy,
    };
    stack.resources.set(id, r);
    this.resourceEvent(stack, id, r.physicalId, def.Type, status, r.statusReason);
  }

  private async createResource(stack: Stack, plan: Plan, id: string): Promise<void> {
    const def = plan.template.Resources[id];
    this.resourceEvent(stack, id, '', def.Type, 'CREATE_IN_PROGRESS');
    const props = this.resolveProps(stack, plan, id, '', 'CREATE_FAILED');
    const handler = handlerFor(def.Type);
    if (!handler) {
      const message = `Resource type ${def.Type} of resource ${id} is not supported by this local cloud`;
      if (stack.tags.some((t) => t.Key === SKIP_UNSUPPORTED_TAG && t.Value === 'true')) {
        this.warn(stack, `${message}; skipped`);
        stack.resources.set(id, {
          logicalId: id,
          type: def.Type,
          physicalId: `${stack.stackName}-${id}-SKIPPED`,
          ref: `${stack.stackName}-${id}-SKIPPED`,
          attributes: {},
          properties: props,
          status: 'CREATE_COMPLETE',
          statusReason: `Skipped: ${message}`,
          lastUpdated: new Date(),
          deletionPolicy: 'Retain',
        });
        this.resourceEvent(stack, id, '', def.Type, 'CREATE_COMPLETE', `Skipped: ${message}`);
        return;
      }
      this.resourceEvent(stack, id, '', def.Type, 'CREATE_FAILED', message);
      throw new Error(message);
    }
    const missing = (handler.required ?? []).filter((p) => props[p] === undefined);
    try {
      if (missing.length > 0) {
        throw new Error(
          `Properties validation failed for resource ${id} with message: #: required key [${missing[0]}] not found`,
        );
      }
      const made = await handler.create(this.handlerContext(stack, id), props);
      this.provisioned(stack, id, def, props, made, 'CREATE_COMPLETE');
    } catch (err) {
      this.takeWarnings(stack, id);
      this.resourceEvent(stack, id, '', def.Type, 'CREATE_FAILED', reasonOf(err));
      throw err;
    }
  }

  /** Updates in place or replaces when needed; undefined when nothing changed. */
  private async updateResource(
    stack: Stack,
    plan: Plan,
    id: string,
    old: StackResource,
  ): Promise<'updated' | 'replaced' | undefined> {
    const def = plan.template.Resources[id];
    const props = this.resolveProps(stack, plan, id, old.physicalId, 'UPDATE_FAILED');
    if (def.Type === old.type && canonical(props) === canonical(old.properties)) return undefined;
    const handler = handlerFor(def.Type);
    const replace =
      def.Type !== old.type ||
      !handler?.update ||
      (handler.replaceOn ?? []).some((p) => canonical(props[p]) !== canonical(old.properties[p]));
    if (!handler) {
      if (old.statusReason?.startsWith('Skipped')) return undefined;
      throw new Error(`Resource type ${def.Type} of resource ${id} is not supported by this local cloud`);
    }
    this.resourceEvent(
      stack,
      id,
      old.physicalId,
      def.Type,
      'UPDATE_IN_PROGRESS',
      replace
        ? 'Requested update requires the creation of a new physical resource; hence creating one.'
        : undefined,
    );
    try {
      const ctx = this.handlerContext(stack, id);
      const made = replace ? await handler.create(ctx, props) : await handler.update!(ctx, old, props);
      this.provisioned(stack, id, def, props, made, 'UPDATE_COMPLETE');
      return replace ? 'replaced' : 'updated';
    } catch (err) {
      this.resourceEvent(stack, id, old.physicalId, def.Type, 'UPDATE_FAILED', reasonOf(err));
      throw err;
    }
  }

  private async revertUpdate(stack: Stack, id: string, old: StackResource): Promise<void> {
    const handler = handlerFor(old.type)!;
    const current = stack.resources.get(id)!;
    this.resourceEvent(stack, id, current.physicalId, old.type, 'UPDATE_IN_PROGRESS');
    await handler.update!(this.handlerContext(stack, id), current, old.properties);
    stack.resources.set(id, old);
    this.resourceEvent(stack, id, old.physicalId, old.type, 'UPDATE_COMPLETE');
  }

  private async deleteOne(stack: Stack, r: StackResource, rollback: boolean): Promise<void> {
    if (!rollback && r.deletionPolicy === 'Retain') {
      this.resourceEvent(stack, r.logicalId, r.physicalId, r.type, 'DELETE_SKIPPED');
      return;
    }
    this.resourceEvent(stack, r.logicalId, r.physicalId, r.type, 'DELETE_IN_PROGRESS');
    const handler = handlerFor(r.type);
    try {
      if (handler && !r.statusReason?.startsWith('Skipped'))
        await handler.delete(this.handlerContext(stack, r.logicalId), r);
    } catch (err) {
      this.resourceEvent(stack, r.logicalId, r.physicalId, r.type, 'DELETE_FAILED', reasonOf(err));
      throw err;
    }
    this.resourceEvent(stack, r.logicalId, r.physicalId, r.type, 'DELETE_COMPLETE');
  }

  /** Deletes in the given order; returns false when one failed (the failed ones stay in the stack). */
  private async deleteAll(stack: Stack, ids: string[], rollback: boolean): Promise<boolean> {
    let ok = true;
    for (const id of ids) {
      const r = stack.resources.get(id);
      if (!r) continue;
      try {
        await this.deleteOne(stack, r, rollback);
        stack.resources.delete(id);
      } catch {
        ok = false;
      }
    }
    return ok;
  }

  private finishOutputs(stack: Stack, plan: Plan): void {
    const ctx = this.stackContext(stack, plan);
    const outputs: StackOutput[] = [];
    for (const [key, o] of Object.entries(plan.template.Outputs ?? {})) {
      if (o.Condition !== undefined && !plan.conditions[o.Condition]) continue;
      const value = resolve(o.Value, ctx);
      const exportName = o.Export ? String(resolve(o.Export.Name, ctx)) : undefined;
      outputs.push({
        key,
        value: Array.isArray(value)
          ? value.join(',')
          : typeof value === 'string'
            ? value
            : JSON.stringify(value),
        description: o.Description,
        exportName,
      });
    }
    const others = this.exportsOf(stack.region).filter((e) => e.stackId !== stack.stackId);
    for (const o of outputs) {
      const taken = others.find((e) => e.name === o.exportName);
      if (taken) {
        const owner = this.stacks.find((s) => s.stackId === taken.stackId);
        throw new Error(`Export with name ${o.exportName} is already exported by stack ${owner?.stackName}`);
      }
    }
    for (const old of stack.outputs) {
      if (!old.exportName) continue;
      const users = this.importers(stack.region, old.exportName, stack);
      if (users.length === 0) continue;
      const now = outputs.find((o) => o.exportName === old.exportName);
      if (!now)
        throw new Error(`Cannot delete export ${old.exportName} as it is in use by ${users[0].stackName}.`);
      if (now.value !== old.value) {
        throw new Error(`Cannot update export ${old.exportName} as it is in use by ${users[0].stackName}.`);
      }
    }
    stack.outputs = outputs;
    this.imports.set(stack.stackId, this.pendingImports.get(stack.stackId) ?? new Set());
    this.pendingImports.delete(stack.stackId);
  }

  private readonly pendingImports = new Map<string, Set<string>>();
  /** Warnings of the running handler call, shown as the resource's status reason (`Warning: ...`). */
  private readonly resourceWarnings = new Map<string, string[]>();

  private takeWarnings(stack: Stack, id: string): string | undefined {
    const list = this.resourceWarnings.get(`${stack.stackId} ${id}`);
    this.resourceWarnings.delete(`${stack.stackId} ${id}`);
    return list && list.length > 0 ? `Warning: ${list.join('; ')}` : undefined;
  }

  // --- contexts ---------------------------------------------------------------------------------

  intrinsicContext(
    region: string,
    stackName: string,
    stackId: string,
    template: Template,
    parameters: Record<string, string>,
    conditions: Record<string, boolean>,
    resources: Map<string, StackResource>,
    stack?: Stack,
  ): IntrinsicContext {
    return {
      pseudo: {
        'AWS::AccountId': this.cloud.accountId,
        'AWS::Region': region,
        'AWS::Partition': partitionOf(region),
        'AWS::StackName': stackName,
        'AWS::StackId': stackId,
        'AWS::URLSuffix': region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com',
        'AWS::NotificationARNs': [],
      },
      parameters: parameterValues(template, parameters),
      conditions,
      mappings: template.Mappings ?? {},
      ref: (id) => {
        const r = resources.get(id);
        if (!r) {
          if (id in template.Resources)
            throw templateError(`Resource ${id} is not created (its condition is false or it failed)`);
          throw new AwsError(
            'ValidationError',
            `Template format error: Unresolved resource dependencies [${id}] in the Resources block of the template`,
          );
        }
        return r.ref;
      },
      getAtt: (id, attribute) => {
        const r = resources.get(id);
        if (!r) {
          if (id in template.Resources)
            throw templateError(`Resource ${id} is not created (its condition is false or it failed)`);
          throw templateError(`instance of Fn::GetAtt references undefined resource ${id}`);
        }
        if (!(attribute in r.attributes)) {
          throw templateError(`resource ${id} does not support attribute type ${attribute} in Fn::GetAtt`);
        }
        return r.attributes[attribute];
      },
      importValue: (name) => {
        const found = this.exportsOf(region).find((e) => e.name === name && e.stackId !== stackId);
        if (!found) throw new AwsError('ValidationError', `No export named ${name} found.`);
        if (stack) {
          let set = this.pendingImports.get(stack.stackId);
          if (!set) {
            set = new Set();
            this.pendingImports.set(stack.stackId, set);
          }
          set.add(name);
        }
        return found.value;
      },
    };
  }

  /** The intrinsic context of a running operation: the stack's resources so far, under the plan. */
  private stackContext(stack: Stack, plan: Plan): IntrinsicContext {
    return this.intrinsicContext(
      stack.region,
      stack.stackName,
      stack.stackId,
      plan.template,
      plan.parameters,
      plan.conditions,
      stack.resources,
      stack,
    );
  }

  private handlerContext(stack: Stack, logicalId: string): HandlerContext {
    return {
      stackName: stack.stackName,
      stackId: stack.stackId,
      logicalId,
      region: stack.region,
      accountId: this.cloud.accountId,
      partition: partitionOf(stack.region),
      endpoint: this.cloud.endpoint,
      physicalName: (o) => physicalName(stack.stackName, logicalId, o),
      warn: (m) => {
        this.warn(stack, `${logicalId}: ${m}`);
        const list = this.resourceWarnings.get(`${stack.stackId} ${logicalId}`) ?? [];
        if (!list.includes(m)) list.push(m);
        this.resourceWarnings.set(`${stack.stackId} ${logicalId}`, list);
      },
      pollers: this.pollers,
    };
  }

  // --- bookkeeping ------------------------------------------------------------------------------

  private warn(stack: Stack, message: string): void {
    this.cloud.log('info', `cloudformation ${stack.stackName}: ${message}`);
  }

  private checkName(name: string): void {
    if (!/^[a-zA-Z][-a-zA-Z0-9]{0,127}$/.test(name)) {
      throw new AwsError(
        'ValidationError',
        `1 validation error detected: Value '${name}' at 'stackName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]*`,
      );
    }
  }

  private newStack(region: string, input: StackInput, plan: Plan): Stack {
    return {
      stackId: `arn:${partitionOf(region)}:cloudformation:${region}:${this.cloud.accountId}:stack/${input.stackName}/${randomUUID()}`,
      stackName: input.stackName,
      region,
      status: 'CREATE_IN_PROGRESS',
      description: plan.template.Description,
      creationTime: new Date(),
      templateBody: input.templateBody,
      template: plan.template,
      parameterValues: input.parameters ?? {},
      parameters: plan.parameters,
      capabilities: input.capabilities ?? [],
      tags: input.tags ?? [],
      resources: new Map(),
      outputs: [],
      events: [],
      changeSets: new Map(),
      disableRollback: input.disableRollback ?? false,
    };
  }

  private setStatus(stack: Stack, status: StackStatus, reason?: string): void {
    stack.status = status;
    stack.statusReason = reason;
    this.stackEvent(stack, status, reason);
  }

  private stackEvent(stack: Stack, status: string, reason?: string): void {
    this.resourceEvent(stack, stack.stackName, stack.stackId, 'AWS::CloudFormation::Stack', status, reason);
  }

  private resourceEvent(
    stack: Stack,
    logicalId: string,
    physicalId: string,
    type: string,
    status: string,
    reason?: string,
  ): void {
    const e: StackEvent = {
      eventId: randomUUID(),
      logicalId,
      physicalId,
      type,
      timestamp: new Date(),
      status,
      reason,
    };
    stack.events.push(e);
    if (reason && status.endsWith('FAILED'))
      this.cloud.log('info', `cloudformation ${stack.stackName} ${logicalId} ${status}: ${reason}`);
  }
}

function partitionOf(region: string): string {
  return region.startsWith('cn-') ? 'aws-cn' : region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';
}

/** The stack's current values of the parameters the input keeps (UsePreviousValue). */
function previousValues(stack: Stack, input: StackInput): Record<string, string> {
  return Object.fromEntries(
    (input.previousParameters ?? []).map((k) => [k, stack.parameters[k]]).filter(([, v]) => v !== undefined),
  );
}

function safeOrder(template: Template): string[] {
  try {
    return creationOrder(dependencies(template));
  } catch {
    return Object.keys(template.Resources);
  }
}

function reasonOf(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as { name?: string }).name;
    const sdk = (err as { $metadata?: unknown }).$metadata !== undefined;
    return sdk && code && code !== 'Error' ? `${err.message} (Service: ${code})` : err.message;
  }
  return String(err);
}

/** Lets CreateStack answer before the first resource starts, as AWS's asynchronous API does. */
function tick(): Promise<void> {
  return new Promise((r) => setImmediate(r));
}
