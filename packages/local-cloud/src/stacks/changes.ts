// What a change set would do: resources added, modified (in place or by replacement) and removed.
import { canonical } from './canonical.js';
import { references } from './intrinsics.js';
import { handlerFor } from './resources/index.js';
import type { Template } from './template.js';
import type { ResourceChange, Stack } from './types.js';

export function computeChanges(
  stack: Stack,
  next: Template,
  parameters: Record<string, string>,
): ResourceChange[] {
  const changes: ResourceChange[] = [];
  const current = stack.template.Resources;
  const changedParams = new Set(
    Object.keys({ ...parameters, ...stack.parameters }).filter((k) => parameters[k] !== stack.parameters[k]),
  );
  for (const [id, r] of Object.entries(next.Resources)) {
    const old = current[id];
    if (!old || !stack.resources.has(id)) {
      changes.push({ action: 'Add', logicalId: id, type: r.Type, scope: [] });
      continue;
    }
    const propsChanged = canonical(r.Properties ?? {}) !== canonical(old.Properties ?? {});
    const paramChanged = [...references(r.Properties ?? {})].some((n) => changedParams.has(n));
    if (!propsChanged && !paramChanged && r.Type === old.Type) continue;
    const replaceOn = handlerFor(r.Type)?.replaceOn ?? [];
    const replaced =
      r.Type !== old.Type ||
      replaceOn.some((p) => canonical(r.Properties?.[p]) !== canonical(old.Properties?.[p]));
    changes.push({
      action: 'Modify',
      logicalId: id,
      physicalId: stack.resources.get(id)?.physicalId,
      type: r.Type,
      replacement: replaced ? 'True' : paramChanged && !propsChanged ? 'Conditional' : 'False',
      scope: ['Properties'],
    });
  }
  for (const [id, r] of Object.entries(current)) {
    if (id in next.Resources) continue;
    changes.push({
      action: 'Remove',
      logicalId: id,
      physicalId: stack.resources.get(id)?.physicalId,
      type: r.Type,
      scope: [],
    });
  }
  return changes;
}
