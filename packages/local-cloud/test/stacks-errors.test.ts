import { CreateStackCommand, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { ListQueuesCommand } from '@aws-sdk/client-sqs';
import { deployTemplate, StackOperationError } from '@destinations-action/deploy';
import { describe, expect, it } from '@jest/globals';
import { eventLines, settle, useStackCloud } from './stacks-helpers.js';

const { cloud, c } = useStackCloud();

const create = (name: string, body: unknown) =>
  c.cfn.send(
    new CreateStackCommand({
      StackName: name,
      TemplateBody: typeof body === 'string' ? body : JSON.stringify(body),
      Capabilities: ['CAPABILITY_IAM'],
    }),
  );

describe('templates with errors', () => {
  it('refuses an unknown reference at once, naming it', async () => {
    await expect(
      create('err-ref', {
        Resources: { Q: { Type: 'AWS::SQS::Queue', Properties: { QueueName: { Ref: 'Nowhere' } } } },
      }),
    ).rejects.toMatchObject({
      name: 'ValidationError',
      message:
        'Template format error: Unresolved resource dependencies [Nowhere] in the Resources block of the template',
    });
  });

  it('refuses a dependency loop, naming the resources', async () => {
    await expect(
      create(
        'err-cycle',
        `Resources:
  A: { Type: AWS::SQS::Queue, Properties: { QueueName: !GetAtt B.QueueName } }
  B: { Type: AWS::SQS::Queue, DependsOn: A }`,
      ),
    ).rejects.toMatchObject({
      name: 'ValidationError',
      message: 'Circular dependency between resources: [A, B]',
    });
  });

  it('refuses a body that is not a template', async () => {
    await expect(create('err-body', 'just: [text')).rejects.toMatchObject({ name: 'ValidationError' });
    await expect(create('err-body', { Resources: { A: { Properties: {} } } })).rejects.toThrow(
      'Template format error: [/Resources/A] Every Resources object must contain a Type member.',
    );
  });

  it('refuses a malformed intrinsic at once, naming where it is', async () => {
    await expect(
      create('err-shape', {
        Resources: {
          Second: {
            Type: 'AWS::SQS::Queue',
            Properties: { QueueName: { 'Fn::Join': ['only-one-argument'] } },
          },
        },
      }),
    ).rejects.toMatchObject({
      name: 'ValidationError',
      message:
        'Template error: every Fn::Join object requires two parameters, (1) a string delimiter and (2) a list of strings to be joined or a function that returns a list of strings (such as Fn::GetAZs) to be joined. [/Resources/Second/Properties/QueueName]',
    });
  });

  it('rolls back a failed create: the failing resource and reason in the events, nothing left behind', async () => {
    const { StackId } = await create('err-intrinsic', {
      Resources: {
        First: { Type: 'AWS::SQS::Queue', Properties: { QueueName: 'err-intrinsic-first' } },
        Second: {
          Type: 'AWS::SQS::Queue',
          DependsOn: 'First',
          Properties: { QueueName: { 'Fn::Select': [3, { 'Fn::Split': [',', 'a,b'] }] } },
        },
      },
    });
    const stack = await settle(c.cfn, StackId!);
    expect(stack.StackStatus).toBe('ROLLBACK_COMPLETE');
    const events = await eventLines(c.cfn, 'err-intrinsic');
    expect(events).toContain(
      'err-intrinsic ROLLBACK_IN_PROGRESS The following resource(s) failed to create: [Second]. Rollback requested by user.',
    );
    expect(events).toContain(
      'Second CREATE_FAILED Template error: Fn::Select cannot select nonexistent value at index 3',
    );
    expect(events.slice(-3)).toEqual([
      'First DELETE_IN_PROGRESS',
      'First DELETE_COMPLETE',
      'err-intrinsic ROLLBACK_COMPLETE',
    ]);
    expect(
      (await c.sqs.send(new ListQueuesCommand({ QueueNamePrefix: 'err-intrinsic' }))).QueueUrls ?? [],
    ).toEqual([]);
  });

  it('fails a function whose code artifact is missing, naming the resource, as a StackOperationError', async () => {
    await c.s3.send(new CreateBucketCommand({ Bucket: 'err-artifacts' }));
    const template = {
      Resources: {
        Fn: {
          Type: 'AWS::Lambda::Function',
          Properties: {
            Runtime: 'nodejs20.x',
            Handler: 'index.handler',
            Role: 'arn:aws:iam::000000000000:role/made-up',
            Code: { S3Bucket: 'err-artifacts', S3Key: 'missing.zip' },
          },
        },
      },
    };
    const err = (await deployTemplate({
      stackName: 'err-artifact',
      templateBody: JSON.stringify(template),
      endpoint: cloud.url,
    }).catch((e) => e)) as StackOperationError;
    expect(err).toBeInstanceOf(StackOperationError);
    expect(err.status).toBe('ROLLBACK_COMPLETE');
    expect(err.failures[0]).toMatchObject({ logicalId: 'Fn', type: 'AWS::Lambda::Function' });
    expect(err.failures[0].reason).toContain('S3 Error Code: NoSuchKey');
    expect(err.message).toContain('Fn (AWS::Lambda::Function): Error occurred while GetObject.');
  });

  it('refuses a missing parameter and an unsupported transform before starting', async () => {
    await expect(
      create('err-param', {
        Parameters: { P: { Type: 'String' } },
        Resources: { Q: { Type: 'AWS::SQS::Queue' } },
      }),
    ).rejects.toThrow('Parameters: [P] must have values');
    await expect(
      create('err-sam', {
        Transform: 'AWS::Serverless-2016-10-31',
        Resources: { Q: { Type: 'AWS::SQS::Queue' } },
      }),
    ).rejects.toThrow(/transform AWS::Serverless-2016-10-31 is not supported/);
    await expect(c.cfn.send(new DescribeStacksCommand({ StackName: 'err-param' }))).rejects.toThrow(
      'does not exist',
    );
  });
});
