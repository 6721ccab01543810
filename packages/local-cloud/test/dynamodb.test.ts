// DynamoDB through @aws-sdk/client-dynamodb and lib-dynamodb's DocumentClient over the real port: the data
// plane a handler uses, transactions (atomic, with AWS's cancellation reasons), TTL settings, regions kept
// apart, and dynalite loaded only at the first DynamoDB request.
import {
  BatchGetItemCommand,
  BatchWriteItemCommand,
  CreateTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  ExecuteStatementCommand,
  GetItemCommand,
  ListTablesCommand,
  PutItemCommand,
  TransactGetItemsCommand,
  TransactWriteItemsCommand,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { DynamoDbService } from '../src/dynamodb/index.js';
import { clientConfig, credentials, useCloud } from './fixtures/cloud.js';

let ddb: DynamoDBClient;
let doc: DynamoDBDocumentClient;
const cloud = useCloud({}, (up) => {
  ddb = new DynamoDBClient(clientConfig(up.url));
  doc = DynamoDBDocumentClient.from(ddb);
  return [ddb];
});

const service = () => cloud.cloud.services.get('dynamodb') as DynamoDbService;

async function createTable(name: string, withSort = false): Promise<void> {
  await ddb.send(
    new CreateTableCommand({
      TableName: name,
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        ...(withSort ? [{ AttributeName: 'sk', KeyType: 'RANGE' as const }] : []),
      ],
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        ...(withSort ? [{ AttributeName: 'sk', AttributeType: 'N' as const }] : []),
      ],
    }),
  );
}

describe('loading', () => {
  it('starts no dynalite until the first DynamoDB request, then one for its region', async () => {
    // Another service's request does not load it.
    await fetch(`${cloud.url}/_localcloud/health`);
    expect(service().started).toEqual([]);
    await ddb.send(new ListTablesCommand({}));
    expect(service().started).toEqual(['us-east-1']);
  });
});

