// Resource types the local cloud does not serve deploy as inert placeholders whose Ref and Fn::GetAtt
// values have AWS's formats, usable by the resources it does serve; strict mode refuses them, naming each.
import {
  DescribeStackResourcesCommand,
  DescribeStacksCommand,
  ListStackResourcesCommand,
} from '@aws-sdk/client-cloudformation';
import { GetRolePolicyCommand } from '@aws-sdk/client-iam';
import { GetFunctionConfigurationCommand } from '@aws-sdk/client-lambda';
import { ListQueuesCommand } from '@aws-sdk/client-sqs';
import { deployTemplate, removeStack, StackOperationError } from '@destinations-action/deploy';
import { describe, expect, it } from '@jest/globals';
import { eventLines, useStackCloud } from './stacks-helpers.js';

const { cloud, c } = useStackCloud();

const ACCOUNT = '000000000000';
const REGION = 'us-east-1';

/** Eleven types the local cloud does not serve, a role and a function that use their values. */
function template(streamName = 'orders-stream'): string {
  return JSON.stringify({
    Resources: {
      Stream: { Type: 'AWS::Kinesis::Stream', Properties: { Name: streamName, ShardCount: 1 } },
      Machine: {
        Type: 'AWS::StepFunctions::StateMachine',
        Properties: { DefinitionString: '{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}' },
      },
      Pool: { Type: 'AWS::Cognito::UserPool', Properties: { UserPoolName: 'users' } },
      Key: { Type: 'AWS::KMS::Key', Properties: { Description: 'data key' } },
      Cache: { Type: 'AWS::ElastiCache::CacheCluster', Properties: { Engine: 'redis', NumCacheNodes: 1 } },
      Db: {
        Type: 'AWS::RDS::DBInstance',
        Properties: { Engine: 'postgres', DBInstanceClass: 'db.t3.micro' },
      },
      Cdn: { Type: 'AWS::CloudFront::Distribution', Properties: { DistributionConfig: { Enabled: true } } },
      Acl: {
        Type: 'AWS::WAFv2::WebACL',
        Properties: { Name: 'edge-acl', Scope: 'REGIONAL', DefaultAction: { Allow: {} } },
      },
      Api: { Type: 'AWS::AppSync::GraphQLApi', Properties: { Name: 'api', AuthenticationType: 'API_KEY' } },
      Record: {
        Type: 'AWS::Route53::RecordSet',
        Properties: { Name: 'api.example.com', Type: 'CNAME', TTL: '60', ResourceRecords: ['example.net'] },
      },
      Job: {
        Type: 'AWS::Glue::Job',
        Properties: { Name: 'etl-job', Role: 'r', Command: { Name: 'glueetl' } },
      },
      Queue: { Type: 'AWS::SQS::Queue' },
      Role: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: {
            Statement: [
              { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
            ],
          },
          Policies: [
            {
              PolicyName: 'use-them',
              PolicyDocument: {
                Version: '2012-10-17',
                Statement: [
                  {
                    Effect: 'Allow',
                    Action: 'kinesis:PutRecord',
                    Resource: { 'Fn::GetAtt': ['Stream', 'Arn'] },
                  },
                  { Effect: 'Allow', Action: 'states:StartExecution', Resource: { Ref: 'Machine' } },
                  { Effect: 'Allow', Action: 'kms:Decrypt', Resource: { 'Fn::GetAtt': ['Key', 'Arn'] } },
                  { Effect: 'Allow', Action: 'cognito-idp:*', Resource: { 'Fn::GetAtt': ['Pool', 'Arn'] } },
                ],
              },
            },
          ],
        },
      },
      Fn: {
        Type: 'AWS::Lambda::Function',
        Properties: {
          Runtime: 'nodejs20.x',
          Handler: 'index.handler',
          Role: { 'Fn::GetAtt': ['Role', 'Arn'] },
          Code: { ZipFile: 'exports.handler = async () => process.env;' },
          Environment: {
            Variables: {
              STREAM: { Ref: 'Stream' },
              POOL: { Ref: 'Pool' },
              POOL_URL: { 'Fn::GetAtt': ['Pool', 'ProviderURL'] },
              KEY_ID: { Ref: 'Key' },
              CACHE_HOST: { 'Fn::GetAtt': ['Cache', 'RedisEndpoint.Address'] },
              CACHE_PORT: { 'Fn::GetAtt': ['Cache', 'RedisEndpoint.Port'] },
              DB_HOST: { 'Fn::GetAtt': ['Db', 'Endpoint.Address'] },
              DB_PORT: { 'Fn::GetAtt': ['Db', 'Endpoint.Port'] },
              CDN: { 'Fn::GetAtt': ['Cdn', 'DomainName'] },
              ACL: { Ref: 'Acl' },
              ACL_ARN: { 'Fn::GetAtt': ['Acl', 'Arn'] },
              GRAPHQL: { 'Fn::GetAtt': ['Api', 'GraphQLUrl'] },
              API_ID: { 'Fn::GetAtt': ['Api', 'ApiId'] },
              HOST: { Ref: 'Record' },
              JOB: { Ref: 'Job' },
              JOB_ARN: { 'Fn::GetAtt': ['Job', 'Arn'] },
              JOB_OTHER: { 'Fn::GetAtt': ['Job', 'Some.Attribute'] },
              MACHINE_NAME: { 'Fn::GetAtt': ['Machine', 'Name'] },
              QUEUE: { Ref: 'Queue' },
            },
          },
        },
      },
    },
    Outputs: {
      MachineArn: { Value: { Ref: 'Machine' } },
      KeyArn: { Value: { 'Fn::GetAtt': ['Key', 'Arn'] } },
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a CloudFormation Fn::Sub string
      ApiArn: { Value: { 'Fn::Sub': '${Api.Arn}' } },
    },
  });
}

