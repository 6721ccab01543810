// DescribeTimeToLive: the setting UpdateTimeToLive kept (dynalite's own answers DISABLED always).
import type { DescribeTimeToLiveInput, DescribeTimeToLiveOutput } from '@aws-sdk/client-dynamodb';
import type { DynamoDbContext } from './context.js';

export async function describeTimeToLive(
  ctx: DynamoDbContext,
  input: DescribeTimeToLiveInput,
): Promise<DescribeTimeToLiveOutput> {
  const { Table: table } = await ctx.tables.describeTable({ TableName: input.TableName });
  const spec = ctx.timeToLive.get(String(table?.TableId));
  return {
    TimeToLiveDescription: spec
      ? { TimeToLiveStatus: 'ENABLED', AttributeName: spec.AttributeName }
      : { TimeToLiveStatus: 'DISABLED' },
  };
}
