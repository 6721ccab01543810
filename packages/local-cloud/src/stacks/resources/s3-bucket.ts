// AWS::S3::Bucket: CreateBucket (+ versioning); Ref is the bucket name. A bucket that already exists is
// refused with CloudFormation's "<name> already exists" (CreateBucket answers 200 for one's own bucket in
// us-east-1). Deleting a bucket with objects fails, as on AWS.
import {
  type BucketLocationConstraint,
  CreateBucketCommand,
  DeleteBucketCommand,
  HeadBucketCommand,
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
    return provisioned(ctx, name);
  },
  async update(ctx, current, props) {
    if (canonical(props.VersioningConfiguration) !== canonical(current.properties.VersioningConfiguration)) {
      await versioning(ctx, current.physicalId, props.VersioningConfiguration);
    }
    return provisioned(ctx, current.physicalId);
  },
  async delete(ctx, current) {
    await gone(() => s3Client(ctx).send(new DeleteBucketCommand({ Bucket: current.physicalId })));
  },
};
