// Exports and imports between stacks: who exports what, who imports it, and what that forbids.
import { AwsError } from '../protocol/errors.js';
import type { StackStore } from './stackStore.js';
import type { Stack, StackOutput } from './types.js';

export interface ExportEntry {
  name: string;
  value: string;
  stackId: string;
}

export class Exports {
  /** Export names each stack's last successful deploy imported, by stack id. */
  private readonly imports = new Map<string, Set<string>>();
  /** Export names the running operation of a stack resolved so far. */
  private readonly pending = new Map<string, Set<string>>();

  constructor(private readonly stacks: StackStore) {}

  /** The exports of the region's live stacks. */
  of(region: string): ExportEntry[] {
    const out: ExportEntry[] = [];
    for (const s of this.stacks.all) {
      if (s.region !== region || s.status === 'DELETE_COMPLETE' || s.status === 'REVIEW_IN_PROGRESS')
        continue;
      for (const o of s.outputs)
        if (o.exportName) out.push({ name: o.exportName, value: o.value, stackId: s.stackId });
    }
    return out;
  }

  /** Stacks (other than `self`) whose last deploy imported the export. */
  importers(region: string, exportName: string, self?: Stack): Stack[] {
    return this.stacks.all.filter(
      (s) =>
        s !== self &&
        s.region === region &&
        s.status !== 'DELETE_COMPLETE' &&
        (this.imports.get(s.stackId)?.has(exportName) ?? false),
    );
  }

  /** Fn::ImportValue's answer for a stack (`stack` given: the import is noted for its running operation). */
  importValue(region: string, name: string, stackId: string, stack?: Stack): string {
    const found = this.of(region).find((e) => e.name === name && e.stackId !== stackId);
    if (!found) throw new AwsError('ValidationError', `No export named ${name} found.`);
    if (stack) {
      let set = this.pending.get(stack.stackId);
      if (!set) {
        set = new Set();
        this.pending.set(stack.stackId, set);
      }
      set.add(name);
    }
    return found.value;
  }

  /**
   * Throws when the stack's new outputs take another stack's export name, or drop or change an export
   * another stack imports; otherwise makes them the stack's outputs and its pending imports its imports.
   */
  replaceOutputs(stack: Stack, outputs: StackOutput[]): void {
    const others = this.of(stack.region).filter((e) => e.stackId !== stack.stackId);
    for (const o of outputs) {
      const taken = others.find((e) => e.name === o.exportName);
      if (taken) {
        const owner = this.stacks.all.find((s) => s.stackId === taken.stackId);
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
    this.imports.set(stack.stackId, this.pending.get(stack.stackId) ?? new Set());
    this.pending.delete(stack.stackId);
  }

  /** Why the stack can't be deleted (an export of it is imported), or undefined. */
  blockingDelete(stack: Stack): string | undefined {
    for (const o of stack.outputs) {
      if (!o.exportName) continue;
      const users = this.importers(stack.region, o.exportName, stack);
      if (users.length > 0)
        return `Export ${o.exportName} cannot be deleted as it is in use by ${users.map((u) => u.stackName).join(', ')}`;
    }
    return undefined;
  }

  /** A deleted stack imports nothing any more. */
  forget(stack: Stack): void {
    this.imports.delete(stack.stackId);
  }
}
