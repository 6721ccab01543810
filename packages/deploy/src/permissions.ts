// The deploy-time check of destinations: does each function's role allow delivery to its destinations?
import type { IAMClient } from '@aws-sdk/client-iam';

/** The action Lambda needs on the execution role to deliver to a destination ARN, and on what resource. */
export function deliveryPermission(
  destinationArn: string,
  functionName: string,
): { action: string; resource: string } | undefined {
  const service = destinationArn.split(':')[2];
  switch (service) {
    case 'sqs':
      return { action: 'sqs:SendMessage', resource: destinationArn };
    case 'sns':
      return { action: 'sns:Publish', resource: destinationArn };
    case 'events':
      return { action: 'events:PutEvents', resource: destinationArn };
    case 'lambda':
      return { action: 'lambda:InvokeFunction', resource: destinationArn };
    case 's3':
      return {
        action: 's3:PutObject',
        resource: `${destinationArn}/aws/lambda/async/${functionName}/object`,
      };
    default:
      return undefined;
  }
}

/**
 * A warning for each destination the role can't deliver to; a role IAM doesn't know (or an IAM that
 * can't simulate) gives none.
 */
export async function checkDestinations(
  iam: IAMClient,
  fn: { name: string; role?: string; onSuccess?: string; onFailure?: string },
): Promise<string[]> {
  const warnings: string[] = [];
  if (!fn.role) return warnings;
  // The SDK loads at first use: a local cloud that never deploys never pays its memory.
  const { SimulatePrincipalPolicyCommand } = await import('@aws-sdk/client-iam');
  for (const [when, arn] of [
    ['onSuccess', fn.onSuccess],
    ['onFailure', fn.onFailure],
  ] as const) {
    if (!arn) continue;
    const need = deliveryPermission(arn, fn.name);
    if (!need) continue;
    let decision: string | undefined;
    try {
      const out = await iam.send(
        new SimulatePrincipalPolicyCommand({
          PolicySourceArn: fn.role,
          ActionNames: [need.action],
          ResourceArns: [need.resource],
        }),
      );
      decision = out.EvaluationResults?.[0]?.EvalDecision;
    } catch {
      continue;
    }
    if (decision && decision !== 'allowed') {
      warnings.push(
        `function ${fn.name}: its role ${fn.role} lacks ${need.action} on ${arn} (${decision}); ${when} records will not be delivered`,
      );
    }
  }
  return warnings;
}
