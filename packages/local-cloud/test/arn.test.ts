// ARNs as the local cloud reads them: the six elements, and the resource's type, name and what follows.
import { describe, expect, it } from '@jest/globals';
import { arnElementCount, arnService, parseArn } from '../src/arn.js';

describe('parseArn', () => {
  it('reads a qualified function: type, name and qualifier', () => {
    expect(parseArn('arn:aws:lambda:us-east-1:000000000000:function:svc-dev-fn:$LATEST')).toEqual({
      text: 'arn:aws:lambda:us-east-1:000000000000:function:svc-dev-fn:$LATEST',
      partition: 'aws',
      service: 'lambda',
      region: 'us-east-1',
      account: '000000000000',
      resource: 'function:svc-dev-fn:$LATEST',
      resourceType: 'function',
      resourceName: 'svc-dev-fn',
      subresource: '$LATEST',
    });
  });

  it('reads bare names of SQS, SNS and S3, with a subscription id or an object key after them', () => {
    const queue = parseArn('arn:aws:sqs:eu-west-1:123456789012:jobs.fifo');
    expect(queue).toMatchObject({ resourceType: '', resourceName: 'jobs.fifo' });
    expect(queue?.subresource).toBeUndefined();
    expect(parseArn('arn:aws:sns:us-east-1:000000000000:t:0f3c')).toMatchObject({
      resourceName: 't',
      subresource: '0f3c',
    });
    expect(parseArn('arn:aws:s3:::records/aws/lambda/async/f/2026')).toMatchObject({
      region: '',
      account: '',
      resourceName: 'records',
      subresource: 'aws/lambda/async/f/2026',
    });
  });

  it('reads `type/name` resources whole after the type (buses, rules on a bus, roles with a path)', () => {
    expect(parseArn('arn:aws:events:us-east-1:000000000000:event-bus/orders')).toMatchObject({
      resourceType: 'event-bus',
      resourceName: 'orders',
    });
    expect(parseArn('arn:aws:events:us-east-1:000000000000:rule/orders/r1')?.resourceName).toBe('orders/r1');
    expect(parseArn('arn:aws-cn:iam::000000000000:role/team/app')).toMatchObject({
      partition: 'aws-cn',
      region: '',
      resourceType: 'role',
      resourceName: 'team/app',
    });
    expect(parseArn('arn:aws:logs:us-east-1:000000000000:log-group:/aws/lambda/f:*')).toMatchObject({
      resourceType: 'log-group',
      resourceName: '/aws/lambda/f',
      subresource: '*',
    });
  });

  it('answers undefined for text that is not an ARN', () => {
    expect(parseArn('my-queue')).toBeUndefined();
    expect(parseArn('arn:aws:sqs:us-east-1')).toBeUndefined();
    expect(parseArn('urn:aws:sqs:us-east-1:000000000000:q')).toBeUndefined();
    expect(arnService('https://example.com/hook')).toBeUndefined();
    expect(arnService('arn:aws:events:us-east-1:000000000000:event-bus/b')).toBe('events');
  });

  it("counts the elements as SNS's error does", () => {
    expect(arnElementCount('arn:aws:sns:us-east-1')).toBe(4);
    expect(arnElementCount('nothing')).toBe(1);
  });
});
