// ListBuckets: every bucket of the account, whatever its region, sorted by name.
import type { ListBucketsOutput } from '@aws-sdk/client-s3';
import { toXml } from '../protocol/xml.js';
import { isoDate, type S3Answer, xmlAnswer } from './answer.js';
import type { S3Context } from './context.js';

export function listBuckets(ctx: S3Context): S3Answer {
  const prefix = ctx.req.query.get('prefix') ?? '';
  const region = ctx.req.query.get('bucket-region');
  const buckets = [...ctx.store.buckets.values()]
    .filter((b) => b.name.startsWith(prefix) && (region === null || b.region === region))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: ListBucketsOutput = {
    Owner: { ID: ctx.ownerId, DisplayName: 'local-cloud' },
    Buckets: buckets.map((b) => ({ Name: b.name, CreationDate: b.creationDate, BucketRegion: b.region })),
  };
  const inner = toXml({
    Owner: { ID: out.Owner?.ID, DisplayName: out.Owner?.DisplayName },
    Buckets: {
      Bucket: (out.Buckets ?? []).map((b) => ({
        Name: b.Name,
        CreationDate: b.CreationDate ? isoDate(b.CreationDate) : undefined,
        BucketRegion: b.BucketRegion,
      })),
    },
    Prefix: prefix || undefined,
  });
  return xmlAnswer('ListAllMyBucketsResult', inner);
}
