// AWS::Logs::LogGroup: CreateLogGroup + retention; Ref is the group name. A group that already exists fails
// the create (its identifier is the LogGroupName property, as AWS's handler words it).
import {
  CreateLogGroupCommand,
  DeleteLogGroupCommand,
  DeleteRetentionPolicyCommand,
  PutRetentionPolicyCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { codeOf, gone, logsClient, optional, str, tagMap } from '../clients.js';
import { alreadyExists } from '../handlerErrors.js';
import type { HandlerContext, Provisioned, ResourceHandler } from '../types.js';

function provisioned(ctx: HandlerContext, name: string): Provisioned {
  return {
    physicalId: name,
    ref: name,
    attributes: { Arn: `arn:${ctx.partition}:logs:${ctx.region}:${ctx.accountId}:log-group:${name}:*` },
  };
}

async function retention(ctx: HandlerContext, name: string, days: unknown, before: unknown): Promise<void> {
  const logs = logsClient(ctx);
  if (days !== undefined) {
    await optional(ctx, 'Logs PutRetentionPolicy', () =>
      logs.send(new PutRetentionPolicyCommand({ logGroupName: name, retentionInDays: Number(days) })),
    );
  } else if (before !== undefined) {
    await optional(ctx, 'Logs DeleteRetentionPolicy', () =>
      logs.send(new DeleteRetentionPolicyCommand({ logGroupName: name })),
    );
  }
}

export const logsLogGroup: ResourceHandler = {
  nameProperty: 'LogGroupName',
  replaceOn: ['LogGroupName', 'LogGroupClass'],
  async create(ctx, props) {
    const name = str(props.LogGroupName) ?? ctx.physicalName({ maxLength: 512 });
    try {
      await logsClient(ctx).send(
        new CreateLogGroupCommand({
          logGroupName: name,
          kmsKeyId: str(props.KmsKeyId),
          tags: tagMap(props.Tags),
        }),
      );
    } catch (err) {
      if (codeOf(err) === 'ResourceAlreadyExistsException') {
        throw alreadyExists('AWS::Logs::LogGroup', JSON.stringify({ '/properties/LogGroupName': name }));
      }
      throw err;
    }
    await retention(ctx, name, props.RetentionInDays, undefined);
    return provisioned(ctx, name);
  },
  async update(ctx, current, props) {
    if (props.RetentionInDays !== current.properties.RetentionInDays) {
      await retention(ctx, current.physicalId, props.RetentionInDays, current.properties.RetentionInDays);
    }
    return provisioned(ctx, current.physicalId);
  },
  async delete(ctx, current) {
    await gone(() => logsClient(ctx).send(new DeleteLogGroupCommand({ logGroupName: current.physicalId })));
  },
};
