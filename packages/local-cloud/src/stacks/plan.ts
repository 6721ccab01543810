// The checks CloudFormation makes of a template and its parameters before an operation starts.
import type { LocalCloud } from '../cloud.js';
import { AwsError } from '../protocol/errors.js';
import type { Exports } from './exports.js';
import { creationOrder, dependencies } from './graph.js';
import { intrinsicContext } from './intrinsicContext.js';
import { checkShapes, evaluateConditions, templateError } from './intrinsics.js';
import { resolveParameters } from './parameters.js';
import { parseTemplate, type Template } from './template.js';
import type { Stack, StackInput } from './types.js';

/** A checked template: the parameter values in use, the conditions and the creation order. */
export interface Plan {
  template: Template;
  parameters: Record<string, string>;
  conditions: Record<string, boolean>;
  order: string[];
}

export function planStack(
  cloud: Pick<LocalCloud, 'accountId'>,
  exports: Exports,
  region: string,
  stackName: string,
  body: string,
  given: Record<string, string>,
  previous?: Record<string, string>,
): Plan {
  const template = parseTemplate(body);
  if (template.Transform !== undefined) {
    const names = Array.isArray(template.Transform) ? template.Transform : [template.Transform];
    throw new AwsError(
      'ValidationError',
      `Template format error: transform ${names.map(String).join(', ')} is not supported by this local cloud (SAM templates must be transformed first, e.g. with 'sam package' or 'sam build')`,
    );
  }
  const parameters = resolveParameters(template, given, previous);
  const ctx = intrinsicContext(cloud, exports, {
    region,
    stackName,
    stackId: 'arn:pending',
    template,
    parameters,
    conditions: {},
    resources: new Map(),
  });
  const conditions = evaluateConditions(template.Conditions ?? {}, ctx);
  const order = creationOrder(dependencies(template));
  for (const [id, r] of Object.entries(template.Resources)) {
    checkShapes(r.Properties ?? {}, `/Resources/${id}/Properties`, conditions);
  }
  for (const [id, o] of Object.entries(template.Outputs ?? {})) checkShapes(o, `/Outputs/${id}`, conditions);
  for (const [id, r] of Object.entries(template.Resources)) {
    if (r.Condition !== undefined && !(r.Condition in conditions)) {
      throw templateError(`Unresolved condition dependency ${r.Condition} in resource ${id}`);
    }
  }
  return { template, parameters, conditions, order };
}

/** Whether the plan creates the resource (no condition, or a true one). */
export function included(plan: Plan, id: string): boolean {
  const c = plan.template.Resources[id].Condition;
  return c === undefined || plan.conditions[c] === true;
}

/** The stack's current values of the parameters the input keeps (UsePreviousValue). */
export function previousValues(stack: Stack, input: StackInput): Record<string, string> {
  return Object.fromEntries(
    (input.previousParameters ?? []).map((k) => [k, stack.parameters[k]]).filter(([, v]) => v !== undefined),
  );
}

/** The template's creation order, or its declaration order when it has a loop (deleting must go on). */
export function safeOrder(template: Template): string[] {
  try {
    return creationOrder(dependencies(template));
  } catch {
    return Object.keys(template.Resources);
  }
}
