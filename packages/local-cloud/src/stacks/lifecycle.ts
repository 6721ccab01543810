// A stack's life: create, update and delete, each run in the background with rollback on failure.
import type { LocalCloud } from '../cloud.js';
import { noUpdates, stackAlreadyExists, stackNotUpdatable } from '../cloudformation/errors.js';
import { canonical } from './canonical.js';
import type { StackEvents } from './events.js';
import type { Exports } from './exports.js';
import { FailedResource } from './handlerErrors.js';
import { stackContext } from './intrinsicContext.js';
import { resolveOutputs } from './outputs.js';
import { included, type Plan, planStack, previousValues, safeOrder } from './plan.js';
import { type Provisioner, reasonOf } from './provision.js';
import { checkStackName } from './stackName.js';
import type { StackStore } from './stackStore.js';
import type { Stack, StackInput, StackResource, StackStatus } from './types.js';

/** States an operation has finished in: a DeleteStack then starts at once. */
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

type Failure = { id: string; reason: string };

/** Lets CreateStack answer before the first resource starts, as AWS's asynchronous API does. */
function tick(): Promise<void> {
  return new Promise((r) => setImmediate(r));
}

export class Lifecycle {
  constructor(
    private readonly cloud: Pick<LocalCloud, 'accountId' | 'log'>,
    private readonly stacks: StackStore,
    private readonly exports: Exports,
    private readonly events: StackEvents,
    private readonly provisioner: Provisioner,
  ) {}

  /** Checks the template and parameters the way CloudFormation does before it starts. */
  plan(
    region: string,
    stackName: string,
    body: string,
    given: Record<string, string>,
    previous?: Record<string, string>,
  ): Plan {
    return planStack(this.cloud, this.exports, region, stackName, body, given, previous);
  }

  createStack(region: string, input: StackInput): Stack {
    if (this.stacks.find(region, input.stackName)) {
      throw stackAlreadyExists(input.stackName);
    }
    checkStackName(input.stackName, 'CreateStack');
    const plan = this.plan(region, input.stackName, input.templateBody, input.parameters ?? {});
    const stack = this.stacks.add(region, input, plan.template, plan.parameters);
    stack.operation = this.runCreate(stack, plan);
    return stack;
  }

  updateStack(region: string, nameOrId: string, input: StackInput): Stack {
    const stack = this.stacks.get(region, nameOrId);
    if (!UPDATABLE.includes(stack.status)) {
      throw stackNotUpdatable(stack.stackId, stack.status);
    }
    const previous = previousValues(stack, input);
    const plan = this.plan(region, stack.stackName, input.templateBody, input.parameters ?? {}, previous);
    if (
      canonical(plan.template) === canonical(stack.template) &&
      canonical(plan.parameters) === canonical(stack.parameters) &&
      (input.tags === undefined || canonical(input.tags) === canonical(stack.tags))
    ) {
      throw noUpdates();
    }
    stack.operation = this.runUpdate(stack, input, plan);
    return stack;
  }

