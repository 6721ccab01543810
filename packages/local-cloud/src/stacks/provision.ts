// One resource at a time: create, update (in place or by replacement), revert and delete it through its
// handler, recording the resource's events and what it provisioned. Only what a handler created is
// recorded, so a rollback or a DeleteStack deletes nothing the stack did not make. A type no handler
// serves gets an inert placeholder (placeholders.ts), or, in strict mode, fails before anything starts.
import type { LocalCloud } from '../cloud.js';
import { canonical } from './canonical.js';
import type { CustomResourceChannel } from './customResponses.js';
import type { StackEvents } from './events.js';
import type { Exports } from './exports.js';
import { AlreadyExistsError, FailedResource } from './handlerErrors.js';
import { partitionOf, stackContext } from './intrinsicContext.js';
import { resolve } from './intrinsics.js';
import { physicalName } from './names.js';
import {
  isStrict,
  keepsValues,
  makePlaceholder,
  needsPlaceholder,
  strictReason,
  unserved,
} from './placeholders.js';
import { included, type Plan } from './plan.js';
import { handlerFor } from './resources/index.js';
import type { StackStore } from './stackStore.js';
import type { TemplateResource } from './template.js';
import type { HandlerContext, Provisioned, ResourceHandler, Stack, StackResource } from './types.js';
import type { ResourceWarnings } from './warnings.js';

/** A failure as a status reason; an SDK error names its code, as CloudFormation's reasons do. */
export function reasonOf(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as { name?: string }).name;
    const sdk = (err as { $metadata?: unknown }).$metadata !== undefined;
    return sdk && code && code !== 'Error' ? `${err.message} (Service: ${code})` : err.message;
  }
  return String(err);
}

const REPLACING = 'Requested update requires the creation of a new physical resource; hence creating one.';

export class Provisioner {
  constructor(
    private readonly cloud: Pick<LocalCloud, 'accountId' | 'endpoint' | 'credentials'>,
    private readonly stacks: StackStore,
    private readonly exports: Exports,
    private readonly events: StackEvents,
    private readonly warnings: ResourceWarnings,
    private readonly customResources: CustomResourceChannel,
  ) {}

  async create(stack: Stack, plan: Plan, id: string): Promise<void> {
    const def = plan.template.Resources[id];
    this.events.resource(stack, id, '', def.Type, 'CREATE_IN_PROGRESS');
    const props = this.resolveProps(stack, plan, id, '', 'CREATE_FAILED');
    const handler = handlerFor(def.Type);
    if (!handler) {
      if (needsPlaceholder(def.Type)) {
        this.placehold(stack, id, def, props, 'CREATE_COMPLETE');
        return;
      }
      const message = `Resource type ${def.Type} of resource ${id} is not supported by this local cloud`;
      this.events.resource(stack, id, '', def.Type, 'CREATE_FAILED', message);
      throw new Error(message);
    }
    const missing = (handler.required ?? []).filter((p) => props[p] === undefined);
    try {
      if (missing.length > 0) {
        throw new Error(
          `Properties validation failed for resource ${id} with message: #: required key [${missing[0]}] not found`,
        );
      }
      const made = await handler.create(this.handlerContext(stack, id, def.Type), props);
      this.record(stack, id, def, props, made, 'CREATE_COMPLETE');
    } catch (err) {
      this.warnings.take(stack, id);
      if (err instanceof FailedResource) this.keep(stack, id, def, props, err.physicalId, 'CREATE_FAILED');
      const failure =
        err instanceof AlreadyExistsError
          ? (this.ownedElsewhere(stack, def.Type, handler, props) ?? err)
          : err;
      this.events.resource(stack, id, '', def.Type, 'CREATE_FAILED', reasonOf(failure));
      throw failure;
    }
  }

