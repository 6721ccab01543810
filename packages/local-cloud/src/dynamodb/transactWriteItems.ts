// TransactWriteItems, which dynalite lacks, built on its own single-item operations: with the region's
// tables held alone, every item's before image is read, each write is applied with its own condition,
// and if any item fails every applied write is undone from the before images.
//
// Items are distinct (AWS refuses two operations on one item), so each condition sees the state before
// the transaction, as on AWS, and every item's reason can be reported, not only the first failure's.
import type {
  AttributeValue,
  CancellationReason,
  ConsumedCapacity,
  KeySchemaElement,
  TransactWriteItem,
  TransactWriteItemsInput,
  TransactWriteItemsOutput,
} from '@aws-sdk/client-dynamodb';
import type { DynamoDbContext } from './context.js';
import {
  codeOf,
  conditionalRequestFailed,
  idempotentParameterMismatch,
  isDataValidation,
  lengthConstraint,
  multipleOperationsOnOneItem,
  oneActionPerItem,
  transactionCanceled,
} from './errors.js';
import { itemIdentity, keyOf } from './keys.js';
import type { Tables } from './tables.js';

export const MAX_TRANSACT_ITEMS = 100;
/** How long AWS remembers a ClientRequestToken. */
const TOKEN_MS = 10 * 60 * 1000;

type Key = Record<string, AttributeValue>;

interface Step {
  item: TransactWriteItem;
  table: string;
  key: Key;
  before?: Key;
  returnOld: boolean;
}

export async function transactWriteItems(
  ctx: DynamoDbContext,
  input: TransactWriteItemsInput,
): Promise<TransactWriteItemsOutput> {
  const items = input.TransactItems ?? [];
  if (items.length < 1) throw lengthConstraint('transactItems', 'greater', 1);
  if (items.length > MAX_TRANSACT_ITEMS) throw lengthConstraint('transactItems', 'less', MAX_TRANSACT_ITEMS);
  for (const item of items) {
    const actions = [item.ConditionCheck, item.Put, item.Update, item.Delete].filter(Boolean);
    if (actions.length !== 1) throw oneActionPerItem();
  }
  return ctx.lock.exclusive(async () => {
    const token = input.ClientRequestToken;
    const fingerprint = token ? fingerprintOf(input) : '';
    if (token) {
      const seen = remembered(ctx, token);
      if (seen && seen.fingerprint !== fingerprint) throw idempotentParameterMismatch();
      // The same request again: already applied, nothing more to do.
      if (seen) return {};
    }
    const steps = await plan(ctx.tables, items);
    const capacity = new Map<string, number>();
    const reasons: CancellationReason[] = [];
    const applied: Step[] = [];
    const total = input.ReturnConsumedCapacity === 'TOTAL' || input.ReturnConsumedCapacity === 'INDEXES';
    try {
      for (const step of steps) {
        try {
          const used = await apply(ctx.tables, step);
          if (!step.item.ConditionCheck) applied.push(step);
          capacity.set(step.table, (capacity.get(step.table) ?? 0) + used);
          reasons.push({ Code: 'None' });
        } catch (err) {
          reasons.push(reasonFor(err, step));
        }
      }
    } catch (err) {
      await undo(ctx.tables, applied);
      throw err;
    }
    if (reasons.some((r) => r.Code !== 'None')) {
      await undo(ctx.tables, applied);
      throw transactionCanceled(reasons, ctx.writeReasons);
    }
    if (token) ctx.tokens.set(token, { fingerprint, at: Date.now() });
    if (!total) return {};
    // A transactional write costs two write units per item unit.
    const consumed: ConsumedCapacity[] = [...capacity].map(([TableName, units]) => ({
      TableName,
      CapacityUnits: units * 2,
      WriteCapacityUnits: units * 2,
    }));
    return { ConsumedCapacity: consumed };
  });
}

