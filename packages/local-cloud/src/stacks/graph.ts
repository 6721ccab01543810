// The order resources are created in: by their references and DependsOn; a loop is an error naming them.
import { AwsError } from '../protocol/errors.js';
import { references } from './intrinsics.js';
import type { Template } from './template.js';

const PSEUDO = new Set([
  'AWS::AccountId',
  'AWS::Region',
  'AWS::Partition',
  'AWS::StackName',
  'AWS::StackId',
  'AWS::URLSuffix',
  'AWS::NoValue',
  'AWS::NotificationARNs',
]);

/** Each resource's dependencies among the resources; unknown references are the template's error. */
export function dependencies(template: Template): Map<string, Set<string>> {
  const resources = template.Resources;
  const params = template.Parameters ?? {};
  const deps = new Map<string, Set<string>>();
  const unresolved = new Set<string>();
  for (const [id, r] of Object.entries(resources)) {
    const set = new Set<string>();
    for (const name of references(r.Properties ?? {})) {
      if (name in resources) set.add(name);
      else if (!(name in params) && !PSEUDO.has(name)) unresolved.add(name);
    }
    const dependsOn =
      r.DependsOn === undefined ? [] : Array.isArray(r.DependsOn) ? r.DependsOn : [r.DependsOn];
    for (const d of dependsOn) {
      if (typeof d !== 'string' || !(d in resources)) {
        throw new AwsError(
          'ValidationError',
          `Template format error: Unresolved resource dependencies [${String(d)}] in the Resources block of the template`,
        );
      }
      set.add(d);
    }
    deps.set(id, set);
  }
  for (const [id, o] of Object.entries(template.Outputs ?? {})) {
    for (const name of references(o)) {
      if (!(name in resources) && !(name in params) && !PSEUDO.has(name)) {
        throw new AwsError(
          'ValidationError',
          `Template format error: Unresolved resource dependencies [${name}] in the Outputs block of the template (output ${id})`,
        );
      }
    }
  }
  if (unresolved.size > 0) {
    throw new AwsError(
      'ValidationError',
      `Template format error: Unresolved resource dependencies [${[...unresolved].join(', ')}] in the Resources block of the template`,
    );
  }
  return deps;
}

/** Logical ids in an order where each comes after everything it depends on. */
export function creationOrder(deps: Map<string, Set<string>>): string[] {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (id: string) => {
    const s = state.get(id);
    if (s === 'done') return;
    if (s === 'visiting') {
      const cycle = path.slice(path.indexOf(id));
      throw new AwsError(
        'ValidationError',
        `Circular dependency between resources: [${cycle.sort().join(', ')}]`,
      );
    }
    state.set(id, 'visiting');
    path.push(id);
    for (const d of deps.get(id) ?? []) visit(d);
    path.pop();
    state.set(id, 'done');
    order.push(id);
  };
  for (const id of deps.keys()) visit(id);
  return order;
}