  /** Updates in place or replaces when needed; undefined when nothing changed. */
  async update(
    stack: Stack,
    plan: Plan,
    id: string,
    old: StackResource,
  ): Promise<'updated' | 'replaced' | undefined> {
    const def = plan.template.Resources[id];
    const props = this.resolveProps(stack, plan, id, old.physicalId, 'UPDATE_FAILED');
    if (def.Type === old.type && canonical(props) === canonical(old.properties)) return undefined;
    const handler = handlerFor(def.Type);
    if (!handler && needsPlaceholder(def.Type)) {
      const keep = keepsValues(def.Type, old, props);
      this.events.resource(
        stack,
        id,
        old.physicalId,
        def.Type,
        'UPDATE_IN_PROGRESS',
        keep ? undefined : REPLACING,
      );
      this.placehold(stack, id, def, props, 'UPDATE_COMPLETE', keep ? old : undefined);
      return keep ? 'updated' : 'replaced';
    }
    const replace =
      def.Type !== old.type ||
      !handler?.update ||
      (handler.replaceOn ?? []).some((p) => canonical(props[p]) !== canonical(old.properties[p]));
    if (!handler) {
      throw new Error(`Resource type ${def.Type} of resource ${id} is not supported by this local cloud`);
    }
    const name = handler.nameProperty === undefined ? undefined : props[handler.nameProperty];
    if (
      replace &&
      def.Type === old.type &&
      name !== undefined &&
      canonical(name) === canonical(old.properties[handler.nameProperty!])
    ) {
      // The new resource can't take the name while the old one holds it; CloudFormation refuses.
      const message = `CloudFormation cannot update a stack when a custom-named resource requires replacing. Rename ${String(name)} and update the stack again.`;
      this.events.resource(stack, id, old.physicalId, def.Type, 'UPDATE_FAILED', message);
      throw new Error(message);
    }
    this.events.resource(
      stack,
      id,
      old.physicalId,
      def.Type,
      'UPDATE_IN_PROGRESS',
      replace ? REPLACING : undefined,
    );
    try {
      const ctx = this.handlerContext(stack, id, def.Type);
      const made = replace ? await handler.create(ctx, props) : await handler.update!(ctx, old, props);
      this.record(stack, id, def, props, made, 'UPDATE_COMPLETE');
      return replace || (handler.newIdReplaces && made.physicalId !== old.physicalId)
        ? 'replaced'
        : 'updated';
    } catch (err) {
      if (err instanceof FailedResource) {
        err.undo = replace ? 'replaced' : 'updated';
        this.keep(stack, id, def, props, err.physicalId, 'UPDATE_FAILED');
      }
      const failure =
        err instanceof AlreadyExistsError
          ? (this.ownedElsewhere(stack, def.Type, handler, props) ?? err)
          : err;
      this.events.resource(stack, id, old.physicalId, def.Type, 'UPDATE_FAILED', reasonOf(failure));
      throw failure;
    }
  }

  /** Puts an in-place update back to the resource's previous properties. */
  async revert(stack: Stack, id: string, old: StackResource): Promise<void> {
    const current = stack.resources.get(id)!;
    this.events.resource(stack, id, current.physicalId, old.type, 'UPDATE_IN_PROGRESS');
    // a placeholder holds nothing to put back but its record
    if (!old.placeholder)
      await handlerFor(old.type)!.update!(this.handlerContext(stack, id, old.type), current, old.properties);
    stack.resources.set(id, old);
    this.events.resource(stack, id, old.physicalId, old.type, 'UPDATE_COMPLETE');
  }

  /** Deletes one resource (a `Retain` one is skipped unless rolling back its creation). */
  async delete(stack: Stack, r: StackResource, rollback: boolean): Promise<void> {
    if (!rollback && r.deletionPolicy === 'Retain') {
      this.events.resource(stack, r.logicalId, r.physicalId, r.type, 'DELETE_SKIPPED');
      return;
    }
    this.events.resource(stack, r.logicalId, r.physicalId, r.type, 'DELETE_IN_PROGRESS');
    const handler = handlerFor(r.type);
    try {
      if (handler && !r.placeholder) await handler.delete(this.handlerContext(stack, r.logicalId, r.type), r);
    } catch (err) {
      this.events.resource(stack, r.logicalId, r.physicalId, r.type, 'DELETE_FAILED', reasonOf(err));
      throw err;
    }
    this.events.resource(stack, r.logicalId, r.physicalId, r.type, 'DELETE_COMPLETE');
  }

  /**
   * Strict mode: every resource a placeholder would stand in for fails at once, each with its event,
   * before anything is created; returns their ids (none outside strict mode).
   */
  refuseUnserved(stack: Stack, plan: Plan): string[] {
    if (!isStrict(stack)) return [];
    const ids = unserved(plan, (id) => included(plan, id));
    for (const id of ids) {
      const type = plan.template.Resources[id].Type;
      const old = stack.resources.get(id);
      const status = old ? 'UPDATE_FAILED' : 'CREATE_FAILED';
      this.events.resource(stack, id, old?.physicalId ?? '', type, status, strictReason(type, id));
    }
    return ids;
  }

