// Stack events: every status change of a stack or one of its resources, as DescribeStackEvents lists them.
import { randomUUID } from 'node:crypto';
import type { LocalCloud } from '../cloud.js';
import type { Stack, StackEvent, StackStatus } from './types.js';

export class StackEvents {
  constructor(
    private readonly cloud: Pick<LocalCloud, 'log'>,
    /** With --state-dir: saves the stack after each of its events (every change of status). */
    private readonly keep?: (stack: Stack) => void,
  ) {}

  /** Records a resource's event; a failure with a reason is also logged. */
  resource(
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
    this.keep?.(stack);
    if (reason && status.endsWith('FAILED'))
      this.cloud.log('info', `cloudformation ${stack.stackName} ${logicalId} ${status}: ${reason}`);
  }

  /** An event of the stack itself (its logical id is the stack name). */
  stack(stack: Stack, status: string, reason?: string): void {
    this.resource(stack, stack.stackName, stack.stackId, 'AWS::CloudFormation::Stack', status, reason);
  }

  /** Moves the stack to a status, with its event. */
  status(stack: Stack, status: StackStatus, reason?: string): void {
    stack.status = status;
    stack.statusReason = reason;
    this.stack(stack, status, reason);
  }
}
