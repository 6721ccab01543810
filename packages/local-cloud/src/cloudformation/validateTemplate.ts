// ValidateTemplate: parses the template, checks references and loops, lists parameters and capabilities.
import type { AwsError } from '../protocol/errors.js';
import { toXml } from '../protocol/xml.js';
import { creationOrder, dependencies } from '../stacks/graph.js';
import { parseTemplate } from '../stacks/template.js';
import { checkCapabilities, templateBody } from './input.js';
import { members, type Operation } from './shapes.js';

export const validateTemplate: Operation = async (_engine, form, req) => {
  const template = parseTemplate((await templateBody(form, req))!);
  creationOrder(dependencies(template));
  let capability: string | undefined;
  try {
    checkCapabilities(template, []);
  } catch (err) {
    capability = /\[(.+)\]/.exec((err as AwsError).message)?.[1];
  }
  const transforms = template.Transform === undefined ? [] : [template.Transform].flat().map(String);
  return toXml({
    Parameters: members(Object.entries(template.Parameters ?? {}), ([k, p]) => ({
      ParameterKey: k,
      DefaultValue: p.Default === undefined ? undefined : String(p.Default),
      NoEcho: p.NoEcho === true || p.NoEcho === 'true',
      Description: p.Description,
    })),
    Description: template.Description,
    Capabilities: members(capability ? [capability] : [], (c) => c),
    CapabilitiesReason: capability
      ? `The following resource(s) require capabilities: [${Object.values(template.Resources)
          .filter((r) => r.Type.startsWith('AWS::IAM::'))
          .map((r) => r.Type)
          .filter((t, i, a) => a.indexOf(t) === i)
          .join(', ')}]`
      : undefined,
    DeclaredTransforms: members(transforms, (t) => t),
  });
};