describe('the data plane', () => {
  beforeAll(async () => {
    await createTable('orders', true);
    await createTable('plain');
  });

  it('puts, gets, updates and deletes through the DocumentClient', async () => {
    await doc.send(
      new PutCommand({ TableName: 'orders', Item: { pk: 'u1', sk: 1, total: 10, tags: ['a'] } }),
    );
    const got = await doc.send(new GetCommand({ TableName: 'orders', Key: { pk: 'u1', sk: 1 } }));
    expect(got.Item).toEqual({ pk: 'u1', sk: 1, total: 10, tags: ['a'] });
    const updated = await doc.send(
      new UpdateCommand({
        TableName: 'orders',
        Key: { pk: 'u1', sk: 1 },
        UpdateExpression: 'SET #t = #t + :n',
        ExpressionAttributeNames: { '#t': 'total' },
        ExpressionAttributeValues: { ':n': 5 },
        ReturnValues: 'ALL_NEW',
      }),
    );
    expect(updated.Attributes?.total).toBe(15);
    await expect(
      doc.send(
        new PutCommand({
          TableName: 'orders',
          Item: { pk: 'u1', sk: 1 },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      ),
    ).rejects.toMatchObject({ name: 'ConditionalCheckFailedException' });
    await doc.send(new DeleteCommand({ TableName: 'orders', Key: { pk: 'u1', sk: 1 } }));
    expect(
      (await doc.send(new GetCommand({ TableName: 'orders', Key: { pk: 'u1', sk: 1 } }))).Item,
    ).toBeUndefined();
  });

  it('queries by key condition and scans with a filter', async () => {
    for (const sk of [1, 2, 3]) {
      await doc.send(new PutCommand({ TableName: 'orders', Item: { pk: 'q', sk, even: sk % 2 === 0 } }));
    }
    const q = await doc.send(
      new QueryCommand({
        TableName: 'orders',
        KeyConditionExpression: 'pk = :p AND sk >= :s',
        ExpressionAttributeValues: { ':p': 'q', ':s': 2 },
        ScanIndexForward: false,
      }),
    );
    expect(q.Items?.map((i) => i.sk)).toEqual([3, 2]);
    const s = await doc.send(
      new ScanCommand({
        TableName: 'orders',
        FilterExpression: 'even = :t',
        ExpressionAttributeValues: { ':t': true },
      }),
    );
    expect(s.Items).toEqual([{ pk: 'q', sk: 2, even: true }]);
  });

  it('writes and reads in batches, binary values intact', async () => {
    await ddb.send(
      new BatchWriteItemCommand({
        RequestItems: {
          plain: [
            { PutRequest: { Item: { pk: { S: 'b1' }, blob: { B: Buffer.from([0, 1, 255]) } } } },
            { PutRequest: { Item: { pk: { S: 'b2' } } } },
          ],
        },
      }),
    );
    const out = await ddb.send(
      new BatchGetItemCommand({
        RequestItems: { plain: { Keys: [{ pk: { S: 'b1' } }, { pk: { S: 'b2' } }] } },
      }),
    );
    const items = out.Responses?.plain ?? [];
    expect(items.map((i) => i.pk.S).sort()).toEqual(['b1', 'b2']);
    expect(
      Buffer.from(items.find((i) => i.pk.S === 'b1')?.blob.B ?? []).equals(Buffer.from([0, 1, 255])),
    ).toBe(true);
    await doc.send(
      new BatchWriteCommand({ RequestItems: { plain: [{ DeleteRequest: { Key: { pk: 'b2' } } }] } }),
    );
    const after = await doc.send(new BatchGetCommand({ RequestItems: { plain: { Keys: [{ pk: 'b2' }] } } }));
    expect(after.Responses?.plain).toEqual([]);
  });

  it("answers dynalite's errors in AWS's shape, and 501 for what nobody here serves", async () => {
    await expect(
      ddb.send(new GetItemCommand({ TableName: 'missing', Key: { pk: { S: 'x' } } })),
    ).rejects.toMatchObject({ name: 'ResourceNotFoundException', message: 'Requested resource not found' });
    await expect(
      ddb.send(new ExecuteStatementCommand({ Statement: 'SELECT * FROM plain' })),
    ).rejects.toMatchObject({
      name: 'NotImplemented',
      $metadata: { httpStatusCode: 501 },
    });
    // dynalite would answer success and create nothing: refused instead.
    await expect(
      ddb.send(
        new UpdateTableCommand({
          TableName: 'plain',
          AttributeDefinitions: [{ AttributeName: 'other', AttributeType: 'S' }],
          GlobalSecondaryIndexUpdates: [
            {
              Create: {
                IndexName: 'byOther',
                KeySchema: [{ AttributeName: 'other', KeyType: 'HASH' }],
                Projection: { ProjectionType: 'ALL' },
              },
            },
          ],
        }),
      ),
    ).rejects.toMatchObject({ name: 'NotImplemented', $metadata: { httpStatusCode: 501 } });
  });

  it('sends the x-amz-crc32 header boto3 checks', async () => {
    const res = await fetch(cloud.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.0',
        'x-amz-target': 'DynamoDB_20120810.ListTables',
        'x-amz-date': '20260101T000000Z',
        authorization:
          'AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
      },
      body: '{}',
    });
    const body = await res.text();
    const { crc32 } = await import('node:zlib');
    expect(res.headers.get('x-amz-crc32')).toBe(String(crc32(body)));
  });
});

