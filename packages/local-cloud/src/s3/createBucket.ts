// CreateBucket: a global name, its region from LocationConstraint or the endpoint's region.
import type { BucketLocationConstraint, CreateBucketRequest } from '@aws-sdk/client-s3';
import { AwsError } from '../protocol/errors.js';
import type { S3Answer } from './answer.js';
import type { S3Context } from './context.js';
import { bucketAlreadyOwnedByYou } from './errors.js';
import { s3Now } from './store.js';
import { validateBucketName } from './validate.js';
import { childText, requireXmlBody } from './xmlBody.js';

function parse(ctx: S3Context): CreateBucketRequest {
  const input: CreateBucketRequest = { Bucket: ctx.bucket };
  if (ctx.req.body.length > 0) {
    const root = requireXmlBody(ctx.req.body, 'CreateBucketConfiguration');
    const lc = childText(root, 'LocationConstraint');
    if (lc !== undefined)
      input.CreateBucketConfiguration = { LocationConstraint: lc as BucketLocationConstraint };
  }
  return input;
}

export function createBucket(ctx: S3Context): S3Answer {
  const input = parse(ctx);
  validateBucketName(ctx.bucket);
  const endpointRegion = ctx.req.region;
  const constraint = input.CreateBucketConfiguration?.LocationConstraint as string | undefined;
  if (constraint === 'us-east-1') {
    throw new AwsError('InvalidLocationConstraint', 'The specified location-constraint is not valid', 400, {
      fields: { LocationConstraint: constraint },
    });
  }
  if (constraint === undefined && endpointRegion !== 'us-east-1') {
    throw new AwsError(
      'IllegalLocationConstraintException',
      'The unspecified location constraint is incompatible for the region specific endpoint this request was sent to.',
      400,
    );
  }
  if (
    constraint !== undefined &&
    constraint !== '' &&
    endpointRegion !== 'us-east-1' &&
    constraint !== endpointRegion
  ) {
    throw new AwsError(
      'IllegalLocationConstraintException',
      `The ${constraint} location constraint is incompatible for the region specific endpoint this request was sent to.`,
      400,
    );
  }
  const region = constraint || 'us-east-1';
  const existing = ctx.store.buckets.get(ctx.bucket);
  if (existing) {
    // us-east-1 answers a repeated create of your own us-east-1 bucket with 200; everywhere else 409.
    if (region === 'us-east-1' && existing.region === 'us-east-1')
      return { headers: { Location: `/${ctx.bucket}` } };
    throw bucketAlreadyOwnedByYou(ctx.bucket);
  }
  ctx.store.buckets.set(ctx.bucket, {
    name: ctx.bucket,
    region,
    creationDate: s3Now(),
    objects: new Map(),
    uploads: new Map(),
  });
  const location = region === 'us-east-1' ? `/${ctx.bucket}` : `http://${ctx.bucket}.s3.amazonaws.com/`;
  return { headers: { Location: location } };
}
