// The HTTP API: POST /orders stores an order and hands it to the processor; GET /orders/{id} reads it.

import { randomUUID } from 'node:crypto';
import { DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';

const db = new DynamoDBClient({});
const lambda = new LambdaClient({});
const json = (statusCode, body) => ({
  statusCode,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

export const createOrder = async (event) => {
  const order = JSON.parse(event.body ?? '{}');
  if (!order.customerId || typeof order.amount !== 'number')
    return json(400, { message: 'customerId and a numeric amount are required' });
  const orderId = randomUUID();
  await db.send(
    new PutItemCommand({
      TableName: process.env.ORDERS_TABLE,
      Item: {
        orderId: { S: orderId },
        customerId: { S: order.customerId },
        amount: { N: String(order.amount) },
        status: { S: 'RECEIVED' },
      },
    }),
  );
  await lambda.send(
    new InvokeCommand({
      FunctionName: process.env.PROCESSOR,
      InvocationType: 'Event',
      Payload: JSON.stringify({ orderId }),
    }),
  );
  return json(202, { orderId });
};

export const getOrder = async (event) => {
  const { Item } = await db.send(
    new GetItemCommand({
      TableName: process.env.ORDERS_TABLE,
      Key: { orderId: { S: event.pathParameters.id } },
    }),
  );
  if (!Item) return json(404, { message: 'no such order' });
  return json(200, { orderId: Item.orderId.S, status: Item.status.S, amount: Number(Item.amount.N) });
};