describe('TransactWriteItems', () => {
  beforeAll(async () => {
    await createTable('accounts');
    await doc.send(new PutCommand({ TableName: 'accounts', Item: { pk: 'alice', balance: 100 } }));
    await doc.send(new PutCommand({ TableName: 'accounts', Item: { pk: 'bob', balance: 0 } }));
  });

  const transfer = (amount: number, token?: string) =>
    new TransactWriteCommand({
      ClientRequestToken: token,
      TransactItems: [
        {
          Update: {
            TableName: 'accounts',
            Key: { pk: 'alice' },
            UpdateExpression: 'SET balance = balance - :a',
            ConditionExpression: 'balance >= :a',
            ExpressionAttributeValues: { ':a': amount },
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          },
        },
        {
          Update: {
            TableName: 'accounts',
            Key: { pk: 'bob' },
            UpdateExpression: 'SET balance = balance + :a',
            ExpressionAttributeValues: { ':a': amount },
          },
        },
        { Put: { TableName: 'accounts', Item: { pk: `log-${amount}`, amount } } },
      ],
    });

  const balance = async (pk: string) =>
    (await doc.send(new GetCommand({ TableName: 'accounts', Key: { pk } }))).Item?.balance;

  it('applies every item together', async () => {
    await doc.send(transfer(30));
    expect([await balance('alice'), await balance('bob')]).toEqual([70, 30]);
  });

  it('applies nothing when one condition fails, and reports each item in order', async () => {
    const err = (await doc.send(transfer(500)).catch((e) => e)) as {
      name: string;
      message: string;
      CancellationReasons?: { Code?: string; Message?: string; Item?: Record<string, unknown> }[];
    };
    expect(err.name).toBe('TransactionCanceledException');
    expect(err.message).toBe(
      'Transaction cancelled, please refer cancellation reasons for specific reasons [ConditionalCheckFailed, None, None]',
    );
    expect(err.CancellationReasons?.map((r) => r.Code)).toEqual(['ConditionalCheckFailed', 'None', 'None']);
    expect(err.CancellationReasons?.[0]).toMatchObject({
      Message: 'The conditional request failed',
      Item: { pk: { S: 'alice' }, balance: { N: '70' } },
    });
    // The two items that passed were undone.
    expect([await balance('alice'), await balance('bob')]).toEqual([70, 30]);
    expect(
      (await doc.send(new GetCommand({ TableName: 'accounts', Key: { pk: 'log-500' } }))).Item,
    ).toBeUndefined();
  });

  it('checks a condition on an item it does not write, and reports a bad update as ValidationError', async () => {
    const err = (await ddb
      .send(
        new TransactWriteItemsCommand({
          TransactItems: [
            {
              ConditionCheck: {
                TableName: 'accounts',
                Key: { pk: { S: 'bob' } },
                ConditionExpression: 'balance > :z',
                ExpressionAttributeValues: { ':z': { N: '0' } },
              },
            },
            {
              Update: {
                TableName: 'accounts',
                Key: { pk: { S: 'alice' } },
                UpdateExpression: 'SET balance = absent + :one',
                ExpressionAttributeValues: { ':one': { N: '1' } },
              },
            },
          ],
        }),
      )
      .catch((e) => e)) as { name: string; CancellationReasons?: { Code?: string; Message?: string }[] };
    expect(err.name).toBe('TransactionCanceledException');
    expect(err.CancellationReasons).toEqual([
      { Code: 'None' },
      {
        Code: 'ValidationError',
        Message: 'The provided expression refers to an attribute that does not exist in the item',
      },
    ]);
    // The condition check left bob as he was.
    expect(await balance('bob')).toBe(30);
  });

  it('fails a malformed expression whole, as ValidationException, writing nothing', async () => {
    await expect(
      ddb.send(
        new TransactWriteItemsCommand({
          TransactItems: [
            { Put: { TableName: 'accounts', Item: { pk: { S: 'dave' } } } },
            {
              Update: {
                TableName: 'accounts',
                Key: { pk: { S: 'alice' } },
                // `missing` is one of DynamoDB's reserved words.
                UpdateExpression: 'SET balance = missing',
              },
            },
          ],
        }),
      ),
    ).rejects.toMatchObject({
      name: 'ValidationException',
      message: 'Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: missing',
    });
    expect(
      (await doc.send(new GetCommand({ TableName: 'accounts', Key: { pk: 'dave' } }))).Item,
    ).toBeUndefined();
  });

  it('refuses two operations on one item before writing anything', async () => {
    await expect(
      ddb.send(
        new TransactWriteItemsCommand({
          TransactItems: [
            { Put: { TableName: 'accounts', Item: { pk: { S: 'carol' } } } },
            { Delete: { TableName: 'accounts', Key: { pk: { S: 'carol' } } } },
          ],
        }),
      ),
    ).rejects.toMatchObject({
      name: 'ValidationException',
      message: 'Transaction request cannot include multiple operations on one item',
    });
    expect(
      (await doc.send(new GetCommand({ TableName: 'accounts', Key: { pk: 'carol' } }))).Item,
    ).toBeUndefined();
  });

  it('applies a request once per ClientRequestToken, and refuses the token for another request', async () => {
    await doc.send(transfer(1, 'token-1'));
    await doc.send(transfer(1, 'token-1'));
    expect([await balance('alice'), await balance('bob')]).toEqual([69, 31]);
    await expect(doc.send(transfer(2, 'token-1'))).rejects.toMatchObject({
      name: 'IdempotentParameterMismatchException',
    });
  });

  it('lets no single write land inside a transaction that is undone', async () => {
    await doc.send(new PutCommand({ TableName: 'accounts', Item: { pk: 'counter', n: 0 } }));
    const increment = {
      TableName: 'accounts',
      Key: { pk: 'counter' },
      UpdateExpression: 'SET n = n + :one',
      ExpressionAttributeValues: { ':one': 1 },
    };
    // Each transaction increments, then fails its check and is undone from its before image: a single
    // write landing between the two would be lost.
    const doomed = new TransactWriteCommand({
      TransactItems: [
        { Update: increment },
        {
          ConditionCheck: {
            TableName: 'accounts',
            Key: { pk: 'alice' },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      ],
    });
    const runs = Array.from({ length: 60 }, (_, i) =>
      i % 2 === 0 ? doc.send(new UpdateCommand(increment)) : doc.send(doomed).catch((e) => e),
    );
    const results = await Promise.all(runs);
    expect(results.filter((r) => r instanceof Error).map((r) => (r as Error).name)).toEqual(
      Array(30).fill('TransactionCanceledException'),
    );
    expect((await doc.send(new GetCommand({ TableName: 'accounts', Key: { pk: 'counter' } }))).Item?.n).toBe(
      30,
    );
  });

  it('reads several items in one TransactGetItems', async () => {
    const out = await ddb.send(
      new TransactGetItemsCommand({
        TransactItems: [
          { Get: { TableName: 'accounts', Key: { pk: { S: 'alice' } } } },
          { Get: { TableName: 'accounts', Key: { pk: { S: 'nobody' } } } },
        ],
      }),
    );
    expect(out.Responses).toEqual([{ Item: { pk: { S: 'alice' }, balance: { N: '69' } } }, {}]);
  });
});

describe('time to live', () => {
  it('keeps the setting per table, and refuses enabling it twice', async () => {
    await createTable('sessions');
    const ttl = () => ddb.send(new DescribeTimeToLiveCommand({ TableName: 'sessions' }));
    expect((await ttl()).TimeToLiveDescription).toEqual({ TimeToLiveStatus: 'DISABLED' });
    await ddb.send(
      new UpdateTimeToLiveCommand({
        TableName: 'sessions',
        TimeToLiveSpecification: { Enabled: true, AttributeName: 'expires' },
      }),
    );
    expect((await ttl()).TimeToLiveDescription).toEqual({
      TimeToLiveStatus: 'ENABLED',
      AttributeName: 'expires',
    });
    await expect(
      ddb.send(
        new UpdateTimeToLiveCommand({
          TableName: 'sessions',
          TimeToLiveSpecification: { Enabled: true, AttributeName: 'expires' },
        }),
      ),
    ).rejects.toMatchObject({ name: 'ValidationException', message: 'TimeToLive is already enabled' });
  });
});

describe('regions', () => {
  it('keeps each region its own tables, with the region in the ARN', async () => {
    const eu = new DynamoDBClient({ endpoint: cloud.url, region: 'eu-west-1', credentials });
    try {
      const out = await eu.send(
        new CreateTableCommand({
          TableName: 'plain',
          BillingMode: 'PAY_PER_REQUEST',
          KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
          AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
        }),
      );
      expect(out.TableDescription?.TableArn).toBe('arn:aws:dynamodb:eu-west-1:000000000000:table/plain');
      await eu.send(new PutItemCommand({ TableName: 'plain', Item: { id: { S: 'eu' } } }));
      // us-east-1's `plain` has another key schema and never saw the item.
      await expect(
        ddb.send(new GetItemCommand({ TableName: 'plain', Key: { id: { S: 'eu' } } })),
      ).rejects.toMatchObject({ name: 'ValidationException' });
    } finally {
      eu.destroy();
    }
  });
});
