// ListExports: every export of the region with the stack that owns it.
import type { ListExportsInput, ListExportsOutput } from '@aws-sdk/client-cloudformation';
import type { CloudFormationContext } from './context.js';

export async function listExports(
  ctx: CloudFormationContext,
  _input: ListExportsInput,
): Promise<ListExportsOutput> {
  const exports = (await ctx.engine()).exportsOf(ctx.region);
  return { Exports: exports.map((e) => ({ ExportingStackId: e.stackId, Name: e.name, Value: e.value })) };
}
