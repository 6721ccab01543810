// What the local cloud did not emulate: resources of types it does not serve, deployed as inert
// placeholders. The report, the progress log and `doctor` list them, and say a handler calling one fails.
import {
  type Placeholder,
  placeholderLine,
  serverlessStackName,
  stackPlaceholders,
} from '@destinations-action/deploy';
import type { Problem } from './types.js';

/** The heading the console table and the Markdown summary put above the list. */
export const NOT_EMULATED =
  'Not emulated by the local cloud: inert placeholders stand in for these resources (their Ref and Fn::GetAtt values have AWS formats); a handler that calls one will fail.';

/** One warning line each, for the progress log. */
export function placeholderLines(placeholders: Placeholder[]): string[] {
  return placeholders.map((p) => `warning: not emulated: ${placeholderLine(p)}`);
}

/** As preflight problems: warnings, or errors in strict mode. */
export function placeholderProblems(placeholders: Placeholder[], strict = false): Problem[] {
  return placeholders.map((p) => ({
    level: strict ? 'error' : 'warning',
    check: 'placeholder',
    subject: p.logicalId,
    message: `${p.logicalId} (${p.type}) is not emulated by the local cloud, only an inert placeholder: a handler that calls it will fail${strict ? '; strict mode allows none' : ''}`,
  }));
}

/** The placeholders of the service's deployed stack on a local cloud; none when it can't be found. */
export async function deployedPlaceholders(target: {
  serviceDir: string;
  stage: string;
  region: string;
  endpoint: string;
}): Promise<Placeholder[]> {
  try {
    const stackName = await serverlessStackName(target.serviceDir, target.stage);
    return (await stackPlaceholders({ stackName, region: target.region, endpoint: target.endpoint })) ?? [];
  } catch {
    // no serverless.yml to name the stack, or an endpoint without CloudFormation: nothing to list
    return [];
  }
}
