// A stack of what handlers read and write (a DynamoDB table, an SSM parameter, a secret): created for real,
// their Ref and GetAtt values AWS-shaped, updated in place, names already taken refused, and all of it
// deleted with the stack.
import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import {
  CreateSecretCommand,
  DescribeSecretCommand,
  GetSecretValueCommand,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { GetParameterCommand, PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { deployTemplate, removeStack, StackOperationError } from '@destinations-action/deploy';
import { describe, expect, it } from '@jest/globals';
import { clientConfig } from './fixtures/cloud.js';
import { useStackCloud } from './stacks-helpers.js';

const { cloud } = useStackCloud();
const ddb = () => new DynamoDBClient(clientConfig(cloud.url));
const ssm = () => new SSMClient(clientConfig(cloud.url));
const sm = () => new SecretsManagerClient(clientConfig(cloud.url));

function template(value: string, extra: Record<string, unknown> = {}) {
  return JSON.stringify({
    Resources: {
      Orders: {
        Type: 'AWS::DynamoDB::Table',
        Properties: {
          TableName: 'stack-orders',
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: [
            { AttributeName: 'pk', AttributeType: 'S' },
            { AttributeName: 'sk', AttributeType: 'S' },
            { AttributeName: 'status', AttributeType: 'S' },
          ],
          KeySchema: [
            { AttributeName: 'pk', KeyType: 'HASH' },
            { AttributeName: 'sk', KeyType: 'RANGE' },
          ],
          GlobalSecondaryIndexes: [
            {
              IndexName: 'byStatus',
              KeySchema: [{ AttributeName: 'status', KeyType: 'HASH' }],
              Projection: { ProjectionType: 'ALL' },
            },
          ],
          LocalSecondaryIndexes: [
            {
              IndexName: 'byStatusLocal',
              KeySchema: [
                { AttributeName: 'pk', KeyType: 'HASH' },
                { AttributeName: 'status', KeyType: 'RANGE' },
              ],
              Projection: { ProjectionType: 'KEYS_ONLY' },
            },
          ],
          StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
          TimeToLiveSpecification: { AttributeName: 'expires', Enabled: true },
          Tags: [{ Key: 'team', Value: 'a' }],
        },
      },
      Setting: {
        Type: 'AWS::SSM::Parameter',
        Properties: { Name: '/stack/table', Type: 'String', Value: { 'Fn::Sub': `\${Orders}:${value}` } },
      },
      Password: {
        Type: 'AWS::SecretsManager::Secret',
        Properties: {
          Name: 'stack/db',
          GenerateSecretString: {
            SecretStringTemplate: '{"username":"admin"}',
            GenerateStringKey: 'password',
            PasswordLength: 20,
            ExcludePunctuation: true,
          },
        },
      },
      ...extra,
    },
    Outputs: {
      TableName: { Value: { Ref: 'Orders' } },
      TableArn: { Value: { 'Fn::GetAtt': ['Orders', 'Arn'] } },
      StreamArn: { Value: { 'Fn::GetAtt': ['Orders', 'StreamArn'] } },
      ParameterName: { Value: { Ref: 'Setting' } },
      ParameterType: { Value: { 'Fn::GetAtt': ['Setting', 'Type'] } },
      ParameterValue: { Value: { 'Fn::GetAtt': ['Setting', 'Value'] } },
      SecretArn: { Value: { Ref: 'Password' } },
    },
  });
}

describe('a stack of a table, a parameter and a secret', () => {
  it('creates each for real, with AWS-shaped Ref and GetAtt values', async () => {
    const out = await deployTemplate({
      stackName: 'data-stack',
      templateBody: template('v1'),
      endpoint: cloud.url,
    });
    expect(out.status).toBe('CREATE_COMPLETE');
    expect(out.outputs).toMatchObject({
      TableName: 'stack-orders',
      TableArn: 'arn:aws:dynamodb:us-east-1:000000000000:table/stack-orders',
      ParameterName: '/stack/table',
      ParameterType: 'String',
      ParameterValue: 'stack-orders:v1',
    });
    expect(out.outputs.StreamArn).toMatch(
      /^arn:aws:dynamodb:us-east-1:000000000000:table\/stack-orders\/stream\/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}$/,
    );
    expect(out.outputs.SecretArn).toMatch(
      /^arn:aws:secretsmanager:us-east-1:000000000000:secret:stack\/db-[A-Za-z0-9]{6}$/,
    );

    const table = (await ddb().send(new DescribeTableCommand({ TableName: 'stack-orders' }))).Table;
    expect(table?.GlobalSecondaryIndexes?.map((g) => g.IndexName)).toEqual(['byStatus']);
    expect(table?.LocalSecondaryIndexes?.map((l) => l.IndexName)).toEqual(['byStatusLocal']);
    expect(
      (await ddb().send(new DescribeTimeToLiveCommand({ TableName: 'stack-orders' }))).TimeToLiveDescription,
    ).toEqual({ TimeToLiveStatus: 'ENABLED', AttributeName: 'expires' });
    await ddb().send(
      new PutItemCommand({
        TableName: 'stack-orders',
        Item: { pk: { S: 'a' }, sk: { S: '1' }, status: { S: 'new' } },
      }),
    );
    expect(
      (
        await ddb().send(
          new GetItemCommand({ TableName: 'stack-orders', Key: { pk: { S: 'a' }, sk: { S: '1' } } }),
        )
      ).Item?.status,
    ).toEqual({ S: 'new' });

    const param = await ssm().send(new GetParameterCommand({ Name: '/stack/table' }));
    expect(param.Parameter?.Value).toBe('stack-orders:v1');
    const secret = JSON.parse(
      String((await sm().send(new GetSecretValueCommand({ SecretId: out.outputs.SecretArn }))).SecretString),
    );
    expect(secret.username).toBe('admin');
    expect(secret.password).toMatch(/^[A-Za-z0-9]{20}$/);
  });

  it('updates the parameter and the TTL in place, keeping the data and the password', async () => {
    const before = await sm().send(new GetSecretValueCommand({ SecretId: 'stack/db' }));
    const next = JSON.parse(template('v2'));
    next.Resources.Orders.Properties.TimeToLiveSpecification.Enabled = false;
    const out = await deployTemplate({
      stackName: 'data-stack',
      templateBody: JSON.stringify(next),
      endpoint: cloud.url,
    });
    expect(out.status).toBe('UPDATE_COMPLETE');
    expect(out.outputs.ParameterValue).toBe('stack-orders:v2');
    const param = await ssm().send(new GetParameterCommand({ Name: '/stack/table' }));
    expect(param.Parameter).toMatchObject({ Value: 'stack-orders:v2', Version: 2 });
    expect(
      (await ddb().send(new DescribeTimeToLiveCommand({ TableName: 'stack-orders' }))).TimeToLiveDescription,
    ).toEqual({ TimeToLiveStatus: 'DISABLED' });
    const kept = await ddb().send(
      new GetItemCommand({ TableName: 'stack-orders', Key: { pk: { S: 'a' }, sk: { S: '1' } } }),
    );
    expect(kept.Item?.status).toEqual({ S: 'new' });
    const after = await sm().send(new GetSecretValueCommand({ SecretId: 'stack/db' }));
    expect(after.SecretString).toBe(before.SecretString);
  });

  it('fails an update that adds a global index, saying why, and rolls back', async () => {
    const next = JSON.parse(template('v2'));
    next.Resources.Orders.Properties.TimeToLiveSpecification.Enabled = false;
    next.Resources.Orders.Properties.GlobalSecondaryIndexes.push({
      IndexName: 'bySk',
      KeySchema: [{ AttributeName: 'sk', KeyType: 'HASH' }],
      Projection: { ProjectionType: 'KEYS_ONLY' },
    });
    const err = (await deployTemplate({
      stackName: 'data-stack',
      templateBody: JSON.stringify(next),
      endpoint: cloud.url,
    }).catch((e) => e)) as StackOperationError;
    expect(err).toBeInstanceOf(StackOperationError);
    expect(err.status).toBe('UPDATE_ROLLBACK_COMPLETE');
    expect(err.failures[0].reason).toContain('cannot create or delete a global secondary index');
    const table = (await ddb().send(new DescribeTableCommand({ TableName: 'stack-orders' }))).Table;
    expect(table?.GlobalSecondaryIndexes?.map((g) => g.IndexName)).toEqual(['byStatus']);
  });

  it('refuses a table, parameter or secret whose name is already taken, and leaves it as it was', async () => {
    await ddb().send(
      new CreateTableCommand({
        TableName: 'taken-table',
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      }),
    );
    await ssm().send(new PutParameterCommand({ Name: '/taken/param', Value: 'mine', Type: 'String' }));
    await sm().send(new CreateSecretCommand({ Name: 'taken/secret', SecretString: 'mine' }));
    const cases: [string, unknown][] = [
      [
        'AWS::DynamoDB::Table',
        {
          TableName: 'taken-table',
          BillingMode: 'PAY_PER_REQUEST',
          KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
          AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
        },
      ],
      ['AWS::SSM::Parameter', { Name: '/taken/param', Type: 'String', Value: 'theirs' }],
      ['AWS::SecretsManager::Secret', { Name: 'taken/secret', SecretString: 'theirs' }],
    ];
    for (const [type, props] of cases) {
      const id = type.split('::')[2];
      const err = (await deployTemplate({
        stackName: `taken-${id}`,
        templateBody: JSON.stringify({ Resources: { R: { Type: type, Properties: props } } }),
        endpoint: cloud.url,
      }).catch((e) => e)) as StackOperationError;
      expect(err).toBeInstanceOf(StackOperationError);
      expect(err.failures[0].reason).toMatch(/Resource of type '.+' with identifier '.+' already exists\./);
      expect(err.failures[0].type).toBe(type);
    }
    expect((await ssm().send(new GetParameterCommand({ Name: '/taken/param' }))).Parameter?.Value).toBe(
      'mine',
    );
    expect((await sm().send(new GetSecretValueCommand({ SecretId: 'taken/secret' }))).SecretString).toBe(
      'mine',
    );
    await ddb().send(new DescribeTableCommand({ TableName: 'taken-table' }));
  });

  it('deletes all three with the stack, the secret without a recovery window', async () => {
    await removeStack({ stackName: 'data-stack', endpoint: cloud.url });
    await expect(ddb().send(new DescribeTableCommand({ TableName: 'stack-orders' }))).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
    });
    await expect(ssm().send(new GetParameterCommand({ Name: '/stack/table' }))).rejects.toMatchObject({
      name: 'ParameterNotFound',
    });
    await expect(sm().send(new DescribeSecretCommand({ SecretId: 'stack/db' }))).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
    });
  });
});
