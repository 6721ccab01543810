// What CreateStack accepts as CloudFormation does: a body read as JSON, else YAML (flow style included),
// and stack names of AWS's pattern and length, refused with AWS's ValidationError otherwise (also by the
// operations that find an existing stack, before they look).
import {
  CreateChangeSetCommand,
  CreateStackCommand,
  DeleteStackCommand,
  DescribeChangeSetCommand,
  DescribeStackEventsCommand,
  DescribeStackResourcesCommand,
  DescribeStacksCommand,
  GetTemplateCommand,
  ListChangeSetsCommand,
  ListStackResourcesCommand,
  UpdateStackCommand,
  ValidateTemplateCommand,
} from '@aws-sdk/client-cloudformation';
import { GetQueueUrlCommand } from '@aws-sdk/client-sqs';
import { describe, expect, it } from '@jest/globals';
import { settle, useStackCloud } from './stacks-helpers.js';

const { c } = useStackCloud();

const create = (name: string, body: string) =>
  c.cfn.send(new CreateStackCommand({ StackName: name, TemplateBody: body }));

const QUEUE = '{"Resources":{"Q":{"Type":"AWS::SQS::Queue"}}}';

describe('a template body', () => {
  it('in flow-style YAML starting with "{", short tags included, deploys', async () => {
    const body = `{Resources: {Q: {Type: AWS::SQS::Queue, Properties: {QueueName: !Sub '\${AWS::StackName}-q'}}}}`;
    const { StackId } = await create('body-flow', body);
    expect((await settle(c.cfn, StackId!)).StackStatus).toBe('CREATE_COMPLETE');
    const { QueueUrl } = await c.sqs.send(new GetQueueUrlCommand({ QueueName: 'body-flow-q' }));
    expect(QueueUrl).toMatch(/\/body-flow-q$/);
    expect((await c.cfn.send(new GetTemplateCommand({ StackName: 'body-flow' }))).TemplateBody).toBe(body);
  });

  it('in flow-style YAML is valid for ValidateTemplate, and JSON and block YAML still are', async () => {
    for (const body of [
      '{Description: flow, Resources: {Q: {Type: "AWS::SQS::Queue"}}}',
      '{"Description": "json", "Resources": {"Q": {"Type": "AWS::SQS::Queue"}}}',
      'Description: block\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n',
    ]) {
      const out = await c.cfn.send(new ValidateTemplateCommand({ TemplateBody: body }));
      expect(['flow', 'json', 'block']).toContain(out.Description);
    }
  });

  it('that is not well-formed YAML is refused, saying where', async () => {
    await expect(create('body-bad-yaml', 'Resources:\n  Q: [AWS::SQS::Queue\n')).rejects.toMatchObject({
      name: 'ValidationError',
      message: expect.stringMatching(
        /^Template format error: YAML not well-formed\. \(line \d+, column \d+\)$/,
      ),
    });
  });

  it('that is neither JSON nor YAML but looks like JSON gets the JSON error', async () => {
    await expect(create('body-bad-json', '{"Resources": {"Q": }')).rejects.toMatchObject({
      name: 'ValidationError',
      message: expect.stringMatching(
        /^Template format error: JSON not well-formed\.( \(line \d+, column \d+\))?$/,
      ),
    });
  });

  it('that is a scalar is an unsupported structure', async () => {
    await expect(create('body-scalar', 'template.yaml')).rejects.toMatchObject({
      name: 'ValidationError',
      message: 'Template format error: unsupported structure.',
    });
  });
});

describe('a stack name', () => {
  const pattern = (name: string, re: string) =>
    `1 validation error detected: Value '${name}' at 'stackName' failed to satisfy constraint: Member must satisfy regular expression pattern: ${re}`;

  it('starting with a digit, or with a character outside letters, digits and hyphens, is refused', async () => {
    for (const name of ['1abc', 'a_b', 'a.b', '-a', 'a b']) {
      await expect(create(name, QUEUE)).rejects.toMatchObject({
        name: 'ValidationError',
        message: pattern(name, '[a-zA-Z][-a-zA-Z0-9]*'),
      });
    }
  });

  it('that AWS accepts is accepted: one letter, trailing and double hyphens, 128 characters', async () => {
    const long = `n${'a'.repeat(127)}`;
    for (const name of ['A', 'name-', 'a--b-9', long]) {
      const { StackId } = await create(name, QUEUE);
      expect((await settle(c.cfn, StackId!)).StackStatus).toBe('CREATE_COMPLETE');
    }
  });

  it('over 128 characters is refused for its length, and a bad long one for both', async () => {
    const long = `n${'a'.repeat(128)}`;
    await expect(create(long, QUEUE)).rejects.toMatchObject({
      name: 'ValidationError',
      message: `1 validation error detected: Value '${long}' at 'stackName' failed to satisfy constraint: Member must have length less than or equal to 128`,
    });
    const bad = `1${'a'.repeat(128)}`;
    await expect(create(bad, QUEUE)).rejects.toMatchObject({
      message: `2 validation errors detected: Value '${bad}' at 'stackName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]*; Value '${bad}' at 'stackName' failed to satisfy constraint: Member must have length less than or equal to 128`,
    });
  });

  it('of a change set is refused with the pattern that also allows a stack id', async () => {
    await expect(
      c.cfn.send(
        new CreateChangeSetCommand({
          StackName: '1abc',
          ChangeSetName: 'cs',
          ChangeSetType: 'CREATE',
          TemplateBody: QUEUE,
        }),
      ),
    ).rejects.toMatchObject({
      name: 'ValidationError',
      message: pattern('1abc', '[a-zA-Z][-a-zA-Z0-9]*|arn:[-a-zA-Z0-9:/._+]*'),
    });
  });

  it('given to an operation on an existing stack is checked before the lookup, a stack id allowed', async () => {
    const nameOrId = '[a-zA-Z][-a-zA-Z0-9]*|arn:[-a-zA-Z0-9:/._+]*';
    const StackName = '1abc';
    const calls = [
      () => c.cfn.send(new DescribeStacksCommand({ StackName })),
      () => c.cfn.send(new DescribeStackEventsCommand({ StackName })),
      () => c.cfn.send(new DescribeStackResourcesCommand({ StackName })),
      () => c.cfn.send(new ListStackResourcesCommand({ StackName })),
      () => c.cfn.send(new GetTemplateCommand({ StackName })),
      () => c.cfn.send(new UpdateStackCommand({ StackName, TemplateBody: QUEUE })),
      () => c.cfn.send(new DeleteStackCommand({ StackName })),
      () => c.cfn.send(new ListChangeSetsCommand({ StackName })),
      () => c.cfn.send(new DescribeChangeSetCommand({ StackName, ChangeSetName: 'cs' })),
    ];
    for (const call of calls) {
      await expect(call()).rejects.toMatchObject({
        name: 'ValidationError',
        message: pattern(StackName, nameOrId),
      });
    }
    // A name of the right pattern (however long) or an id names a stack that may not exist.
    for (const missing of [
      `n${'a'.repeat(128)}`,
      'arn:aws:cloudformation:us-east-1:000000000000:stack/x/y',
    ]) {
      await expect(c.cfn.send(new DescribeStacksCommand({ StackName: missing }))).rejects.toMatchObject({
        name: 'ValidationError',
        message: `Stack with id ${missing} does not exist`,
      });
    }
  });
});
