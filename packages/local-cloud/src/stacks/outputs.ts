// A stack's outputs as the template declares them, resolved against what the operation created.
import { type IntrinsicContext, resolve } from './intrinsics.js';
import type { Plan } from './plan.js';
import type { StackOutput } from './types.js';

/** Lists are joined with commas, other non-strings written as JSON, as DescribeStacks shows them. */
export function resolveOutputs(plan: Plan, ctx: IntrinsicContext): StackOutput[] {
  const outputs: StackOutput[] = [];
  for (const [key, o] of Object.entries(plan.template.Outputs ?? {})) {
    if (o.Condition !== undefined && !plan.conditions[o.Condition]) continue;
    const value = resolve(o.Value, ctx);
    const exportName = o.Export ? String(resolve(o.Export.Name, ctx)) : undefined;
    outputs.push({
      key,
      value: Array.isArray(value)
        ? value.join(',')
        : typeof value === 'string'
          ? value
          : JSON.stringify(value),
      description: o.Description,
      exportName,
    });
  }
  return outputs;
}
