// The stack engine's one entry point for the CloudFormation operations: stacks, change sets and exports,
// each job served by its own module (lifecycle, changeSets, exports, provision, events, plan).
import type { LocalCloud } from '../cloud.js';
import { type ChangeSetInput, ChangeSets } from './changeSets.js';
import { CustomResourceChannel } from './customResponses.js';
import { StackEvents } from './events.js';
import { type ExportEntry, Exports } from './exports.js';
import { Lifecycle } from './lifecycle.js';
import type { Plan } from './plan.js';
import { Pollers } from './pollers.js';
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
  readonly pollers = new Pollers();
  private readonly customResources: CustomResourceChannel;

  constructor(cloud: LocalCloud) {
    this.customResources = new CustomResourceChannel(cloud);
    this.store = new StackStore(cloud);
    this.exportList = new Exports(this.store);
    const events = new StackEvents(cloud);
    const provisioner = new Provisioner(
      cloud,
      this.store,
      this.exportList,
      events,
      this.pollers,
      new ResourceWarnings(cloud),
      this.customResources,
    );
    this.lifecycle = new Lifecycle(cloud, this.store, this.exportList, events, provisioner);
    this.changeSets = new ChangeSets(cloud, this.store, events, this.lifecycle);
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

  /** Ends the waits for custom resources' answers, waits for running operations, then stops every poller. */
  async stop(): Promise<void> {
    this.customResources.stop();
    await Promise.allSettled(this.store.all.map((s) => s.operation));
    await this.pollers.stopAll();
  }
}
