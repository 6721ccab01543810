// ListImports: the stacks that import an export.
import type { ListImportsInput, ListImportsOutput } from '@aws-sdk/client-cloudformation';
import type { CloudFormationContext } from './context.js';
import { exportNotImported } from './errors.js';
import { required } from './validate.js';

export async function listImports(
  ctx: CloudFormationContext,
  input: ListImportsInput,
): Promise<ListImportsOutput> {
  const name = required(input.ExportName, 'ExportName');
  const importers = (await ctx.engine()).importers(ctx.region, name);
  if (importers.length === 0) throw exportNotImported(name);
  return { Imports: importers.map((s) => s.stackName) };
}
