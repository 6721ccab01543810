// Finding a parameter, or one of its versions, by what GetParameter and GetParameters take.
import type { Parameter } from '@aws-sdk/client-ssm';
import type { SsmContext } from './context.js';
import { parameterNotFound, parameterVersionNotFound } from './errors.js';
import { parseSelector } from './names.js';

/** The parameter (or its version or label) a name names, as the SDK's Parameter; throws AWS's not-found errors. */
export function lookUp(ctx: SsmContext, given: string | undefined, decrypt: boolean): Parameter {
  const selector = parseSelector(given);
  const param = selector.names.map((n) => ctx.parameters.get(n)).find(Boolean);
  if (!param) throw parameterNotFound();
  if (selector.version !== undefined) {
    const v = param.version(selector.version);
    if (!v) throw parameterVersionNotFound(param.name, selector.version);
    return param.view(v, decrypt, selector.text);
  }
  if (selector.label !== undefined) {
    const v = param.history.find((h) => h.Labels.includes(selector.label!));
    if (!v) throw parameterNotFound();
    return param.view(v, decrypt, selector.text);
  }
  return param.view(param.current, decrypt);
}
