// A template as `cdk synth` writes it deploys: its metadata resource, bootstrap-version parameter and rule.
import { GetQueueUrlCommand } from '@aws-sdk/client-sqs';
import { deployTemplate, removeStack } from '@destinations-action/deploy';
import { describe, expect, it } from '@jest/globals';
import { useStackCloud } from './stacks-helpers.js';

const { cloud, c } = useStackCloud();

const synthesised = {
  Resources: {
    Queue: { Type: 'AWS::SQS::Queue', Properties: { QueueName: 'cdk-synth-queue' } },
    CDKMetadata: {
      Type: 'AWS::CDK::Metadata',
      Properties: {
        Analytics:
          'v2:deflate64:H4sIAAAAAAAA/zPSMzfQM1BMLC/WTU7J1s3JTNKrDi5JTM7WcU7LAzJLilJTc/JTUvWqgwuSgdqcEcsD',
      },
      Condition: 'CDKMetadataAvailable',
    },
  },
  Conditions: {
    CDKMetadataAvailable: {
      'Fn::Or': [
        { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'us-east-1'] },
        { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'eu-west-1'] },
      ],
    },
  },
  Parameters: {
    BootstrapVersion: {
      Type: 'AWS::SSM::Parameter::Value<String>',
      Default: '/cdk-bootstrap/hnb659fds/version',
      Description: 'Version of the CDK Bootstrap resources in this environment',
    },
  },
  Outputs: { QueueUrl: { Value: { Ref: 'Queue' } } },
};

describe('a cdk synth template', () => {
  it('deploys, with the metadata resource creating nothing, and removes cleanly', async () => {
    const result = await deployTemplate({
      stackName: 'cdk-synth',
      templateBody: JSON.stringify(synthesised),
      endpoint: cloud.url,
    });
    expect(result.status).toBe('CREATE_COMPLETE');
    expect(result.resources.map((r) => r.type).sort()).toEqual(['AWS::CDK::Metadata', 'AWS::SQS::Queue']);
    const url = (await c.sqs.send(new GetQueueUrlCommand({ QueueName: 'cdk-synth-queue' }))).QueueUrl;
    expect(result.outputs.QueueUrl).toBe(url);
    await removeStack({ stackName: 'cdk-synth', endpoint: cloud.url });
    await expect(c.sqs.send(new GetQueueUrlCommand({ QueueName: 'cdk-synth-queue' }))).rejects.toThrow(
      /does not exist/,
    );
  });
});