  /** Deletes in the given order; returns false when one failed (the failed ones stay in the stack). */
  async deleteAll(stack: Stack, ids: string[], rollback: boolean): Promise<boolean> {
    let ok = true;
    for (const id of ids) {
      const r = stack.resources.get(id);
      if (!r) continue;
      try {
        await this.delete(stack, r, rollback);
        stack.resources.delete(id);
      } catch {
        ok = false;
      }
    }
    return ok;
  }

  /** A taken name that another live stack made: CloudFormation's reason names that stack. */
  private ownedElsewhere(
    stack: Stack,
    type: string,
    handler: ResourceHandler,
    props: Record<string, unknown>,
  ): Error | undefined {
    const prop = handler.nameProperty;
    if (prop === undefined || props[prop] === undefined) return undefined;
    // Buckets and roles are named account-wide (buckets even across accounts); the rest per region.
    const global = type === 'AWS::S3::Bucket' || type.startsWith('AWS::IAM::');
    for (const other of this.stacks.all) {
      if (other === stack || other.status === 'DELETE_COMPLETE') continue;
      if (!global && other.region !== stack.region) continue;
      for (const r of other.resources.values()) {
        if (r.type === type && canonical(r.properties[prop]) === canonical(props[prop]))
          return new Error(`${r.physicalId} already exists in stack ${other.stackId}`);
      }
    }
    return undefined;
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
      return resolve(def.Properties ?? {}, stackContext(this.cloud, this.exports, stack, plan)) as Record<
        string,
        unknown
      >;
    } catch (err) {
      this.events.resource(stack, id, physicalId, def.Type, failed, reasonOf(err));
      throw err;
    }
  }

  /** Stores what a handler provisioned as the stack's resource and records the completing event. */
  private record(
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
      attributeError: made.attributeError,
      status,
      statusReason: this.warnings.take(stack, id),
      lastUpdated: new Date(),
      deletionPolicy: def.DeletionPolicy,
    };
    stack.resources.set(id, r);
    this.events.resource(stack, id, r.physicalId, def.Type, status, r.statusReason);
  }

  /** Records an inert placeholder for a type no handler serves: new values, or those of `keep`. */
  private placehold(
    stack: Stack,
    id: string,
    def: TemplateResource,
    props: Record<string, unknown>,
    status: 'CREATE_COMPLETE' | 'UPDATE_COMPLETE',
    keep?: StackResource,
  ): void {
    const values = keep ?? makePlaceholder(this.handlerContext(stack, id, def.Type), def.Type, props);
    const r: StackResource = {
      logicalId: id,
      type: def.Type,
      physicalId: values.physicalId,
      ref: values.ref,
      attributes: values.attributes,
      placeholder: values.placeholder,
      properties: props,
      status,
      statusReason: values.placeholder!.reason,
      lastUpdated: new Date(),
      deletionPolicy: def.DeletionPolicy,
    };
    stack.resources.set(id, r);
    this.warnings.log(stack, `${id}: ${r.statusReason}`);
    this.events.resource(stack, id, r.physicalId, def.Type, status, r.statusReason);
  }

  /** A resource whose operation failed but that the stack keeps, for its rollback (FailedResource). */
  private keep(
    stack: Stack,
    id: string,
    def: TemplateResource,
    props: Record<string, unknown>,
    physicalId: string,
    status: 'CREATE_FAILED' | 'UPDATE_FAILED',
  ): void {
    stack.resources.set(id, {
      logicalId: id,
      type: def.Type,
      physicalId,
      ref: physicalId,
      attributes: {},
      properties: props,
      status,
      lastUpdated: new Date(),
      deletionPolicy: def.DeletionPolicy,
    });
  }

  private handlerContext(stack: Stack, logicalId: string, resourceType: string): HandlerContext {
    return {
      stackName: stack.stackName,
      stackId: stack.stackId,
      logicalId,
      resourceType,
      region: stack.region,
      accountId: this.cloud.accountId,
      partition: partitionOf(stack.region),
      endpoint: this.cloud.endpoint,
      credentials: this.cloud.credentials,
      physicalName: (o) => physicalName(stack.stackName, logicalId, o),
      warn: (m) => this.warnings.add(stack, logicalId, m),
      customResources: this.customResources,
    };
  }
}
