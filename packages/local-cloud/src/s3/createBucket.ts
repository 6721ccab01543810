// CreateBucket: a global name, its region from LocationConstraint or the endpoint's region.
import type { CreateBucketOutput, CreateBucketRequest } from '@aws-sdk/client-s3';
import type { S3Context } from './context.js';
import {
  bucketAlreadyExists,
  bucketAlreadyOwnedByYou,
  illegalLocationConstraint,
  invalidLocationConstraint,
} from './errors.js';
import { s3Now } from './store.js';
import { validateBucketName } from './validate.js';

export function createBucket(ctx: S3Context, input: CreateBucketRequest): CreateBucketOutput {
  const name = input.Bucket ?? '';
  validateBucketName(name);
  const endpointRegion = ctx.region;
  const constraint = input.CreateBucketConfiguration?.LocationConstraint as string | undefined;
  if (constraint === 'us-east-1') throw invalidLocationConstraint(constraint);
  if (constraint === undefined && endpointRegion !== 'us-east-1') throw illegalLocationConstraint();
  if (constraint && endpointRegion !== 'us-east-1' && constraint !== endpointRegion) {
    throw illegalLocationConstraint(constraint);
  }
  const region = constraint || 'us-east-1';
  if (ctx.store.owned.has(name)) throw bucketAlreadyExists(name);
  const existing = ctx.store.buckets.get(name);
  if (existing) {
    // us-east-1 answers a repeated create of your own us-east-1 bucket with 200; everywhere else 409.
    if (region === 'us-east-1' && existing.region === 'us-east-1') return { Location: `/${name}` };
    throw bucketAlreadyOwnedByYou(name);
  }
  ctx.store.buckets.set(name, {
    name,
    region,
    creationDate: s3Now(),
    objects: new Map(),
    uploads: new Map(),
  });
  return { Location: region === 'us-east-1' ? `/${name}` : `http://${name}.s3.amazonaws.com/` };
}