const PLACEHOLDERS = [
  ['Stream', 'AWS::Kinesis::Stream'],
  ['Machine', 'AWS::StepFunctions::StateMachine'],
  ['Pool', 'AWS::Cognito::UserPool'],
  ['Key', 'AWS::KMS::Key'],
  ['Cache', 'AWS::ElastiCache::CacheCluster'],
  ['Db', 'AWS::RDS::DBInstance'],
  ['Cdn', 'AWS::CloudFront::Distribution'],
  ['Acl', 'AWS::WAFv2::WebACL'],
  ['Api', 'AWS::AppSync::GraphQLApi'],
  ['Record', 'AWS::Route53::RecordSet'],
  ['Job', 'AWS::Glue::Job'],
];

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

async function environment(stack: string): Promise<Record<string, string>> {
  const { StackResources } = await c.cfn.send(
    new DescribeStackResourcesCommand({ StackName: stack, LogicalResourceId: 'Fn' }),
  );
  const fn = await c.lambda.send(
    new GetFunctionConfigurationCommand({ FunctionName: StackResources![0].PhysicalResourceId }),
  );
  return fn.Environment!.Variables!;
}

describe('resource types the local cloud does not serve', () => {
  it('deploy as placeholders with AWS-shaped values that served resources use, listed by the deploy', async () => {
    const result = await deployTemplate({
      stackName: 'ph-stack',
      templateBody: template(),
      endpoint: cloud.url,
    });
    expect(result.status).toBe('CREATE_COMPLETE');
    expect(result.placeholders.map((p) => [p.logicalId, p.type])).toEqual(
      expect.arrayContaining(PLACEHOLDERS),
    );
    expect(result.placeholders).toHaveLength(PLACEHOLDERS.length);
    expect(result.placeholders[0].reason).toMatch(
      /^AWS::\S+ is not emulated by this local cloud: an inert placeholder stands in, .*a handler that calls it will fail$/,
    );
    expect(result.warnings).toEqual([]);

    const env = await environment('ph-stack');
    const arn = (service: string, rest: string) => `arn:aws:${service}:${REGION}:${ACCOUNT}:${rest}`;
    expect(env).toMatchObject({
      STREAM: 'orders-stream',
      HOST: 'api.example.com',
      JOB: 'etl-job',
      JOB_ARN: arn('glue', 'job/etl-job'),
      CACHE_PORT: '6379',
      DB_PORT: '5432',
    });
    expect(env.POOL).toMatch(/^us-east-1_[A-Za-z0-9]{9}$/);
    expect(env.POOL_URL).toBe(`https://cognito-idp.${REGION}.amazonaws.com/${env.POOL}`);
    expect(env.KEY_ID).toMatch(new RegExp(`^${UUID}$`));
    expect(env.CACHE_HOST).toMatch(
      /^ph-stack-cache-[a-z0-9]{13}\.[a-z0-9]{6}\.0001\.use1\.cache\.amazonaws\.com$/,
    );
    expect(env.DB_HOST).toMatch(/^ph-stack-db-[a-z0-9]{13}\.[a-z0-9]{12}\.us-east-1\.rds\.amazonaws\.com$/);
    expect(env.CDN).toMatch(/^d[a-z0-9]{13}\.cloudfront\.net$/);
    expect(env.ACL).toMatch(new RegExp(`^edge-acl\\|${UUID}\\|REGIONAL$`));
    expect(env.ACL_ARN).toBe(arn('wafv2', `regional/webacl/edge-acl/${env.ACL.split('|')[1]}`));
    expect(env.API_ID).toMatch(/^[a-z0-9]{26}$/);
    expect(env.GRAPHQL).toMatch(/^https:\/\/[a-z0-9]{26}\.appsync-api\.us-east-1\.amazonaws\.com\/graphql$/);
    expect(env.JOB_OTHER).toBe('placeholder-Job-Some-Attribute');
    expect(env.MACHINE_NAME).toMatch(/^Machine-[A-Za-z0-9]{12}$/);
    expect(env.QUEUE).toMatch(/\/000000000000\/ph-stack-Queue-/);

    expect(result.outputs).toEqual({
      MachineArn: arn('states', `stateMachine:${env.MACHINE_NAME}`),
      KeyArn: arn('kms', `key/${env.KEY_ID}`),
      ApiArn: arn('appsync', `apis/${env.API_ID}`),
    });

    const { StackResources } = await c.cfn.send(
      new DescribeStackResourcesCommand({ StackName: 'ph-stack', LogicalResourceId: 'Role' }),
    );
    const policy = await c.iam.send(
      new GetRolePolicyCommand({ RoleName: StackResources![0].PhysicalResourceId, PolicyName: 'use-them' }),
    );
    const resources = JSON.parse(decodeURIComponent(policy.PolicyDocument!)).Statement.map(
      (s: { Resource: string }) => s.Resource,
    );
    expect(resources).toEqual([
      arn('kinesis', 'stream/orders-stream'),
      result.outputs.MachineArn,
      result.outputs.KeyArn,
      arn('cognito-idp', `userpool/${env.POOL}`),
    ]);

    // AWS-shaped in the API: complete, with the physical id Ref gives.
    const listed = await c.cfn.send(new ListStackResourcesCommand({ StackName: 'ph-stack' }));
    const stream = listed.StackResourceSummaries!.find((r) => r.LogicalResourceId === 'Stream')!;
    expect(stream).toMatchObject({ ResourceStatus: 'CREATE_COMPLETE', PhysicalResourceId: 'orders-stream' });
    expect(stream.ResourceStatusReason).toMatch(/^Placeholder: AWS::Kinesis::Stream is not emulated/);
  });

  it('keep their values across an update that leaves them as they were, and change with their names', async () => {
    const before = await environment('ph-stack');
    await deployTemplate({
      stackName: 'ph-stack',
      templateBody: template().replace('"data key"', '"the data key"'),
      endpoint: cloud.url,
    });
    const same = await environment('ph-stack');
    expect(same).toEqual(before);
    const renamed = await deployTemplate({
      stackName: 'ph-stack',
      templateBody: template('orders-stream-2'),
      endpoint: cloud.url,
    });
    expect(renamed.status).toBe('UPDATE_COMPLETE');
    const after = await environment('ph-stack');
    expect(after).toEqual({ ...before, STREAM: 'orders-stream-2' });
  });

  it('fail in strict mode, each named, before anything is created', async () => {
    const err = (await deployTemplate({
      stackName: 'ph-strict',
      templateBody: template(),
      endpoint: cloud.url,
      strict: true,
    }).catch((e) => e)) as StackOperationError;
    expect(err).toBeInstanceOf(StackOperationError);
    expect(err.status).toBe('ROLLBACK_COMPLETE');
    expect(err.failures.map((f) => [f.logicalId, f.type])).toEqual(PLACEHOLDERS);
    expect(err.failures[0].reason).toBe(
      'Resource type AWS::Kinesis::Stream of resource Stream is not emulated by this local cloud, and strict mode (stack tag local-cloud:strict=true) allows no placeholders',
    );
    for (const [id] of PLACEHOLDERS) expect(err.message).toContain(`${id} (`);
    expect(await eventLines(c.cfn, 'ph-strict')).toContain(
      `ph-strict ROLLBACK_IN_PROGRESS The following resource(s) failed to create: [${PLACEHOLDERS.map(([id]) => id).join(', ')}]. Rollback requested by user.`,
    );
    const queues = await c.sqs.send(new ListQueuesCommand({ QueueNamePrefix: 'ph-strict' }));
    expect(queues.QueueUrls ?? []).toEqual([]);
  });

  it('fail a strict update of a stack that has them, which stays as it was; off again, it updates', async () => {
    const before = await environment('ph-stack');
    const err = (await deployTemplate({
      stackName: 'ph-stack',
      templateBody: template('orders-stream-3'),
      endpoint: cloud.url,
      strict: true,
    }).catch((e) => e)) as StackOperationError;
    expect(err.status).toBe('UPDATE_ROLLBACK_COMPLETE');
    expect(err.failures.map((f) => f.logicalId)).toEqual(PLACEHOLDERS.map(([id]) => id));
    expect(await environment('ph-stack')).toEqual(before);
    const relaxed = await deployTemplate({
      stackName: 'ph-stack',
      templateBody: template('orders-stream-3'),
      endpoint: cloud.url,
    });
    expect(relaxed.status).toBe('UPDATE_COMPLETE');
    expect((await environment('ph-stack')).STREAM).toBe('orders-stream-3');
  });

  it('are removed with their stack', async () => {
    const { Stacks: live } = await c.cfn.send(new DescribeStacksCommand({ StackName: 'ph-stack' }));
    const stackId = live![0].StackId!;
    expect(await removeStack({ stackName: 'ph-stack', endpoint: cloud.url })).toEqual({
      stackName: 'ph-stack',
      removed: true,
    });
    const { Stacks } = await c.cfn.send(new DescribeStacksCommand({ StackName: stackId }));
    expect(Stacks![0].StackStatus).toBe('DELETE_COMPLETE');
  });
});
