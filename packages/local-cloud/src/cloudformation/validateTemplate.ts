// ValidateTemplate: parses the template, checks references and loops, lists parameters and capabilities.
import type { ValidateTemplateInput, ValidateTemplateOutput } from '@aws-sdk/client-cloudformation';
import { creationOrder, dependencies } from '../stacks/graph.js';
import { parseTemplate } from '../stacks/template.js';
import { iamTypes, requiredCapability } from './capabilities.js';
import type { CloudFormationContext } from './context.js';
import { requiredTemplate } from './templateSource.js';

export async function validateTemplate(
  ctx: CloudFormationContext,
  input: ValidateTemplateInput,
): Promise<ValidateTemplateOutput> {
  const template = parseTemplate(await requiredTemplate(ctx, input));
  creationOrder(dependencies(template));
  const capability = requiredCapability(template);
  const transforms = template.Transform === undefined ? [] : [template.Transform].flat().map(String);
  return {
    Parameters: Object.entries(template.Parameters ?? {}).map(([k, p]) => ({
      ParameterKey: k,
      DefaultValue: p.Default === undefined ? undefined : String(p.Default),
      NoEcho: p.NoEcho === true || p.NoEcho === 'true',
      Description: p.Description,
    })),
    Description: template.Description,
    Capabilities: capability ? [capability] : [],
    CapabilitiesReason: capability
      ? `The following resource(s) require capabilities: [${iamTypes(template).join(', ')}]`
      : undefined,
    DeclaredTransforms: transforms,
  };
}
