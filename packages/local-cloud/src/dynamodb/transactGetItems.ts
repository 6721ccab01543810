// TransactGetItems, which dynalite lacks: every item read with the region's tables held alone, so no
// write lands between two of the reads.
import type { ItemResponse, TransactGetItemsInput, TransactGetItemsOutput } from '@aws-sdk/client-dynamodb';
import type { DynamoDbContext } from './context.js';
import { lengthConstraint, multipleOperationsOnOneItem } from './errors.js';
import { itemIdentity } from './keys.js';
import { MAX_TRANSACT_ITEMS } from './transactWriteItems.js';

export async function transactGetItems(
  ctx: DynamoDbContext,
  input: TransactGetItemsInput,
): Promise<TransactGetItemsOutput> {
  const items = input.TransactItems ?? [];
  if (items.length < 1) throw lengthConstraint('transactItems', 'greater', 1);
  if (items.length > MAX_TRANSACT_ITEMS) throw lengthConstraint('transactItems', 'less', MAX_TRANSACT_ITEMS);
  const seen = new Set<string>();
  for (const { Get: get } of items) {
    const identity = itemIdentity(String(get?.TableName), get?.Key ?? {});
    if (seen.has(identity)) throw multipleOperationsOnOneItem();
    seen.add(identity);
  }
  return ctx.lock.exclusive(async () => {
    const responses: ItemResponse[] = [];
    for (const { Get: get } of items) {
      const out = await ctx.tables.getItem({
        TableName: get?.TableName,
        Key: get?.Key,
        ProjectionExpression: get?.ProjectionExpression,
        ExpressionAttributeNames: get?.ExpressionAttributeNames,
        ConsistentRead: true,
      });
      responses.push(out.Item ? { Item: out.Item } : {});
    }
    return { Responses: responses };
  });
}
