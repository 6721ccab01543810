// CloudFormation stacks on disk: each stack (template, parameters, resources, outputs, events, change sets)
// saved whole as a record at each of its events and after each stack operation, read back when the stack
// engine starts.
import type { StackStore } from '../stacks/stackStore.js';
import type { Stack } from '../stacks/types.js';
import type { StateDatabase } from './database.js';

const STACKS = 'cloudformation.stack';

export class StackState {
  constructor(private readonly db: StateDatabase) {}

  save(stack: Stack): void {
    // The running operation is this process's; a restored stack has none.
    const { operation: _operation, ...kept } = stack;
    this.db.putRecord(STACKS, stack.stackId, kept);
  }

  saveAll(store: StackStore): void {
    this.db.atomically(() => {
      for (const s of store.all) this.save(s);
    });
  }

  restore(store: StackStore): void {
    for (const [, stack] of this.db.records<Stack>(STACKS)) store.all.push(stack);
  }
}
