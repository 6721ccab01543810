// The formats a placeholder's Ref and Fn::GetAtt values take, type by type (the table is pure: no cloud).
import { describe, expect, it } from '@jest/globals';
import { partitionOf } from '../src/stacks/intrinsicContext.js';
import { physicalName } from '../src/stacks/names.js';
import { FORMATS, placeholderAttribute } from '../src/stacks/placeholderFormats.js';
import { makePlaceholder, needsPlaceholder } from '../src/stacks/placeholders.js';
import type { HandlerContext, StackResource } from '../src/stacks/types.js';

function context(logicalId: string, region = 'us-east-1'): HandlerContext {
  return {
    resourceType: 'AWS::Kinesis::Stream',
    stackName: 'svc-dev',
    stackId: 'arn:aws:cloudformation:us-east-1:000000000000:stack/svc-dev/1',
    logicalId,
    region,
    accountId: '000000000000',
    partition: partitionOf(region),
    endpoint: 'http://127.0.0.1:1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    physicalName: (o) => physicalName('svc-dev', logicalId, o),
    warn: () => undefined,
    // Placeholders make no requests: a channel that is never used.
    customResources: undefined as unknown as HandlerContext['customResources'],
  };
}

const make = (type: string, props: Record<string, unknown> = {}, region?: string) =>
  makePlaceholder(context('Res', region), type, props);

describe('placeholder formats', () => {
  it.each(Object.keys(FORMATS))('%s: a Ref, a physical id, and ARN-shaped *Arn attributes', (type) => {
    const p = make(type, { ApiId: 'abc', TargetFunctionArn: 'fn', AliasName: 'alias/a' });
    expect(typeof p.ref).toBe('string');
    expect(p.ref).not.toBe('');
    expect(p.physicalId).not.toBe('');
    for (const [name, value] of Object.entries(p.attributes)) {
      if (/Arn$|ARN$/.test(name))
        expect(value).toMatch(/^arn:aws:[a-z0-9-]+:(us-east-1)?:(000000000000)?:\S+$/);
    }
    expect(p.placeholder?.fallbackArn).toMatch(/^arn:aws:/);
    expect(p.placeholder?.reason).toBe(
      `Placeholder: ${type} is not emulated by this local cloud: an inert placeholder stands in, with Ref and Fn::GetAtt values in AWS's formats; a handler that calls it will fail`,
    );
    expect(needsPlaceholder(type)).toBe(true);
  });

  it('leaves custom resources and served types alone', () => {
    expect(needsPlaceholder('Custom::Thing')).toBe(false);
    expect(needsPlaceholder('AWS::CloudFormation::CustomResource')).toBe(false);
    expect(needsPlaceholder('AWS::SQS::Queue')).toBe(false);
    expect(needsPlaceholder('AWS::Lambda::LayerVersion')).toBe(false);
  });

  it('follows each type where its values come from its properties or its region', () => {
    expect(make('AWS::Cognito::UserPoolClient').ref).toMatch(/^[a-z0-9]{26}$/);
    const url = make('AWS::Lambda::Url', { TargetFunctionArn: 'svc-dev-api', Qualifier: 'live' });
    expect(url.ref).toBe('arn:aws:lambda:us-east-1:000000000000:function:svc-dev-api:live');
    expect(url.attributes.FunctionUrl).toMatch(/^https:\/\/[a-z0-9]{32}\.lambda-url\.us-east-1\.on\.aws\/$/);
    expect(make('AWS::EC2::SecurityGroup', { VpcId: 'vpc-1' }).ref).toMatch(/^sg-[0-9a-f]{17}$/);
    expect(make('AWS::EC2::SecurityGroup', { GroupName: 'web' }).ref).toBe('web');
    expect(make('AWS::IAM::ManagedPolicy', { ManagedPolicyName: 'read', Path: '/app/' }).ref).toBe(
      'arn:aws:iam::000000000000:policy/app/read',
    );
    const global = make('AWS::WAFv2::WebACL', { Name: 'cdn', Scope: 'CLOUDFRONT' }, 'eu-west-1');
    expect(global.attributes.Arn).toMatch(
      /^arn:aws:wafv2:us-east-1:000000000000:global\/webacl\/cdn\/[0-9a-f-]{36}$/,
    );
    expect(make('AWS::Route53::HostedZone').attributes.NameServers).toHaveLength(4);
    const cache = make('AWS::ElastiCache::CacheCluster', { ClusterName: 'Sessions' }, 'ap-southeast-2');
    expect(cache.ref).toBe('sessions');
    expect(cache.attributes['RedisEndpoint.Address']).toMatch(
      /^sessions\.[a-z0-9]{6}\.0001\.apse2\.cache\.amazonaws\.com$/,
    );
    expect(make('AWS::RDS::DBCluster', { Engine: 'aurora-postgresql' }).attributes['Endpoint.Port']).toBe(
      '5432',
    );
    expect(make('AWS::RDS::DBInstance', { Engine: 'mysql' }).attributes['Endpoint.Port']).toBe('3306');
    expect(make('AWS::Kinesis::Stream', { Name: 's' }, 'cn-north-1').attributes.Arn).toBe(
      'arn:aws-cn:kinesis:cn-north-1:000000000000:stream/s',
    );
  });

  it('gives any other type a name, an ARN of its service, and a marker for other attributes', () => {
    const p = make('AWS::Logs::MetricFilter', { LogGroupName: '/aws/lambda/fn', FilterName: 'errors' });
    expect(p.ref).toBe('errors');
    expect(p.attributes).toEqual({ Arn: 'arn:aws:logs:us-east-1:000000000000:metricfilter/errors' });
    const unnamed = make('AWS::Pipes::Pipe');
    expect(unnamed.ref).toMatch(/^svc-dev-Res-[A-Z0-9]{13}$/);
    const r = { logicalId: 'Res', ...unnamed } as StackResource;
    expect(placeholderAttribute(r, 'CurrentState')).toBe('placeholder-Res-CurrentState');
    expect(placeholderAttribute(r, 'StreamArn')).toBe(
      `arn:aws:pipes:us-east-1:000000000000:pipe/${unnamed.ref}`,
    );
  });
});
