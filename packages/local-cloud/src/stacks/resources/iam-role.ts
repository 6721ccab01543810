// AWS::IAM::Role: CreateRole, inline Policies (PutRolePolicy) and ManagedPolicyArns; Ref is the role name.
// A role of that name that already exists fails the create before any policy is put on it.
import {
  AttachRolePolicyCommand,
  CreateRoleCommand,
  DeleteRoleCommand,
  DeleteRolePolicyCommand,
  DetachRolePolicyCommand,
  PutRolePolicyCommand,
  UpdateAssumeRolePolicyCommand,
} from '@aws-sdk/client-iam';
import { canonical } from '../canonical.js';
import { codeOf, gone, iamClient, jsonText, num, str } from '../clients.js';
import { alreadyExists } from '../handlerErrors.js';
import type { HandlerContext, Provisioned, ResourceHandler } from '../types.js';

type Inline = { PolicyName: string; PolicyDocument: unknown };

async function putPolicies(ctx: HandlerContext, role: string, policies: Inline[]): Promise<void> {
  for (const p of policies) {
    await iamClient(ctx).send(
      new PutRolePolicyCommand({
        RoleName: role,
        PolicyName: p.PolicyName,
        PolicyDocument: jsonText(p.PolicyDocument)!,
      }),
    );
  }
}

async function attach(ctx: HandlerContext, role: string, arns: string[]): Promise<void> {
  for (const arn of arns)
    await iamClient(ctx).send(new AttachRolePolicyCommand({ RoleName: role, PolicyArn: arn }));
}

function provisioned(name: string, arn: string, id: string): Provisioned {
  return { physicalId: name, ref: name, attributes: { Arn: arn, RoleId: id } };
}

export const iamRole: ResourceHandler = {
  required: ['AssumeRolePolicyDocument'],
  nameProperty: 'RoleName',
  replaceOn: ['RoleName', 'Path'],
  async create(ctx, props) {
    const name = str(props.RoleName) ?? ctx.physicalName({ maxLength: 64 });
    const out = await iamClient(ctx)
      .send(
        new CreateRoleCommand({
          RoleName: name,
          Path: str(props.Path),
          AssumeRolePolicyDocument: jsonText(props.AssumeRolePolicyDocument)!,
          Description: str(props.Description),
          MaxSessionDuration: num(props.MaxSessionDuration),
          PermissionsBoundary: str(props.PermissionsBoundary),
          Tags: props.Tags as { Key: string; Value: string }[] | undefined,
        }),
      )
      .catch((err) => {
        throw codeOf(err) === 'EntityAlreadyExistsException' ? alreadyExists('AWS::IAM::Role', name) : err;
      });
    await putPolicies(ctx, name, (props.Policies as Inline[]) ?? []);
    await attach(ctx, name, (props.ManagedPolicyArns as string[]) ?? []);
    return provisioned(name, out.Role!.Arn!, out.Role!.RoleId!);
  },
  async update(ctx, current, props) {
    const iam = iamClient(ctx);
    const name = current.physicalId;
    if (
      canonical(props.AssumeRolePolicyDocument) !== canonical(current.properties.AssumeRolePolicyDocument)
    ) {
      await iam.send(
        new UpdateAssumeRolePolicyCommand({
          RoleName: name,
          PolicyDocument: jsonText(props.AssumeRolePolicyDocument)!,
        }),
      );
    }
    const before = (current.properties.Policies as Inline[]) ?? [];
    const after = (props.Policies as Inline[]) ?? [];
    for (const p of before) {
      if (!after.some((a) => a.PolicyName === p.PolicyName)) {
        await gone(() => iam.send(new DeleteRolePolicyCommand({ RoleName: name, PolicyName: p.PolicyName })));
      }
    }
    await putPolicies(ctx, name, after);
    const oldArns = (current.properties.ManagedPolicyArns as string[]) ?? [];
    const newArns = (props.ManagedPolicyArns as string[]) ?? [];
    for (const arn of oldArns.filter((a) => !newArns.includes(a))) {
      await gone(() => iam.send(new DetachRolePolicyCommand({ RoleName: name, PolicyArn: arn })));
    }
    await attach(
      ctx,
      name,
      newArns.filter((a) => !oldArns.includes(a)),
    );
    return provisioned(name, String(current.attributes.Arn), String(current.attributes.RoleId));
  },
  async delete(ctx, current) {
    const iam = iamClient(ctx);
    const name = current.physicalId;
    for (const p of (current.properties.Policies as Inline[]) ?? []) {
      await gone(() => iam.send(new DeleteRolePolicyCommand({ RoleName: name, PolicyName: p.PolicyName })));
    }
    for (const arn of (current.properties.ManagedPolicyArns as string[]) ?? []) {
      await gone(() => iam.send(new DetachRolePolicyCommand({ RoleName: name, PolicyArn: arn })));
    }
    await gone(() => iam.send(new DeleteRoleCommand({ RoleName: name })));
  },
};
