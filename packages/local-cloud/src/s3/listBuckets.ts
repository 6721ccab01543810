// ListBuckets: every bucket of the account, whatever its region, sorted by name.
import type { ListBucketsOutput, ListBucketsRequest } from '@aws-sdk/client-s3';
import type { S3Context } from './context.js';

export function listBuckets(ctx: S3Context, input: ListBucketsRequest): ListBucketsOutput {
  const prefix = input.Prefix ?? '';
  const buckets = [...ctx.store.buckets.values()]
    .filter(
      (b) =>
        b.name.startsWith(prefix) && (input.BucketRegion === undefined || b.region === input.BucketRegion),
    )
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    Owner: ctx.owner,
    Buckets: buckets.map((b) => ({ Name: b.name, CreationDate: b.creationDate, BucketRegion: b.region })),
    Prefix: prefix || undefined,
  };
}
