// Warnings of the running handler call per resource, shown as its status reason (`Warning: ...`) and logged.
import type { LocalCloud } from '../cloud.js';
import type { Stack } from './types.js';

export class ResourceWarnings {
  private readonly pending = new Map<string, string[]>();

  constructor(private readonly cloud: Pick<LocalCloud, 'log'>) {}

  /** Logs a message about the stack (warnings and skipped resources). */
  log(stack: Stack, message: string): void {
    this.cloud.log('info', `cloudformation ${stack.stackName}: ${message}`);
  }

  add(stack: Stack, logicalId: string, message: string): void {
    this.log(stack, `${logicalId}: ${message}`);
    const key = `${stack.stackId} ${logicalId}`;
    const list = this.pending.get(key) ?? [];
    if (!list.includes(message)) list.push(message);
    this.pending.set(key, list);
  }

  /** The resource's warnings as its status reason, forgetting them; undefined when there are none. */
  take(stack: Stack, logicalId: string): string | undefined {
    const key = `${stack.stackId} ${logicalId}`;
    const list = this.pending.get(key);
    this.pending.delete(key);
    return list && list.length > 0 ? `Warning: ${list.join('; ')}` : undefined;
  }
}
