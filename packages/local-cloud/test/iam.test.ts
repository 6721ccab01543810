import {
  AttachRolePolicyCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  DeletePolicyCommand,
  DeleteRoleCommand,
  DeleteRolePolicyCommand,
  DetachRolePolicyCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  ListAttachedRolePoliciesCommand,
  ListRolePoliciesCommand,
  ListRolesCommand,
  ListUsersCommand,
  PutRolePolicyCommand,
  SimulatePrincipalPolicyCommand,
} from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { evaluate } from '../src/iam/evaluate.js';
import { type RunningCloud, startLocalCloud } from '../src/index.js';
import { clients } from './stacks-helpers.js';

let cloud: RunningCloud;
let iam: ReturnType<typeof clients>['iam'];
beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0, logLevel: 'quiet' });
  iam = clients(cloud.url).iam;
});
afterAll(() => cloud.stop());

const trust = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});
/** A SigV4 Authorization header naming IAM in its credential scope (the local cloud checks no signature). */
const SIGNED_IAM =
  'AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=x';
const doc = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });

describe('policy evaluation', () => {
  const source = (...Statement: object[]) => [{ source: 'p', document: { Statement } }];
  it.each<[string, object[], string, string, string]>([
    [
      'an exact Allow',
      [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:us-east-1:1:q' }],
      'sqs:SendMessage',
      'arn:aws:sqs:us-east-1:1:q',
      'allowed',
    ],
    ['nothing', [], 'sqs:SendMessage', 'arn:aws:sqs:us-east-1:1:q', 'implicitDeny'],
    [
      'a service wildcard',
      [{ Effect: 'Allow', Action: 'sqs:*', Resource: '*' }],
      'sqs:SendMessage',
      'arn:x',
      'allowed',
    ],
    [
      'a prefix wildcard, case-insensitive',
      [{ Effect: 'Allow', Action: 'SQS:send*', Resource: '*' }],
      'sqs:SendMessage',
      'arn:x',
      'allowed',
    ],
    [
      'a prefix wildcard that does not match',
      [{ Effect: 'Allow', Action: 'sqs:Send*', Resource: '*' }],
      'sqs:ReceiveMessage',
      'arn:x',
      'implicitDeny',
    ],
    [
      'a resource wildcard',
      [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:*:*:queue-*' }],
      'sqs:SendMessage',
      'arn:aws:sqs:us-east-1:1:queue-a',
      'allowed',
    ],
    [
      'a resource wildcard that does not match',
      [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:*:*:queue-*' }],
      'sqs:SendMessage',
      'arn:aws:sqs:us-east-1:1:other',
      'implicitDeny',
    ],
    [
      'resources are case-sensitive',
      [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:*:*:Q' }],
      'sqs:SendMessage',
      'arn:aws:sqs:us-east-1:1:q',
      'implicitDeny',
    ],
    [
      'an explicit Deny over an Allow',
      [
        { Effect: 'Allow', Action: '*', Resource: '*' },
        { Effect: 'Deny', Action: 'sns:Publish', Resource: '*' },
      ],
      'sns:Publish',
      'arn:t',
      'explicitDeny',
    ],
    [
      'NotAction',
      [{ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }],
      'sns:Publish',
      'arn:t',
      'allowed',
    ],
    [
      'NotAction excluding the action',
      [{ Effect: 'Allow', NotAction: ['iam:*', 'sns:*'], Resource: '*' }],
      'sns:Publish',
      'arn:t',
      'implicitDeny',
    ],
    [
      'NotResource',
      [{ Effect: 'Allow', Action: 's3:PutObject', NotResource: 'arn:aws:s3:::secret/*' }],
      's3:PutObject',
      'arn:aws:s3:::b/k',
      'allowed',
    ],
    [
      'NotResource excluding the resource',
      [{ Effect: 'Allow', Action: 's3:PutObject', NotResource: 'arn:aws:s3:::secret/*' }],
      's3:PutObject',
      'arn:aws:s3:::secret/k',
      'implicitDeny',
    ],
  ])('%s', (_name, statements, action, resource, decision) => {
    expect(evaluate(source(...statements), action, resource).decision).toBe(decision);
  });
});

describe('IAM API', () => {
  it('creates, reads and lists roles; documents come back URL-encoded as on AWS', async () => {
    const out = await iam.send(
      new CreateRoleCommand({ RoleName: 'iam-a', AssumeRolePolicyDocument: trust, Path: '/svc/' }),
    );
    expect(out.Role).toMatchObject({
      RoleName: 'iam-a',
      Path: '/svc/',
      Arn: 'arn:aws:iam::000000000000:role/svc/iam-a',
    });
    expect(out.Role?.RoleId).toMatch(/^AROA[A-Z0-9]{17}$/);
    const got = await iam.send(new GetRoleCommand({ RoleName: 'iam-a' }));
    expect(JSON.parse(decodeURIComponent(got.Role!.AssumeRolePolicyDocument!))).toEqual(JSON.parse(trust));
    const listed = await iam.send(new ListRolesCommand({ PathPrefix: '/svc/' }));
    expect(listed.Roles?.map((r) => r.RoleName)).toEqual(['iam-a']);
    await expect(
      iam.send(new CreateRoleCommand({ RoleName: 'iam-a', AssumeRolePolicyDocument: trust })),
    ).rejects.toMatchObject({
      name: 'EntityAlreadyExistsException',
      message: 'Role with name iam-a already exists.',
      $metadata: { httpStatusCode: 409 },
    });
    await expect(iam.send(new GetRoleCommand({ RoleName: 'nope' }))).rejects.toMatchObject({
      name: 'NoSuchEntityException',
      message: 'The role with name nope cannot be found.',
      $metadata: { httpStatusCode: 404 },
    });
  });

  it('keeps inline policies, and refuses to delete a role that still has them', async () => {
    const policy = doc({ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:*:*:iam-*' });
    await iam.send(
      new PutRolePolicyCommand({ RoleName: 'iam-a', PolicyName: 'send', PolicyDocument: policy }),
    );
    const got = await iam.send(new GetRolePolicyCommand({ RoleName: 'iam-a', PolicyName: 'send' }));
    expect(decodeURIComponent(got.PolicyDocument!)).toBe(policy);
    expect((await iam.send(new ListRolePoliciesCommand({ RoleName: 'iam-a' }))).PolicyNames).toEqual([
      'send',
    ]);
    await expect(
      iam.send(
        new PutRolePolicyCommand({ RoleName: 'iam-a', PolicyName: 'bad', PolicyDocument: '{not json' }),
      ),
    ).rejects.toMatchObject({ name: 'MalformedPolicyDocumentException' });
    await expect(iam.send(new DeleteRoleCommand({ RoleName: 'iam-a' }))).rejects.toMatchObject({
      name: 'DeleteConflictException',
      message: 'Cannot delete entity, must delete policies first.',
    });
  });

  it('attaches customer and AWS managed policies', async () => {
    const created = await iam.send(
      new CreatePolicyCommand({
        PolicyName: 'iam-publish',
        PolicyDocument: doc({ Effect: 'Allow', Action: 'sns:Publish', Resource: '*' }),
      }),
    );
    const arn = created.Policy!.Arn!;
    expect(arn).toBe('arn:aws:iam::000000000000:policy/iam-publish');
    await iam.send(new AttachRolePolicyCommand({ RoleName: 'iam-a', PolicyArn: arn }));
    const basic = 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole';
    await iam.send(new AttachRolePolicyCommand({ RoleName: 'iam-a', PolicyArn: basic }));
    const attached = await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: 'iam-a' }));
    expect(attached.AttachedPolicies).toEqual([
      { PolicyName: 'iam-publish', PolicyArn: arn },
      { PolicyName: 'AWSLambdaBasicExecutionRole', PolicyArn: basic },
    ]);
    expect((await iam.send(new GetPolicyCommand({ PolicyArn: arn }))).Policy?.AttachmentCount).toBe(1);
    const version = await iam.send(new GetPolicyVersionCommand({ PolicyArn: basic, VersionId: 'v1' }));
    expect(JSON.parse(decodeURIComponent(version.PolicyVersion!.Document!)).Statement[0].Action).toContain(
      'logs:PutLogEvents',
    );
    await expect(iam.send(new DeletePolicyCommand({ PolicyArn: arn }))).rejects.toMatchObject({
      name: 'DeleteConflictException',
    });
    await expect(
      iam.send(
        new AttachRolePolicyCommand({
          RoleName: 'iam-a',
          PolicyArn: 'arn:aws:iam::000000000000:policy/none',
        }),
      ),
    ).rejects.toMatchObject({
      name: 'NoSuchEntityException',
      message: 'Policy arn:aws:iam::000000000000:policy/none does not exist or is not attachable.',
    });
  });

  it('simulates the role: allowed, implicit deny and explicit deny per action and resource', async () => {
    await iam.send(
      new PutRolePolicyCommand({
        RoleName: 'iam-a',
        PolicyName: 'deny',
        PolicyDocument: doc({
          Effect: 'Deny',
          Action: 'sqs:SendMessage',
          Resource: 'arn:aws:sqs:*:*:iam-secret',
        }),
      }),
    );
    const out = await iam.send(
      new SimulatePrincipalPolicyCommand({
        PolicySourceArn: 'arn:aws:iam::000000000000:role/svc/iam-a',
        ActionNames: ['sqs:SendMessage', 'sns:Publish', 'events:PutEvents'],
        ResourceArns: [
          'arn:aws:sqs:us-east-1:000000000000:iam-q',
          'arn:aws:sqs:us-east-1:000000000000:iam-secret',
        ],
      }),
    );
    expect(
      out.EvaluationResults?.map(
        (r) => `${r.EvalActionName} ${r.EvalResourceName?.split(':').pop()} ${r.EvalDecision}`,
      ),
    ).toEqual([
      'sqs:SendMessage iam-q allowed',
      'sqs:SendMessage iam-secret explicitDeny',
      'sns:Publish iam-q allowed',
      'sns:Publish iam-secret allowed',
      'events:PutEvents iam-q implicitDeny',
      'events:PutEvents iam-secret implicitDeny',
    ]);
  });

  it('gives Lambda the same answers through cloud.iam.evaluate, and allows roles it never saw', () => {
    const evaluateRole = cloud.cloud.iam!.evaluate;
    const role = 'arn:aws:iam::000000000000:role/svc/iam-a';
    expect(evaluateRole(role, 'sqs:SendMessage', 'arn:aws:sqs:us-east-1:000000000000:iam-q').allowed).toBe(
      true,
    );
    const denied = evaluateRole(
      role,
      'events:PutEvents',
      'arn:aws:events:us-east-1:000000000000:event-bus/default',
    );
    expect(denied).toEqual({
      allowed: false,
      reason:
        'no policy of role iam-a allows events:PutEvents on arn:aws:events:us-east-1:000000000000:event-bus/default',
    });
    expect(evaluateRole('arn:aws:iam::000000000000:role/made-up', 'sns:Publish', 'arn:t').allowed).toBe(true);
  });

  it('refuses a MaxSessionDuration that is not a number instead of storing NaN', async () => {
    const res = await fetch(cloud.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: SIGNED_IAM },
      body: new URLSearchParams({
        Action: 'CreateRole',
        Version: '2010-05-08',
        RoleName: 'iam-nan',
        AssumeRolePolicyDocument: trust,
        MaxSessionDuration: 'abc',
      }).toString(),
    });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).toContain('<Code>ValidationError</Code>');
    expect(text).toContain('MaxSessionDuration');
    await expect(iam.send(new GetRoleCommand({ RoleName: 'iam-nan' }))).rejects.toMatchObject({
      name: 'NoSuchEntityException',
    });
  });

  it('serves an unsigned form request, routed by its Action, in IAM XML', async () => {
    const res = await fetch(cloud.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'Action=ListRoles&Version=2010-05-08&PathPrefix=/svc/',
    });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('<ListRolesResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">');
    expect(text).toContain('<RoleName>iam-a</RoleName>');
  });

  it('answers an operation IAM has but the local cloud does not serve with 501 NotImplemented', async () => {
    await expect(iam.send(new ListUsersCommand({}))).rejects.toMatchObject({
      name: 'NotImplemented',
      $metadata: { httpStatusCode: 501 },
    });
  });

  it('routes an unsigned Action IAM has but does not serve to IAM, which answers 501 in its XML', async () => {
    const res = await fetch(cloud.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'Action=ListUsers&Version=2010-05-08',
    });
    expect(res.status).toBe(501);
    const text = await res.text();
    expect(text).toContain('<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">');
    expect(text).toContain('<Code>NotImplemented</Code>');
  });

  it('detaches and deletes, after which the role can go', async () => {
    for (const p of ['send', 'deny'])
      await iam.send(new DeleteRolePolicyCommand({ RoleName: 'iam-a', PolicyName: p }));
    const attached = await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: 'iam-a' }));
    await expect(iam.send(new DeleteRoleCommand({ RoleName: 'iam-a' }))).rejects.toMatchObject({
      message: 'Cannot delete entity, must detach all policies first.',
    });
    for (const p of attached.AttachedPolicies ?? []) {
      await iam.send(new DetachRolePolicyCommand({ RoleName: 'iam-a', PolicyArn: p.PolicyArn }));
    }
    await iam.send(new DeleteRoleCommand({ RoleName: 'iam-a' }));
    await iam.send(new DeletePolicyCommand({ PolicyArn: 'arn:aws:iam::000000000000:policy/iam-publish' }));
    expect((await iam.send(new ListRolesCommand({}))).Roles).toEqual([]);
  });
});
