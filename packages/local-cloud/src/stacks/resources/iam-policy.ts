// AWS::IAM::Policy: an inline policy put on each of its Roles (Users and Groups are not served).
import { DeleteRolePolicyCommand, PutRolePolicyCommand } from '@aws-sdk/client-iam';
import { gone, iamClient, jsonText } from '../clients.js';
import type { HandlerContext, ResourceHandler } from '../types.js';

async function put(ctx: HandlerContext, props: Record<string, unknown>): Promise<void> {
  if ((props.Users as unknown[])?.length || (props.Groups as unknown[])?.length) {
    ctx.warn('IAM users and groups are not served by this local cloud; only Roles get the policy');
  }
  for (const role of (props.Roles as string[]) ?? []) {
    await iamClient(ctx).send(
      new PutRolePolicyCommand({
        RoleName: String(role),
        PolicyName: String(props.PolicyName),
        PolicyDocument: jsonText(props.PolicyDocument)!,
      }),
    );
  }
}

async function remove(ctx: HandlerContext, roles: string[], policyName: string): Promise<void> {
  for (const role of roles) {
    await gone(() =>
      iamClient(ctx).send(new DeleteRolePolicyCommand({ RoleName: role, PolicyName: policyName })),
    );
  }
}

export const iamPolicy: ResourceHandler = {
  required: ['PolicyDocument', 'PolicyName'],
  async create(ctx, props) {
    await put(ctx, props);
    return { physicalId: ctx.physicalName({ maxLength: 128 }) };
  },
  async update(ctx, current, props) {
    const before = (current.properties.Roles as string[]) ?? [];
    const after = (props.Roles as string[]) ?? [];
    const renamed = current.properties.PolicyName !== props.PolicyName;
    await remove(
      ctx,
      renamed ? before : before.filter((r) => !after.includes(r)),
      String(current.properties.PolicyName),
    );
    await put(ctx, props);
    return { physicalId: current.physicalId };
  },
  async delete(ctx, current) {
    await remove(ctx, (current.properties.Roles as string[]) ?? [], String(current.properties.PolicyName));
  },
};
