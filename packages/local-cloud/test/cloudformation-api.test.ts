import {
  CreateChangeSetCommand,
  CreateStackCommand,
  DeleteChangeSetCommand,
  DeleteStackCommand,
  DescribeChangeSetCommand,
  DescribeStackResourceCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  GetTemplateCommand,
  ListExportsCommand,
  ListStackResourcesCommand,
  ListStacksCommand,
  UpdateStackCommand,
  ValidateTemplateCommand,
} from '@aws-sdk/client-cloudformation';
import { GetQueueAttributesCommand, ListQueuesCommand } from '@aws-sdk/client-sqs';
import { describe, expect, it } from '@jest/globals';
import { eventLines, settle, useStackCloud } from './stacks-helpers.js';

const { c } = useStackCloud();

const queues = (extra = '') => `
Parameters:
  Visibility: { Type: Number, Default: 30 }
  Secret: { Type: String, NoEcho: true, Default: hidden }
Resources:
  Work:
    Type: AWS::SQS::Queue
    Properties:
      VisibilityTimeout: !Ref Visibility
${extra}
Outputs:
  WorkArn:
    Value: !GetAtt Work.Arn
    Export: { Name: !Sub '\${AWS::StackName}-work-arn' }
`;

describe('CloudFormation API', () => {
  it('answers DescribeStacks for a missing stack with ValidationError', async () => {
    await expect(c.cfn.send(new DescribeStacksCommand({ StackName: 'nope' }))).rejects.toMatchObject({
      name: 'ValidationError',
      message: 'Stack with id nope does not exist',
      $metadata: { httpStatusCode: 400 },
    });
  });

  it('creates a stack, with events, resources, outputs, exports and masked NoEcho parameters', async () => {
    const { StackId } = await c.cfn.send(
      new CreateStackCommand({
        StackName: 'api-a',
        TemplateBody: queues(),
        Parameters: [{ ParameterKey: 'Visibility', ParameterValue: '45' }],
      }),
    );
    expect(StackId).toMatch(/^arn:aws:cloudformation:us-east-1:000000000000:stack\/api-a\/[0-9a-f-]{36}$/);
    const stack = await settle(c.cfn, StackId!);
    expect(stack.StackStatus).toBe('CREATE_COMPLETE');
    expect(stack.Parameters).toEqual(
      expect.arrayContaining([
        { ParameterKey: 'Visibility', ParameterValue: '45' },
        { ParameterKey: 'Secret', ParameterValue: '****' },
      ]),
    );
    const detail = await c.cfn.send(
      new DescribeStackResourceCommand({ StackName: 'api-a', LogicalResourceId: 'Work' }),
    );
    const url = detail.StackResourceDetail!.PhysicalResourceId!;
    expect(url).toMatch(/\/000000000000\/api-a-Work-[A-Z0-9]{13}$/);
    const attrs = await c.sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['All'] }));
    expect(attrs.Attributes?.VisibilityTimeout).toBe('45');
    expect(stack.Outputs?.[0]).toMatchObject({
      OutputKey: 'WorkArn',
      OutputValue: attrs.Attributes?.QueueArn,
      ExportName: 'api-a-work-arn',
    });
    const exports = await c.cfn.send(new ListExportsCommand({}));
    expect(exports.Exports).toContainEqual({
      ExportingStackId: StackId,
      Name: 'api-a-work-arn',
      Value: attrs.Attributes?.QueueArn,
    });
    expect(await eventLines(c.cfn, 'api-a')).toEqual([
      'api-a CREATE_IN_PROGRESS User Initiated',
      'Work CREATE_IN_PROGRESS',
      'Work CREATE_COMPLETE',
      'api-a CREATE_COMPLETE',
    ]);
    const template = await c.cfn.send(new GetTemplateCommand({ StackName: 'api-a' }));
    expect(template.TemplateBody).toBe(queues());
  });

  it('refuses a second stack of the same name', async () => {
    await expect(
      c.cfn.send(new CreateStackCommand({ StackName: 'api-a', TemplateBody: queues() })),
    ).rejects.toMatchObject({
      name: 'AlreadyExistsException',
      message: 'Stack [api-a] already exists',
    });
  });

  it('says "No updates are to be performed." when nothing changed', async () => {
    await expect(
      c.cfn.send(
        new UpdateStackCommand({
          StackName: 'api-a',
          TemplateBody: queues(),
          Parameters: [{ ParameterKey: 'Visibility', UsePreviousValue: true }],
        }),
      ),
    ).rejects.toMatchObject({ name: 'ValidationError', message: 'No updates are to be performed.' });
  });

  it('updates in place, adds and removes by logical id', async () => {
    const before = await c.cfn.send(
      new DescribeStackResourceCommand({ StackName: 'api-a', LogicalResourceId: 'Work' }),
    );
    const withExtra = queues(
      `  Extra:\n    Type: AWS::SQS::Queue\n    Properties: { QueueName: api-a-extra }`,
    );
    await c.cfn.send(
      new UpdateStackCommand({
        StackName: 'api-a',
        TemplateBody: withExtra,
        Parameters: [{ ParameterKey: 'Visibility', ParameterValue: '60' }],
      }),
    );
    const stack = await settle(c.cfn, 'api-a');
    expect(stack.StackStatus).toBe('UPDATE_COMPLETE');
    const after = await c.cfn.send(
      new DescribeStackResourceCommand({ StackName: 'api-a', LogicalResourceId: 'Work' }),
    );
    // VisibilityTimeout changes in place: same queue
    expect(after.StackResourceDetail!.PhysicalResourceId).toBe(
      before.StackResourceDetail!.PhysicalResourceId,
    );
    const attrs = await c.sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: after.StackResourceDetail!.PhysicalResourceId!,
        AttributeNames: ['VisibilityTimeout'],
      }),
    );
    expect(attrs.Attributes?.VisibilityTimeout).toBe('60');
    expect(
      (await c.sqs.send(new ListQueuesCommand({ QueueNamePrefix: 'api-a-extra' }))).QueueUrls,
    ).toHaveLength(1);

    await c.cfn.send(
      new UpdateStackCommand({
        StackName: 'api-a',
        TemplateBody: queues(),
        Parameters: [{ ParameterKey: 'Visibility', UsePreviousValue: true }],
      }),
    );
    expect((await settle(c.cfn, 'api-a')).StackStatus).toBe('UPDATE_COMPLETE');
    expect(
      (await c.sqs.send(new ListQueuesCommand({ QueueNamePrefix: 'api-a-extra' }))).QueueUrls ?? [],
    ).toHaveLength(0);
  });

  it('replaces a resource when a replacement property changes', async () => {
    const before = await c.cfn.send(
      new DescribeStackResourceCommand({ StackName: 'api-a', LogicalResourceId: 'Work' }),
    );
    const renamed = queues().replace(
      'VisibilityTimeout: !Ref Visibility',
      'VisibilityTimeout: !Ref Visibility\n      QueueName: api-a-renamed',
    );
    await c.cfn.send(
      new UpdateStackCommand({
        StackName: 'api-a',
        TemplateBody: renamed,
        Parameters: [{ ParameterKey: 'Visibility', UsePreviousValue: true }],
      }),
    );
    expect((await settle(c.cfn, 'api-a')).StackStatus).toBe('UPDATE_COMPLETE');
    const after = await c.cfn.send(
      new DescribeStackResourceCommand({ StackName: 'api-a', LogicalResourceId: 'Work' }),
    );
    expect(after.StackResourceDetail!.PhysicalResourceId).toMatch(/\/api-a-renamed$/);
    const old = before.StackResourceDetail!.PhysicalResourceId!;
    const left = (await c.sqs.send(new ListQueuesCommand({ QueueNamePrefix: 'api-a-Work' }))).QueueUrls ?? [];
    expect(left).not.toContain(old);
    expect(await eventLines(c.cfn, 'api-a')).toContain(
      'Work UPDATE_IN_PROGRESS Requested update requires the creation of a new physical resource; hence creating one.',
    );
  });

  it('rolls a failed update back to the previous state', async () => {
    const before = await c.cfn.send(
      new DescribeStackResourceCommand({ StackName: 'api-a', LogicalResourceId: 'Work' }),
    );
    const url = before.StackResourceDetail!.PhysicalResourceId!;
    const failing = queues(
      `  Broken:\n    Type: AWS::SQS::Queue\n    DependsOn: Work\n    Properties: { QueueName: !Select [9, [a]] }`,
    );
    await c.cfn.send(
      new UpdateStackCommand({
        StackName: 'api-a',
        TemplateBody: failing,
        Parameters: [{ ParameterKey: 'Visibility', ParameterValue: '99' }],
      }),
    );
    const stack = await settle(c.cfn, 'api-a');
    expect(stack.StackStatus).toBe('UPDATE_ROLLBACK_COMPLETE');
    const events = await eventLines(c.cfn, 'api-a');
    expect(events).toContain(
      'Broken CREATE_FAILED Template error: Fn::Select cannot select nonexistent value at index 9',
    );
    expect(events).toContain(
      'api-a UPDATE_ROLLBACK_IN_PROGRESS The following resource(s) failed to update: [Broken]. ',
    );
    const attrs = await c.sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['VisibilityTimeout'] }),
    );
    expect(attrs.Attributes?.VisibilityTimeout).toBe('60');
    expect(stack.Parameters).toContainEqual({ ParameterKey: 'Visibility', ParameterValue: '60' });
    const template = await c.cfn.send(new GetTemplateCommand({ StackName: 'api-a' }));
    expect(template.TemplateBody).not.toContain('Broken');
  });

  it('imports an export in another stack, and keeps an export in use from being removed', async () => {
    const importer = `
Resources:
  Dlq:
    Type: AWS::SQS::Queue
    Properties:
      RedrivePolicy: { deadLetterTargetArn: !ImportValue api-a-work-arn, maxReceiveCount: 3 }
`;
    const { StackId } = await c.cfn.send(
      new CreateStackCommand({ StackName: 'api-b', TemplateBody: importer }),
    );
    expect((await settle(c.cfn, StackId!)).StackStatus).toBe('CREATE_COMPLETE');

    const noOutputs = queues().slice(0, queues().indexOf('Outputs:'));
    await c.cfn.send(
      new UpdateStackCommand({
        StackName: 'api-a',
        TemplateBody: noOutputs,
        Parameters: [{ ParameterKey: 'Visibility', UsePreviousValue: true }],
      }),
    );
    const stack = await settle(c.cfn, 'api-a');
    expect(stack.StackStatus).toBe('UPDATE_ROLLBACK_COMPLETE');
    expect(stack.Outputs?.[0]?.ExportName).toBe('api-a-work-arn');
    expect((await eventLines(c.cfn, 'api-a')).join('\n')).toContain(
      'Cannot delete export api-a-work-arn as it is in use by api-b.',
    );

    await c.cfn.send(new DeleteStackCommand({ StackName: 'api-a' }));
    const deleting = await settle(c.cfn, 'api-a');
    expect(deleting.StackStatus).toBe('DELETE_FAILED');
    expect(deleting.StackStatusReason).toBe(
      'Export api-a-work-arn cannot be deleted as it is in use by api-b',
    );

    await c.cfn.send(new DeleteStackCommand({ StackName: 'api-b' }));
    expect((await settle(c.cfn, StackId!)).StackStatus).toBe('DELETE_COMPLETE');
    await c.cfn.send(new DeleteStackCommand({ StackName: 'api-a' }));
    const gone = await settle(c.cfn, deleting.StackId!);
    expect(gone.StackStatus).toBe('DELETE_COMPLETE');
    await expect(c.cfn.send(new DescribeStacksCommand({ StackName: 'api-a' }))).rejects.toThrow(
      'Stack with id api-a does not exist',
    );
    const listed = await c.cfn.send(new ListStacksCommand({ StackStatusFilter: ['DELETE_COMPLETE'] }));
    expect(listed.StackSummaries?.map((s) => s.StackName)).toEqual(
      expect.arrayContaining(['api-a', 'api-b']),
    );
  });

  it('runs change sets: CREATE puts a new stack in REVIEW_IN_PROGRESS, executes, and an empty one FAILS', async () => {
    const created = await c.cfn.send(
      new CreateChangeSetCommand({
        StackName: 'api-cs',
        ChangeSetName: 'first',
        ChangeSetType: 'CREATE',
        TemplateBody: queues(),
      }),
    );
    expect(created.Id).toMatch(/^arn:aws:cloudformation:us-east-1:000000000000:changeSet\/first\//);
    const review = await c.cfn.send(new DescribeStacksCommand({ StackName: 'api-cs' }));
    expect(review.Stacks?.[0].StackStatus).toBe('REVIEW_IN_PROGRESS');
    const described = await c.cfn.send(
      new DescribeChangeSetCommand({ StackName: 'api-cs', ChangeSetName: 'first' }),
    );
    expect(described).toMatchObject({ Status: 'CREATE_COMPLETE', ExecutionStatus: 'AVAILABLE' });
    expect(
      described.Changes?.map((ch) => [ch.ResourceChange?.Action, ch.ResourceChange?.LogicalResourceId]),
    ).toEqual([['Add', 'Work']]);
    await c.cfn.send(new ExecuteChangeSetCommand({ StackName: 'api-cs', ChangeSetName: 'first' }));
    expect((await settle(c.cfn, created.StackId!)).StackStatus).toBe('CREATE_COMPLETE');

    await c.cfn.send(new DeleteChangeSetCommand({ StackName: 'api-cs', ChangeSetName: 'never-made' }));
    await c.cfn.send(
      new CreateChangeSetCommand({ StackName: 'api-cs', ChangeSetName: 'same', TemplateBody: queues() }),
    );
    const empty = await c.cfn.send(
      new DescribeChangeSetCommand({ StackName: 'api-cs', ChangeSetName: 'same' }),
    );
    expect(empty).toMatchObject({
      Status: 'FAILED',
      ExecutionStatus: 'UNAVAILABLE',
      StatusReason:
        "The submitted information didn't contain changes. Submit different information to create a change set.",
    });
    await c.cfn.send(new DeleteChangeSetCommand({ StackName: 'api-cs', ChangeSetName: 'same' }));

    const modified = queues().replace('Default: 30', 'Default: 31');
    await c.cfn.send(
      new CreateChangeSetCommand({ StackName: 'api-cs', ChangeSetName: 'second', TemplateBody: modified }),
    );
    const second = await c.cfn.send(
      new DescribeChangeSetCommand({ StackName: 'api-cs', ChangeSetName: 'second' }),
    );
    expect(second.Changes?.[0]?.ResourceChange).toMatchObject({
      Action: 'Modify',
      LogicalResourceId: 'Work',
    });
    await c.cfn.send(new ExecuteChangeSetCommand({ StackName: 'api-cs', ChangeSetName: 'second' }));
    expect((await settle(c.cfn, created.StackId!)).StackStatus).toBe('UPDATE_COMPLETE');
    const resources = await c.cfn.send(new ListStackResourcesCommand({ StackName: 'api-cs' }));
    expect(resources.StackResourceSummaries?.map((r) => r.ResourceStatus)).toEqual(['UPDATE_COMPLETE']);
  });

  it('validates a template: parameters, and the IAM capability it needs', async () => {
    const out = await c.cfn.send(
      new ValidateTemplateCommand({
        TemplateBody: JSON.stringify({
          Description: 'd',
          Parameters: { P: { Type: 'String', Default: 'x', Description: 'p' } },
          Resources: { R: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: {} } } },
        }),
      }),
    );
    expect(out.Description).toBe('d');
    expect(out.Parameters).toEqual([
      { ParameterKey: 'P', DefaultValue: 'x', NoEcho: false, Description: 'p' },
    ]);
    expect(out.Capabilities).toEqual(['CAPABILITY_IAM']);
  });

  it('requires CAPABILITY_NAMED_IAM for a named role', async () => {
    const body = JSON.stringify({
      Resources: {
        R: { Type: 'AWS::IAM::Role', Properties: { RoleName: 'x', AssumeRolePolicyDocument: {} } },
      },
    });
    await expect(
      c.cfn.send(
        new CreateStackCommand({
          StackName: 'api-iam',
          TemplateBody: body,
          Capabilities: ['CAPABILITY_IAM'],
        }),
      ),
    ).rejects.toMatchObject({
      name: 'InsufficientCapabilitiesException',
      message: 'Requires capabilities : [CAPABILITY_NAMED_IAM]',
    });
  });
});
