// Change sets: what a template would change in a stack, kept until executed (by the lifecycle) or deleted.
import { randomUUID } from 'node:crypto';
import type { LocalCloud } from '../cloud.js';
import {
  changeSetAlreadyExists,
  changeSetNotFound,
  changeSetStackDoesNotExist,
  changeSetStatusInvalid,
  stackExistsForCreateChangeSet,
} from '../cloudformation/errors.js';
import { canonical } from './canonical.js';
import { computeChanges } from './changes.js';
import type { StackEvents } from './events.js';
import type { Lifecycle } from './lifecycle.js';
import { previousValues } from './plan.js';
import { checkStackName } from './stackName.js';
import type { StackStore } from './stackStore.js';
import type { ChangeSet, Stack, StackInput } from './types.js';

export type ChangeSetInput = StackInput & {
  changeSetName: string;
  changeSetType?: string;
  description?: string;
};

export class ChangeSets {
  constructor(
    private readonly cloud: Pick<LocalCloud, 'accountId'>,
    private readonly stacks: StackStore,
    private readonly events: StackEvents,
    private readonly lifecycle: Lifecycle,
  ) {}

  /** A CREATE change set of a new stack puts the stack in REVIEW_IN_PROGRESS, with no resources. */
  create(region: string, input: ChangeSetInput): { stack: Stack; changeSet: ChangeSet } {
    const type = input.changeSetType === 'CREATE' ? 'CREATE' : 'UPDATE';
    let stack = this.stacks.find(region, input.stackName);
    if (type === 'CREATE') {
      if (stack && stack.status !== 'REVIEW_IN_PROGRESS') {
        throw stackExistsForCreateChangeSet(input.stackName, input.changeSetName);
      }
    } else if (!stack || stack.status === 'REVIEW_IN_PROGRESS') {
      throw changeSetStackDoesNotExist(input.stackName);
    }
    if (stack?.changeSets.has(input.changeSetName)) {
      throw changeSetAlreadyExists(input.changeSetName);
    }
    checkStackName(input.stackName, 'CreateChangeSet');
    const previous = stack ? previousValues(stack, input) : {};
    const plan = this.lifecycle.plan(
      region,
      input.stackName,
      input.templateBody,
      input.parameters ?? {},
      previous,
    );
    if (!stack) {
      stack = this.stacks.add(region, input, plan.template, plan.parameters);
      stack.status = 'REVIEW_IN_PROGRESS';
      stack.statusReason = 'User Initiated';
      stack.template = { Resources: {} };
      stack.templateBody = '{"Resources":{}}';
      this.events.stack(stack, 'REVIEW_IN_PROGRESS', 'User Initiated');
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
  find(region: string, changeSetName: string, stackName?: string): { stack: Stack; changeSet: ChangeSet } {
    for (const stack of this.stacks.all) {
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
    throw changeSetNotFound(changeSetName);
  }

  /** Runs the change set as a create or an update; the stack's other change sets become obsolete. */
  execute(region: string, changeSetName: string, stackName?: string): void {
    const { stack, changeSet } = this.find(region, changeSetName, stackName);
    if (changeSet.executionStatus !== 'AVAILABLE') {
      throw changeSetStatusInvalid(changeSet.id, changeSet.status, 'executed');
    }
    const plan = this.lifecycle.plan(region, stack.stackName, changeSet.templateBody, changeSet.parameters);
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
      changeSet.type === 'CREATE'
        ? this.lifecycle.runCreate(stack, plan, input)
        : this.lifecycle.runUpdate(stack, input, plan);
    stack.operation = run.then(() => {
      const ok = stack.status === 'CREATE_COMPLETE' || stack.status === 'UPDATE_COMPLETE';
      changeSet.executionStatus = ok ? 'EXECUTE_COMPLETE' : 'EXECUTE_FAILED';
      // AWS removes a stack's change sets once one is executed.
      stack.changeSets.clear();
    });
  }

  delete(region: string, changeSetName: string, stackName?: string): void {
    // Deleting a change set name the stack doesn't have succeeds (the Serverless Framework relies on it).
    if (!changeSetName.startsWith('arn:') && stackName && this.stacks.find(region, stackName)) {
      if (!this.stacks.get(region, stackName).changeSets.has(changeSetName)) return;
    }
    const { stack, changeSet } = this.find(region, changeSetName, stackName);
    if (changeSet.executionStatus === 'EXECUTE_IN_PROGRESS') {
      throw changeSetStatusInvalid(changeSet.id, changeSet.status, 'deleted');
    }
    stack.changeSets.delete(changeSet.name);
  }
}
