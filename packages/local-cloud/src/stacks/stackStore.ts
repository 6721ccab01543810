// Every stack the engine has made, deleted ones included, found by name or id as CloudFormation finds them.
import { randomUUID } from 'node:crypto';
import type { LocalCloud } from '../cloud.js';
import { stackDoesNotExist } from '../cloudformation/errors.js';
import { partitionOf } from './intrinsicContext.js';
import type { Template } from './template.js';
import type { Stack, StackInput } from './types.js';

export class StackStore {
  /** Deleted stacks stay: DescribeStacks by id and ListStacks show them. */
  readonly all: Stack[] = [];

  constructor(private readonly cloud: Pick<LocalCloud, 'accountId'>) {}

  /** The live stack with this name or id (a deleted one only by id), or undefined. */
  find(region: string, nameOrId: string): Stack | undefined {
    if (nameOrId.startsWith('arn:')) return this.all.find((s) => s.stackId === nameOrId);
    return this.all.find(
      (s) => s.region === region && s.stackName === nameOrId && s.status !== 'DELETE_COMPLETE',
    );
  }

  /** As find, with CloudFormation's error for a missing stack. */
  get(region: string, nameOrId: string): Stack {
    const s = this.find(region, nameOrId);
    if (!s) throw stackDoesNotExist(nameOrId);
    return s;
  }

  /** A new stack in CREATE_IN_PROGRESS, kept from now on. */
  add(region: string, input: StackInput, template: Template, parameters: Record<string, string>): Stack {
    const stack: Stack = {
      stackId: `arn:${partitionOf(region)}:cloudformation:${region}:${this.cloud.accountId}:stack/${input.stackName}/${randomUUID()}`,
      stackName: input.stackName,
      region,
      status: 'CREATE_IN_PROGRESS',
      description: template.Description,
      creationTime: new Date(),
      templateBody: input.templateBody,
      template,
      parameterValues: input.parameters ?? {},
      parameters,
      capabilities: input.capabilities ?? [],
      tags: input.tags ?? [],
      resources: new Map(),
      outputs: [],
      events: [],
      changeSets: new Map(),
      disableRollback: input.disableRollback ?? false,
    };
    this.all.push(stack);
    return stack;
  }
}