/** Every item's table, key and before image; two operations on one item are refused before anything is written. */
async function plan(tables: Tables, items: TransactWriteItem[]): Promise<Step[]> {
  const schemas = new Map<string, KeySchemaElement[]>();
  const seen = new Set<string>();
  const steps: Step[] = [];
  for (const item of items) {
    const action = (item.ConditionCheck ?? item.Put ?? item.Update ?? item.Delete)!;
    const table = String(action.TableName);
    let key: Key;
    if (item.Put) {
      let schema = schemas.get(table);
      if (!schema) {
        schema = (await tables.describeTable({ TableName: table })).Table?.KeySchema ?? [];
        schemas.set(table, schema);
      }
      key = keyOf(item.Put.Item ?? {}, schema);
    } else key = (item.ConditionCheck ?? item.Update ?? item.Delete)?.Key ?? {};
    const identity = itemIdentity(table, key);
    if (seen.has(identity)) throw multipleOperationsOnOneItem();
    seen.add(identity);
    steps.push({
      item,
      table,
      key,
      returnOld: action.ReturnValuesOnConditionCheckFailure === 'ALL_OLD',
    });
  }
  for (const step of steps) {
    step.before = (await tables.getItem({ TableName: step.table, Key: step.key, ConsistentRead: true })).Item;
  }
  return steps;
}

/** One item's write with its condition; answers the write units it used. */
async function apply(tables: Tables, step: Step): Promise<number> {
  const { ConditionCheck: check, Put: put, Update: update, Delete: del } = step.item;
  const common = { ReturnConsumedCapacity: 'TOTAL' as const };
  if (put) {
    const out = await tables.putItem({
      TableName: put.TableName,
      Item: put.Item,
      ConditionExpression: put.ConditionExpression,
      ExpressionAttributeNames: put.ExpressionAttributeNames,
      ExpressionAttributeValues: put.ExpressionAttributeValues,
      ...common,
    });
    return out.ConsumedCapacity?.CapacityUnits ?? 1;
  }
  if (update) {
    const out = await tables.updateItem({
      TableName: update.TableName,
      Key: update.Key,
      UpdateExpression: update.UpdateExpression,
      ConditionExpression: update.ConditionExpression,
      ExpressionAttributeNames: update.ExpressionAttributeNames,
      ExpressionAttributeValues: update.ExpressionAttributeValues,
      ...common,
    });
    return out.ConsumedCapacity?.CapacityUnits ?? 1;
  }
  const target = (check ?? del)!;
  // A condition check is a conditional delete put straight back: dynalite evaluates the condition itself.
  const out = await tables.deleteItem({
    TableName: target.TableName,
    Key: target.Key,
    ConditionExpression: target.ConditionExpression,
    ExpressionAttributeNames: target.ExpressionAttributeNames,
    ExpressionAttributeValues: target.ExpressionAttributeValues,
    ...common,
  });
  if (check) {
    await restore(tables, step);
    return 0;
  }
  return out.ConsumedCapacity?.CapacityUnits ?? 1;
}

/**
 * A failed item's reason as AWS reports it. A malformed request (a bad expression) fails whole with
 * ValidationException, as anything else does; only the data's own failures become reasons.
 */
function reasonFor(err: unknown, step: Step): CancellationReason {
  const code = codeOf(err);
  if (code === 'ConditionalCheckFailedException') {
    return step.returnOld && step.before
      ? { Code: 'ConditionalCheckFailed', Item: step.before, Message: conditionalRequestFailed }
      : { Code: 'ConditionalCheckFailed', Message: conditionalRequestFailed };
  }
  if (isDataValidation(err)) return { Code: 'ValidationError', Message: (err as Error).message };
  throw err;
}

async function undo(tables: Tables, applied: Step[]): Promise<void> {
  for (const step of applied.reverse()) await restore(tables, step);
}

/** Puts an item back as it was before the transaction (gone, if it did not exist). */
async function restore(tables: Tables, step: Step): Promise<void> {
  if (step.before) await tables.putItem({ TableName: step.table, Item: step.before });
  else await tables.deleteItem({ TableName: step.table, Key: step.key });
}

function remembered(ctx: DynamoDbContext, token: string): { fingerprint: string } | undefined {
  const now = Date.now();
  for (const [t, v] of ctx.tokens) if (now - v.at > TOKEN_MS) ctx.tokens.delete(t);
  return ctx.tokens.get(token);
}

/** The request without its token, as text (equal requests give equal text: the codec built both alike). */
function fingerprintOf(input: TransactWriteItemsInput): string {
  const { ClientRequestToken: _, ...rest } = input;
  return JSON.stringify(rest);
}