  deleteStack(region: string, nameOrId: string): Stack | undefined {
    const stack = this.stacks.find(region, nameOrId);
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

  /** Creates every resource in order; on a failure deletes what it created (unless rollback is off). */
  async runCreate(stack: Stack, plan: Plan, input?: StackInput): Promise<void> {
    if (input) {
      stack.capabilities = input.capabilities ?? [];
      stack.tags = input.tags ?? [];
    }
    stack.template = plan.template;
    stack.templateBody = input?.templateBody ?? stack.templateBody;
    stack.parameters = plan.parameters;
    stack.description = plan.template.Description;
    stack.creationTime = new Date();
    this.events.status(stack, 'CREATE_IN_PROGRESS', 'User Initiated');
    await tick();
    const created: string[] = [];
    let failure = this.refused(stack, plan);
    for (const id of plan.order) {
      if (failure) break;
      if (!included(plan, id)) continue;
      try {
        await this.provisioner.create(stack, plan, id);
        created.push(id);
      } catch (err) {
        // A custom resource that answered FAILED with a physical id is deleted on rollback too.
        if (err instanceof FailedResource) created.push(id);
        failure = { id, reason: reasonOf(err) };
        break;
      }
    }
    if (!failure) {
      try {
        this.finishOutputs(stack, plan);
        this.events.status(stack, 'CREATE_COMPLETE');
        return;
      } catch (err) {
        failure = { id: stack.stackName, reason: reasonOf(err) };
      }
    }
    if (stack.disableRollback) {
      this.events.status(
        stack,
        'CREATE_FAILED',
        `The following resource(s) failed to create: [${failure.id}]. `,
      );
      return;
    }
    this.events.status(
      stack,
      'ROLLBACK_IN_PROGRESS',
      failure.id === stack.stackName
        ? failure.reason
        : `The following resource(s) failed to create: [${failure.id}]. Rollback requested by user.`,
    );
    const ok = await this.provisioner.deleteAll(stack, created.reverse(), true);
    stack.outputs = [];
    this.events.status(stack, ok ? 'ROLLBACK_COMPLETE' : 'ROLLBACK_FAILED');
  }

  /** Adds, updates and replaces in order, then removes what the template dropped; on a failure undoes. */
  async runUpdate(stack: Stack, input: StackInput, plan: Plan): Promise<void> {
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
    this.events.status(stack, 'UPDATE_IN_PROGRESS', 'User Initiated');
    await tick();
    // What was done, to undo on failure: added ids, in-place updates (old resource), replacements (old).
    const undo: { kind: 'added' | 'updated' | 'replaced'; id: string; old?: StackResource }[] = [];
    let failure = this.refused(stack, plan);
    for (const id of plan.order) {
      if (failure) break;
      if (!included(plan, id)) continue;
      const old = before.resources.get(id);
      try {
        if (!old) {
          await this.provisioner.create(stack, plan, id);
          undo.push({ kind: 'added', id });
          continue;
        }
        const kind = await this.provisioner.update(stack, plan, id, old);
        if (kind) undo.push({ kind, id, old });
      } catch (err) {
        // A custom resource that answered FAILED is rolled back as if it had succeeded.
        if (err instanceof FailedResource) undo.push({ kind: old ? err.undo : 'added', id, old });
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
      this.events.status(stack, 'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS');
      const removed = [...before.resources.keys()].filter(
        (id) => !(id in plan.template.Resources) || !included(plan, id),
      );
      const oldOrder = safeOrder(before.template).reverse();
      const toDelete = oldOrder.filter((id) => removed.includes(id));
      await this.provisioner.deleteAll(stack, toDelete, false);
      for (const u of undo.filter((u) => u.kind === 'replaced')) {
        await this.provisioner.delete(stack, u.old!, false).catch(() => undefined);
      }
      this.events.status(stack, 'UPDATE_COMPLETE');
      return;
    }
    this.events.status(
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
          if (r) await this.provisioner.delete(stack, r, true);
          stack.resources.delete(u.id);
        } else if (u.kind === 'updated') {
          await this.provisioner.revert(stack, u.id, u.old!);
        } else {
          const r = stack.resources.get(u.id);
          if (r && r.physicalId !== u.old!.physicalId) await this.provisioner.delete(stack, r, true);
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
    this.events.status(stack, ok ? 'UPDATE_ROLLBACK_COMPLETE' : 'UPDATE_ROLLBACK_FAILED');
  }

  /** Deletes every resource in reverse creation order, unless another stack imports an export of it. */
  private async runDelete(stack: Stack): Promise<void> {
    this.events.status(stack, 'DELETE_IN_PROGRESS', 'User Initiated');
    await tick();
    const blocked = this.exports.blockingDelete(stack);
    if (blocked) {
      this.events.status(stack, 'DELETE_FAILED', blocked);
      return;
    }
    const order = safeOrder(stack.template).filter((id) => stack.resources.has(id));
    const rest = [...stack.resources.keys()].filter((id) => !order.includes(id));
    const ok = await this.provisioner.deleteAll(stack, [...order.reverse(), ...rest], false);
    if (!ok) {
      const failed = [...stack.resources.keys()];
      this.events.status(
        stack,
        'DELETE_FAILED',
        `The following resource(s) failed to delete: [${failed.join(', ')}]. `,
      );
      return;
    }
    stack.outputs = [];
    this.exports.forget(stack);
    stack.deletionTime = new Date();
    this.events.status(stack, 'DELETE_COMPLETE');
  }

  /** Strict mode's refusal of every type the local cloud would make a placeholder of, as one failure. */
  private refused(stack: Stack, plan: Plan): Failure | undefined {
    const ids = this.provisioner.refuseUnserved(stack, plan);
    return ids.length > 0 ? { id: ids.join(', '), reason: 'strict mode allows no placeholders' } : undefined;
  }

  /** Resolves the outputs and makes them the stack's, if its exports allow; throws otherwise. */
  private finishOutputs(stack: Stack, plan: Plan): void {
    const outputs = resolveOutputs(plan, stackContext(this.cloud, this.exports, stack, plan));
    this.exports.replaceOutputs(stack, outputs);
  }
}
