// The asynchronous processor: settles an order stored by the API. An order that is not in the table, or
// whose amount is not positive, fails (after one retry the failure record goes to the queue).
import { DynamoDBClient, GetItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';

const db = new DynamoDBClient({});

export const handler = async (event) => {
  const TableName = process.env.ORDERS_TABLE;
  // Orders fired straight at the processor (replays, tests) carry their fields; they are stored first.
  if (event.order) {
    await db.send(
      new UpdateItemCommand({
        TableName,
        Key: { orderId: { S: event.orderId } },
        UpdateExpression: 'SET customerId = :c, amount = :a, #s = :s',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: {
          ':c': { S: event.order.customerId },
          ':a': { N: String(event.order.amount) },
          ':s': { S: 'RECEIVED' },
        },
      }),
    );
  }
  const { Item } = await db.send(new GetItemCommand({ TableName, Key: { orderId: { S: event.orderId } } }));
  if (!Item) throw new Error(`order ${event.orderId} is not in ${TableName}`);
  const status = Number(Item.amount.N) > 0 ? 'SETTLED' : 'REJECTED';
  const { Attributes } = await db.send(
    new UpdateItemCommand({
      TableName,
      Key: { orderId: { S: event.orderId } },
      UpdateExpression: 'SET #s = :s ADD attempts :one',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: { ':s': { S: status }, ':one': { N: '1' } },
      ReturnValues: 'ALL_NEW',
    }),
  );
  if (status === 'REJECTED')
    throw new Error(
      `order ${event.orderId} rejected: amount ${Item.amount.N}, attempt ${Attributes.attempts.N}`,
    );
  return { orderId: event.orderId, status, attempts: Number(Attributes.attempts.N) };
};
