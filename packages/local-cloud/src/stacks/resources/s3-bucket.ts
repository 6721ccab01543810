// AWS::S3::Bucket: CreateBucket (+ versioning and event notifications); Ref is the bucket name. A bucket that already exists is
// refused with CloudFormation's "<name> already exists" (CreateBucket answers 200 for one's own bucket in
// us-east-1). Deleting a bucket with objects fails, as on AWS.
import {
  type BucketLocationConstraint,
  CreateBucketCommand,
  DeleteBucketCommand,
  type Event,
  type FilterRule,
  HeadBucketCommand,
  type NotificationConfiguration,
  type NotificationConfigurationFilter,
  PutBucketNotificationConfigurationCommand,
  PutBucketVersioningCommand,
  type VersioningConfiguration,
} from '@aws-sdk/client-s3';
import { canonical } from '../canonical.js';
import { codeOf, exists, gone, optional, s3Client, str } from '../clients.js';
import { AlreadyExistsError } from '../handlerErrors.js';
import type { HandlerContext, Provisioned, ResourceHandler } from '../types.js';

function provisioned(ctx: HandlerContext, name: string): Provisioned {
  const suffix = ctx.region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
  return {
    physicalId: name,
    ref: name,
    attributes: {
      Arn: `arn:${ctx.partition}:s3:::${name}`,
      DomainName: `${name}.s3.${suffix}`,
      RegionalDomainName: `${name}.s3.${ctx.region}.${suffix}`,
      DualStackDomainName: `${name}.s3.dualstack.${ctx.region}.${suffix}`,
      WebsiteURL: `http://${name}.s3-website-${ctx.region}.${suffix}`,
    },
  };
}

async function versioning(ctx: HandlerContext, name: string, config: unknown): Promise<void> {
  if (config === undefined) return;
  await optional(ctx, 'S3 PutBucketVersioning', () =>
    s3Client(ctx).send(
      new PutBucketVersioningCommand({
        Bucket: name,
        VersioningConfiguration: config as VersioningConfiguration,
      }),
    ),
  );
}

type Configured = { Event?: string; Filter?: { S3Key?: { Rules?: FilterRule[] } } };

/** A configuration of the template's shape as the S3 API takes it. */
function destination(c: Configured): { Events: Event[]; Filter?: NotificationConfigurationFilter } {
  const rules = c.Filter?.S3Key?.Rules;
  return { Events: [String(c.Event) as Event], Filter: rules ? { Key: { FilterRules: rules } } : undefined };
}

/** The template's NotificationConfiguration (one Event per entry) as PutBucketNotificationConfiguration's. */
function notificationConfiguration(props: unknown): NotificationConfiguration {
  const p = (props ?? {}) as {
    LambdaConfigurations?: (Configured & { Function?: string })[];
    QueueConfigurations?: (Configured & { Queue?: string })[];
    TopicConfigurations?: (Configured & { Topic?: string })[];
    EventBridgeConfiguration?: { EventBridgeEnabled?: unknown };
  };
  return {
    LambdaFunctionConfigurations: p.LambdaConfigurations?.map((c) => ({
      LambdaFunctionArn: str(c.Function),
      ...destination(c),
    })),
    QueueConfigurations: p.QueueConfigurations?.map((c) => ({ QueueArn: str(c.Queue), ...destination(c) })),
    TopicConfigurations: p.TopicConfigurations?.map((c) => ({ TopicArn: str(c.Topic), ...destination(c) })),
    EventBridgeConfiguration:
      p.EventBridgeConfiguration?.EventBridgeEnabled === true ||
      p.EventBridgeConfiguration?.EventBridgeEnabled === 'true'
        ? {}
        : undefined,
  };
}

async function notifications(ctx: HandlerContext, name: string, config: unknown): Promise<void> {
  await s3Client(ctx).send(
    new PutBucketNotificationConfigurationCommand({
      Bucket: name,
      NotificationConfiguration: notificationConfiguration(config),
    }),
  );
}

export const s3Bucket: ResourceHandler = {
  nameProperty: 'BucketName',
  replaceOn: ['BucketName', 'ObjectLockEnabled'],
  async create(ctx, props) {
    const name = str(props.BucketName) ?? ctx.physicalName({ maxLength: 63, lowercase: true });
    const taken = new AlreadyExistsError(`${name} already exists`);
    if (await exists(() => s3Client(ctx).send(new HeadBucketCommand({ Bucket: name })))) throw taken;
    await s3Client(ctx)
      .send(
        new CreateBucketCommand({
          Bucket: name,
          CreateBucketConfiguration:
            ctx.region === 'us-east-1'
              ? undefined
              : { LocationConstraint: ctx.region as BucketLocationConstraint },
        }),
      )
      .catch((err) => {
        throw ['BucketAlreadyOwnedByYou', 'BucketAlreadyExists'].includes(codeOf(err)) ? taken : err;
      });
    await versioning(ctx, name, props.VersioningConfiguration);
    if (props.NotificationConfiguration !== undefined)
      await notifications(ctx, name, props.NotificationConfiguration);
    return provisioned(ctx, name);
  },
  async update(ctx, current, props) {
    if (canonical(props.VersioningConfiguration) !== canonical(current.properties.VersioningConfiguration)) {
      await versioning(ctx, current.physicalId, props.VersioningConfiguration);
    }
    if (
      canonical(props.NotificationConfiguration) !== canonical(current.properties.NotificationConfiguration)
    ) {
      await notifications(ctx, current.physicalId, props.NotificationConfiguration);
    }
    return provisioned(ctx, current.physicalId);
  },
  async delete(ctx, current) {
    await gone(() => s3Client(ctx).send(new DeleteBucketCommand({ Bucket: current.physicalId })));
  },
};
