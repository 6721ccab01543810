// DescribeStackResources: a stack's resources, by stack name or by a resource's physical id.
import type {
  DescribeStackResourcesInput,
  DescribeStackResourcesOutput,
} from '@aws-sdk/client-cloudformation';
import type { Stack } from '../stacks/types.js';
import type { CloudFormationContext } from './context.js';
import { noStackForPhysicalId, stackOrPhysicalIdRequired } from './errors.js';
import { optionalStackNameOrId } from './validate.js';
import { resourceView } from './views.js';

export async function describeStackResources(
  ctx: CloudFormationContext,
  input: DescribeStackResourcesInput,
): Promise<DescribeStackResourcesOutput> {
  const name = optionalStackNameOrId(input.StackName);
  const physicalId = input.PhysicalResourceId;
  if (!name && !physicalId) throw stackOrPhysicalIdRequired();
  const engine = await ctx.engine();
  let stack: Stack | undefined;
  if (name) stack = engine.get(ctx.region, name);
  else {
    stack = engine.stacks.find(
      (s) => s.region === ctx.region && [...s.resources.values()].some((r) => r.physicalId === physicalId),
    );
    if (!stack) throw noStackForPhysicalId(physicalId!);
  }
  const s = stack;
  const list = [...s.resources.values()].filter(
    (r) => !input.LogicalResourceId || r.logicalId === input.LogicalResourceId,
  );
  return { StackResources: list.map((r) => resourceView(s, r)) };
}
