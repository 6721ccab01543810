// CAPABILITY_IAM / CAPABILITY_NAMED_IAM, as CloudFormation demands them for a template's IAM resources.
import type { Template } from '../stacks/template.js';
import { insufficientCapabilities } from './errors.js';

const NAME_PROPERTIES = ['RoleName', 'UserName', 'GroupName', 'ManagedPolicyName', 'InstanceProfileName'];

/** The capability the template's IAM resources need (NAMED when one of them is named), if any. */
export function requiredCapability(
  template: Template,
): 'CAPABILITY_IAM' | 'CAPABILITY_NAMED_IAM' | undefined {
  let need: 'CAPABILITY_IAM' | 'CAPABILITY_NAMED_IAM' | undefined;
  for (const r of Object.values(template.Resources)) {
    if (!r.Type.startsWith('AWS::IAM::')) continue;
    if (NAME_PROPERTIES.some((k) => r.Properties?.[k] !== undefined)) need = 'CAPABILITY_NAMED_IAM';
    else need ??= 'CAPABILITY_IAM';
  }
  return need;
}

/** The IAM resource types that make a template need a capability, each once. */
export function iamTypes(template: Template): string[] {
  const types = Object.values(template.Resources)
    .map((r) => r.Type)
    .filter((t) => t.startsWith('AWS::IAM::'));
  return [...new Set(types)];
}

/** Refuses a template whose IAM resources need a capability the request did not acknowledge. */
export function checkCapabilities(template: Template, given: readonly string[]): void {
  const need = requiredCapability(template);
  if (!need) return;
  const ok =
    need === 'CAPABILITY_IAM'
      ? given.some((c) => c.endsWith('_IAM'))
      : given.includes('CAPABILITY_NAMED_IAM');
  if (!ok) throw insufficientCapabilities(need);
}
