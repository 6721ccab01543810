// UpdateTimeToLive, which dynalite lacks: the table's setting is kept; items are never expired.
import type { UpdateTimeToLiveInput, UpdateTimeToLiveOutput } from '@aws-sdk/client-dynamodb';
import type { DynamoDbContext } from './context.js';
import { timeToLiveAlready } from './errors.js';

export async function updateTimeToLive(
  ctx: DynamoDbContext,
  input: UpdateTimeToLiveInput,
): Promise<UpdateTimeToLiveOutput> {
  // dynalite answers a missing table with AWS's ResourceNotFoundException.
  const { Table: table } = await ctx.tables.describeTable({ TableName: input.TableName });
  const id = String(table?.TableId);
  const spec = input.TimeToLiveSpecification;
  const current = ctx.timeToLive.get(id);
  if (spec?.Enabled) {
    if (current) throw timeToLiveAlready('enabled');
    ctx.timeToLive.set(id, { Enabled: true, AttributeName: spec.AttributeName });
  } else {
    if (!current) throw timeToLiveAlready('disabled');
    ctx.timeToLive.delete(id);
  }
  return { TimeToLiveSpecification: spec };
}
