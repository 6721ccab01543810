// The stack engine's one entry point for the CloudFormation operations: stacks, change sets and exports,
// each job served by its own module (lifecycle, changeSets, exports, provision, events, plan).
import type { LocalCloud } from '../cloud.js';
import { StackState } from '../persistence/stackState.js';
import { type ChangeSetInput, ChangeSets } from './changeSets.js';
import { CustomResourceChannel } from './customResponses.js';
import { StackEvents } from './events.js';
import { type ExportEntry, Exports } from './exports.js';
import { Lifecycle } from './lifecycle.js';
import type { Plan } from './plan.js';
import { Provisioner } from './provision.js';
import { StackStore } from './stackStore.js';
import type { ChangeSet, Stack, StackInput } from './types.js';
import { ResourceWarnings } from './warnings.js';

export type { StackInput } from './types.js';

export class StackEngine {
  private readonly store: StackStore;
  private readonly exportList: Exports;
  private readonly lifecycle: Lifecycle;
  private readonly changeSets: ChangeSets;
  private readonly customResources: CustomResourceChannel;
  /** With --state-dir: where stacks are kept. */
  private readonly disk?: StackState;

  constructor(cloud: LocalCloud) {
    this.customResources = new CustomResourceChannel(cloud);
    this.store = new StackStore(cloud);
    this.disk = cloud.state ? new StackState(cloud.state) : undefined;
    this.disk?.restore(this.store);
    this.exportList = new Exports(this.store);
    const disk = this.disk;
    const events = new StackEvents(cloud, disk && ((stack) => disk.save(stack)));
    const provisioner = new Provisioner(
      cloud,
      this.store,
      this.exportList,
      events,
      new ResourceWarnings(cloud),
      this.customResources,
    );
    this.lifecycle = new Lifecycle(cloud, this.store, this.exportList, events, provisioner);
    this.changeSets = new ChangeSets(cloud, this.store, events, this.lifecycle);
  }

  /** Saves every stack (after an operation that may have changed one without an event: change sets). */
  save(): void {
    this.disk?.saveAll(this.store);
  }

  /** Every stack ever made, deleted ones included (DescribeStacks by id and ListStacks show them). */
  get stacks(): Stack[] {
    return this.store.all;
  }

  find(region: string, nameOrId: string): Stack | undefined {
    return this.store.find(region, nameOrId);
  }

  get(region: string, nameOrId: string): Stack {
    return this.store.get(region, nameOrId);
  }

  exportsOf(region: string): ExportEntry[] {
    return this.exportList.of(region);
  }

  importers(region: string, exportName: string, self?: Stack): Stack[] {
    return this.exportList.importers(region, exportName, self);
  }

  plan(
    region: string,
    stackName: string,
    body: string,
    given: Record<string, string>,
    previous?: Record<string, string>,
  ): Plan {
    return this.lifecycle.plan(region, stackName, body, given, previous);
  }

  createStack(region: string, input: StackInput): Stack {
    return this.lifecycle.createStack(region, input);
  }

  updateStack(region: string, nameOrId: string, input: StackInput): Stack {
    return this.lifecycle.updateStack(region, nameOrId, input);
  }

  deleteStack(region: string, nameOrId: string): Stack | undefined {
    return this.lifecycle.deleteStack(region, nameOrId);
  }

  createChangeSet(region: string, input: ChangeSetInput): { stack: Stack; changeSet: ChangeSet } {
    return this.changeSets.create(region, input);
  }

  findChangeSet(
    region: string,
    changeSetName: string,
    stackName?: string,
  ): { stack: Stack; changeSet: ChangeSet } {
    return this.changeSets.find(region, changeSetName, stackName);
  }

  executeChangeSet(region: string, changeSetName: string, stackName?: string): void {
    this.changeSets.execute(region, changeSetName, stackName);
  }

  deleteChangeSet(region: string, changeSetName: string, stackName?: string): void {
    this.changeSets.delete(region, changeSetName, stackName);
  }

  /** Ends the waits for custom resources' answers, then waits for running operations. */
  async stop(): Promise<void> {
    this.customResources.stop();
    await Promise.allSettled(this.store.all.map((s) => s.operation));
  }
}
