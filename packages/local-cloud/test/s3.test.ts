import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  DeleteBucketCommand,
  DeleteBucketPolicyCommand,
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  GetBucketLocationCommand,
  GetBucketPolicyCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListBucketsCommand,
  ListObjectsCommand,
  ListObjectsV2Command,
  PutBucketEncryptionCommand,
  PutBucketPolicyCommand,
  PutBucketTaggingCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  type S3Client,
  S3ServiceException,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type RunningCloud, startLocalCloud } from '../src/index.js';
import { pathStyleClient, rawRequest, scopeFor, virtualHostedClient } from './s3-helpers.js';

let cloud: RunningCloud;
let s3: S3Client;
beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0, logLevel: 'quiet' });
  s3 = pathStyleClient(cloud.url);
});
afterAll(async () => {
  s3.destroy();
  await cloud.stop();
});

async function failure(p: Promise<unknown>): Promise<S3ServiceException> {
  try {
    await p;
  } catch (err) {
    if (err instanceof S3ServiceException) return err;
    throw err;
  }
  throw new Error('expected the call to fail');
}

let counter = 0;
async function newBucket(): Promise<string> {
  const name = `bucket-${process.pid}-${++counter}`;
  await s3.send(new CreateBucketCommand({ Bucket: name }));
  return name;
}

const md5 = (b: Buffer | string) => createHash('md5').update(b).digest('hex');

describe('buckets', () => {
  it('creates a bucket, lists it with its region and heads it', async () => {
    const name = await newBucket();
    const list = await s3.send(new ListBucketsCommand({}));
    const found = list.Buckets?.find((b) => b.Name === name);
    expect(found?.CreationDate).toBeInstanceOf(Date);
    expect(found?.BucketRegion).toBe('us-east-1');
    const head = await s3.send(new HeadBucketCommand({ Bucket: name }));
    expect(head.BucketRegion).toBe('us-east-1');
    expect(head.$metadata.requestId).toBeTruthy();
  });

  it('answers a repeated create of an own us-east-1 bucket with 200, as us-east-1 does', async () => {
    const name = await newBucket();
    const again = await s3.send(new CreateBucketCommand({ Bucket: name }));
    expect(again.$metadata.httpStatusCode).toBe(200);
  });

  it('creates a bucket in another region from its LocationConstraint and refuses it twice', async () => {
    const eu = pathStyleClient(cloud.url, 'eu-west-1');
    const name = `eu-bucket-${process.pid}`;
    await eu.send(
      new CreateBucketCommand({
        Bucket: name,
        CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' },
      }),
    );
    const loc = await s3.send(new GetBucketLocationCommand({ Bucket: name }));
    expect(loc.LocationConstraint).toBe('eu-west-1');
    const err = await failure(
      eu.send(
        new CreateBucketCommand({
          Bucket: name,
          CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' },
        }),
      ),
    );
    expect(err.name).toBe('BucketAlreadyOwnedByYou');
    expect(err.$metadata.httpStatusCode).toBe(409);
    eu.destroy();
  });

  it('puts a bucket made through a regional SDK client in that region', async () => {
    const eu = pathStyleClient(cloud.url, 'eu-central-1');
    const name = `central-${process.pid}`;
    await eu.send(new CreateBucketCommand({ Bucket: name }));
    const head = await s3.send(new HeadBucketCommand({ Bucket: name }));
    expect(head.BucketRegion).toBe('eu-central-1');
    eu.destroy();
  });

  it('refuses a create outside us-east-1 without a LocationConstraint', async () => {
    const res = await rawRequest(cloud.port, {
      method: 'PUT',
      path: `/noloc-${process.pid}`,
      headers: { Authorization: scopeFor('eu-west-1') },
    });
    expect(res.status).toBe(400);
    expect(res.body.toString()).toContain('<Code>IllegalLocationConstraintException</Code>');
    expect(res.body.toString()).toContain(
      'The unspecified location constraint is incompatible for the region specific endpoint this request was sent to.',
    );
  });

  it('gives us-east-1 buckets an empty location', async () => {
    const name = await newBucket();
    const loc = await s3.send(new GetBucketLocationCommand({ Bucket: name }));
    expect(loc.LocationConstraint ?? '').toBe('');
  });

  it.each(['ab', 'Upper-Case', 'has_underscore', 'a..b', '192.168.1.1', '-leading', 'xn--punycode'])(
    'refuses the bucket name %s',
    async (name) => {
      const err = await failure(s3.send(new CreateBucketCommand({ Bucket: name })));
      expect(err.name).toBe('InvalidBucketName');
      expect(err.message).toBe('The specified bucket is not valid.');
    },
  );

  it('refuses to delete a bucket that holds objects, then deletes it once empty', async () => {
    const name = await newBucket();
    await s3.send(new PutObjectCommand({ Bucket: name, Key: 'k', Body: 'x' }));
    const err = await failure(s3.send(new DeleteBucketCommand({ Bucket: name })));
    expect(err.name).toBe('BucketNotEmpty');
    expect(err.$metadata.httpStatusCode).toBe(409);
    await s3.send(new DeleteObjectCommand({ Bucket: name, Key: 'k' }));
    const del = await s3.send(new DeleteBucketCommand({ Bucket: name }));
    expect(del.$metadata.httpStatusCode).toBe(204);
    const head = await failure(s3.send(new HeadBucketCommand({ Bucket: name })));
    expect(head.$metadata.httpStatusCode).toBe(404);
  });

  it('names the missing bucket in NoSuchBucket', async () => {
    const err = await failure(s3.send(new ListObjectsV2Command({ Bucket: 'no-such-bucket-here' })));
    expect(err.name).toBe('NoSuchBucket');
    expect(err.message).toBe('The specified bucket does not exist');
    expect((err as unknown as { BucketName: string }).BucketName).toBe('no-such-bucket-here');
  });

  it('stores, returns and deletes a bucket policy', async () => {
    const name = await newBucket();
    const missing = await failure(s3.send(new GetBucketPolicyCommand({ Bucket: name })));
    expect(missing.name).toBe('NoSuchBucketPolicy');
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: `arn:aws:s3:::${name}/*` }],
    });
    await s3.send(new PutBucketPolicyCommand({ Bucket: name, Policy: policy }));
    expect((await s3.send(new GetBucketPolicyCommand({ Bucket: name }))).Policy).toBe(policy);
    const bad = await failure(s3.send(new PutBucketPolicyCommand({ Bucket: name, Policy: 'not json' })));
    expect(bad.name).toBe('MalformedPolicy');
    await s3.send(new DeleteBucketPolicyCommand({ Bucket: name }));
    expect((await failure(s3.send(new GetBucketPolicyCommand({ Bucket: name })))).name).toBe(
      'NoSuchBucketPolicy',
    );
  });

  it('answers the ACL as the owner holding FULL_CONTROL', async () => {
    const name = await newBucket();
    const acl = await s3.send(new GetBucketAclCommand({ Bucket: name }));
    expect(acl.Owner?.ID).toMatch(/^[0-9a-f]{64}$/);
    expect(acl.Grants).toEqual([
      {
        Grantee: { Type: 'CanonicalUser', ID: acl.Owner?.ID, DisplayName: 'local-cloud' },
        Permission: 'FULL_CONTROL',
      },
    ]);
  });

  it('stores tags, versioning and encryption settings', async () => {
    const name = await newBucket();
    expect((await failure(s3.send(new GetBucketTaggingCommand({ Bucket: name })))).name).toBe('NoSuchTagSet');
    await s3.send(
      new PutBucketTaggingCommand({ Bucket: name, Tagging: { TagSet: [{ Key: 'stage', Value: 'dev' }] } }),
    );
    expect((await s3.send(new GetBucketTaggingCommand({ Bucket: name }))).TagSet).toEqual([
      { Key: 'stage', Value: 'dev' },
    ]);
    expect((await s3.send(new GetBucketVersioningCommand({ Bucket: name }))).Status).toBeUndefined();
    await s3.send(
      new PutBucketVersioningCommand({ Bucket: name, VersioningConfiguration: { Status: 'Enabled' } }),
    );
    expect((await s3.send(new GetBucketVersioningCommand({ Bucket: name }))).Status).toBe('Enabled');
    const before = await s3.send(new GetBucketEncryptionCommand({ Bucket: name }));
    expect(
      before.ServerSideEncryptionConfiguration?.Rules?.[0].ApplyServerSideEncryptionByDefault?.SSEAlgorithm,
    ).toBe('AES256');
    await s3.send(
      new PutBucketEncryptionCommand({
        Bucket: name,
        ServerSideEncryptionConfiguration: {
          Rules: [
            { ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'alias/k' } },
          ],
        },
      }),
    );
    const after = await s3.send(new GetBucketEncryptionCommand({ Bucket: name }));
    expect(after.ServerSideEncryptionConfiguration?.Rules?.[0].ApplyServerSideEncryptionByDefault).toEqual({
      SSEAlgorithm: 'aws:kms',
      KMSMasterKeyID: 'alias/k',
    });
  });
});

describe('objects', () => {
  let bucket: string;
  beforeAll(async () => {
    bucket = await newBucket();
  });

  it('puts and gets an object with its type, metadata and an ETag that is the quoted MD5', async () => {
    const put = await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: 'dir/hello.txt',
        Body: 'hello world',
        ContentType: 'text/plain',
        Metadata: { Owner: 'me', 'trace-id': 'abc' },
      }),
    );
    expect(put.ETag).toBe(`"${md5('hello world')}"`);
    const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'dir/hello.txt' }));
    expect(await got.Body?.transformToString()).toBe('hello world');
    expect(got.ContentType).toBe('text/plain');
    expect(got.ContentLength).toBe(11);
    expect(got.ETag).toBe(put.ETag);
    expect(got.Metadata).toEqual({ owner: 'me', 'trace-id': 'abc' });
    expect(got.LastModified).toBeInstanceOf(Date);
  });

  it('returns the stored checksum in checksum mode, which the SDK validates', async () => {
    const body = Buffer.from('checksummed body');
    const put = await s3.send(
      new PutObjectCommand({ Bucket: bucket, Key: 'sum', Body: body, ChecksumAlgorithm: 'SHA256' }),
    );
    expect(put.ChecksumSHA256).toBe(createHash('sha256').update(body).digest('base64'));
    const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'sum', ChecksumMode: 'ENABLED' }));
    expect(got.ChecksumSHA256).toBe(put.ChecksumSHA256);
    expect(await got.Body?.transformToString()).toBe('checksummed body');
  });

  it.each(['CRC32', 'CRC32C', 'SHA1', 'CRC64NVME'] as const)(
    'accepts a %s checksum and serves it back',
    async (alg) => {
      const key = `alg-${alg}`;
      const put = await s3.send(
        new PutObjectCommand({ Bucket: bucket, Key: key, Body: `body for ${alg}`, ChecksumAlgorithm: alg }),
      );
      const field = `Checksum${alg}` as const;
      expect(put[field]).toBeTruthy();
      const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key, ChecksumMode: 'ENABLED' }));
      expect(got[field]).toBe(put[field]);
      expect(await got.Body?.transformToString()).toBe(`body for ${alg}`);
    },
  );

  it('decodes an aws-chunked streaming upload with a trailing checksum', async () => {
    const data = Buffer.alloc(300_000, 'z');
    const sent: Record<string, string>[] = [];
    const client = pathStyleClient(cloud.url);
    client.middlewareStack.add(
      (next) => async (args) => {
        sent.push({ ...(args.request as { headers: Record<string, string> }).headers });
        return next(args);
      },
      { step: 'finalizeRequest', priority: 'low' },
    );
    const put = await client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: 'streamed',
        Body: Readable.from([data.subarray(0, 100_000), data.subarray(100_000)]),
        ContentLength: data.length,
        ChecksumAlgorithm: 'CRC32',
      }),
    );
    expect(sent[0]['content-encoding']).toContain('aws-chunked');
    expect(sent[0]['x-amz-trailer']).toBe('x-amz-checksum-crc32');
    client.destroy();
    expect(put.ETag).toBe(`"${md5(data)}"`);
    const got = await s3.send(
      new GetObjectCommand({ Bucket: bucket, Key: 'streamed', ChecksumMode: 'ENABLED' }),
    );
    const bytes = Buffer.from((await got.Body?.transformToByteArray()) ?? []);
    expect(bytes.equals(data)).toBe(true);
    expect(got.ContentEncoding).toBeUndefined();
  });

  it('refuses a body whose Content-MD5 does not match', async () => {
    const err = await failure(
      s3.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: 'bad-md5',
          Body: 'abc',
          ContentMD5: createHash('md5').update('xyz').digest('base64'),
        }),
      ),
    );
    expect(err.name).toBe('BadDigest');
    expect(err.message).toBe('The Content-MD5 you specified did not match what we received.');
  });

  it('refuses a body whose flexible checksum does not match', async () => {
    const err = await failure(
      s3.send(
        new PutObjectCommand({ Bucket: bucket, Key: 'bad-crc', Body: 'abc', ChecksumCRC32: 'AAAAAA==' }),
      ),
    );
    expect(err.name).toBe('BadDigest');
    expect(err.message).toBe('The CRC32 you specified did not match the calculated checksum.');
  });

  it('serves byte ranges and refuses an unsatisfiable one', async () => {
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'digits', Body: '0123456789' }));
    const mid = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'digits', Range: 'bytes=2-5' }));
    expect(mid.$metadata.httpStatusCode).toBe(206);
    expect(mid.ContentRange).toBe('bytes 2-5/10');
    expect(await mid.Body?.transformToString()).toBe('2345');
    const tail = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'digits', Range: 'bytes=-3' }));
    expect(await tail.Body?.transformToString()).toBe('789');
    const open = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'digits', Range: 'bytes=7-' }));
    expect(await open.Body?.transformToString()).toBe('789');
    const err = await failure(
      s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'digits', Range: 'bytes=10-' })),
    );
    expect(err.name).toBe('InvalidRange');
    expect(err.$metadata.httpStatusCode).toBe(416);
  });

  it('honours If-None-Match, If-Match and If-Modified-Since', async () => {
    const put = await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'cond', Body: 'v1' }));
    const notModified = await failure(
      s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'cond', IfNoneMatch: put.ETag })),
    );
    expect(notModified.$metadata.httpStatusCode).toBe(304);
    const failed = await failure(
      s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'cond', IfMatch: '"nope"' })),
    );
    expect(failed.name).toBe('PreconditionFailed');
    expect(failed.$metadata.httpStatusCode).toBe(412);
    const ok = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'cond', IfMatch: put.ETag }));
    expect(await ok.Body?.transformToString()).toBe('v1');
    const later = new Date(Date.now() + 60_000);
    const since = await failure(
      s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'cond', IfModifiedSince: later })),
    );
    expect(since.$metadata.httpStatusCode).toBe(304);
  });

  it('refuses a conditional write over an existing key', async () => {
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'once', Body: 'first' }));
    const err = await failure(
      s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'once', Body: 'second', IfNoneMatch: '*' })),
    );
    expect(err.name).toBe('PreconditionFailed');
  });

  it('overrides response headers from response-* parameters', async () => {
    await s3.send(
      new PutObjectCommand({ Bucket: bucket, Key: 'over', Body: 'x', ContentType: 'text/plain' }),
    );
    const got = await s3.send(
      new GetObjectCommand({
        Bucket: bucket,
        Key: 'over',
        ResponseContentType: 'application/json',
        ResponseContentDisposition: 'attachment; filename="x.json"',
        ResponseCacheControl: 'no-cache',
      }),
    );
    expect(got.ContentType).toBe('application/json');
    expect(got.ContentDisposition).toBe('attachment; filename="x.json"');
    expect(got.CacheControl).toBe('no-cache');
  });

  it('heads an object and names a missing key in NoSuchKey', async () => {
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'headme', Body: 'four' }));
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'headme' }));
    expect(head.ContentLength).toBe(4);
    expect(head.ETag).toBe(`"${md5('four')}"`);
    const missingHead = await failure(s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'nothing' })));
    expect(missingHead.$metadata.httpStatusCode).toBe(404);
    const missing = await failure(s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'nothing/here' })));
    expect(missing.name).toBe('NoSuchKey');
    expect(missing.message).toBe('The specified key does not exist.');
    expect((missing as unknown as { Key: string }).Key).toBe('nothing/here');
  });

  it('keeps keys with spaces, unicode and plus signs intact', async () => {
    const key = 'odd keys/naïve café+plus=eq&amp.txt';
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: 'odd' }));
    const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    expect(await got.Body?.transformToString()).toBe('odd');
    const list = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: 'odd keys/' }));
    expect(list.Contents?.map((c) => c.Key)).toEqual([key]);
  });

  it('copies an object, keeping metadata by default and replacing it on REPLACE', async () => {
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: 'src',
        Body: 'copy me',
        ContentType: 'text/x',
        Metadata: { a: '1' },
      }),
    );
    const other = await newBucket();
    const copy = await s3.send(
      new CopyObjectCommand({ Bucket: other, Key: 'dst', CopySource: `${bucket}/src` }),
    );
    expect(copy.CopyObjectResult?.ETag).toBe(`"${md5('copy me')}"`);
    const got = await s3.send(new GetObjectCommand({ Bucket: other, Key: 'dst' }));
    expect(await got.Body?.transformToString()).toBe('copy me');
    expect(got.ContentType).toBe('text/x');
    expect(got.Metadata).toEqual({ a: '1' });
    await s3.send(
      new CopyObjectCommand({
        Bucket: other,
        Key: 'dst',
        CopySource: `${other}/dst`,
        MetadataDirective: 'REPLACE',
        Metadata: { b: '2' },
        ContentType: 'text/y',
      }),
    );
    const replaced = await s3.send(new HeadObjectCommand({ Bucket: other, Key: 'dst' }));
    expect(replaced.Metadata).toEqual({ b: '2' });
    expect(replaced.ContentType).toBe('text/y');
    const self = await failure(
      s3.send(new CopyObjectCommand({ Bucket: other, Key: 'dst', CopySource: `${other}/dst` })),
    );
    expect(self.name).toBe('InvalidRequest');
    const missing = await failure(
      s3.send(new CopyObjectCommand({ Bucket: other, Key: 'x', CopySource: `${bucket}/not-there` })),
    );
    expect(missing.name).toBe('NoSuchKey');
  });

  it('deletes in a batch, reporting each key unless Quiet', async () => {
    const b = await newBucket();
    for (const k of ['a', 'b', 'c']) await s3.send(new PutObjectCommand({ Bucket: b, Key: k, Body: k }));
    const loud = await s3.send(
      new DeleteObjectsCommand({ Bucket: b, Delete: { Objects: [{ Key: 'a' }, { Key: 'never-existed' }] } }),
    );
    expect(loud.Deleted?.map((d) => d.Key).sort()).toEqual(['a', 'never-existed']);
    const quiet = await s3.send(
      new DeleteObjectsCommand({ Bucket: b, Delete: { Objects: [{ Key: 'b' }], Quiet: true } }),
    );
    expect(quiet.Deleted).toBeUndefined();
    const left = await s3.send(new ListObjectsV2Command({ Bucket: b }));
    expect(left.Contents?.map((c) => c.Key)).toEqual(['c']);
  });
});

describe('listing', () => {
  let bucket: string;
  const keys = [
    'a.txt',
    'logs/2026/01/x',
    'logs/2026/02/y',
    'logs/2026/02/z',
    'logs/readme',
    'z/deep/one',
    'zz',
  ];
  beforeAll(async () => {
    bucket = await newBucket();
    for (const Key of keys) await s3.send(new PutObjectCommand({ Bucket: bucket, Key, Body: Key }));
  });

  it('lists keys in order with sizes, ETags and KeyCount', async () => {
    const out = await s3.send(new ListObjectsV2Command({ Bucket: bucket }));
    expect(out.Contents?.map((c) => c.Key)).toEqual(keys);
    expect(out.KeyCount).toBe(keys.length);
    expect(out.IsTruncated).toBe(false);
    expect(out.Contents?.[0].Size).toBe('a.txt'.length);
    expect(out.Contents?.[0].ETag).toBe(`"${md5('a.txt')}"`);
    expect(out.Contents?.[0].StorageClass).toBe('STANDARD');
  });

  it('rolls keys up into CommonPrefixes by the delimiter', async () => {
    const top = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Delimiter: '/' }));
    expect(top.Contents?.map((c) => c.Key)).toEqual(['a.txt', 'zz']);
    expect(top.CommonPrefixes?.map((p) => p.Prefix)).toEqual(['logs/', 'z/']);
    expect(top.KeyCount).toBe(4);
    const logs = await s3.send(
      new ListObjectsV2Command({ Bucket: bucket, Delimiter: '/', Prefix: 'logs/2026/' }),
    );
    expect(logs.CommonPrefixes?.map((p) => p.Prefix)).toEqual(['logs/2026/01/', 'logs/2026/02/']);
    expect(logs.Contents).toBeUndefined();
  });

  it('pages with max-keys and continuation tokens, prefixes counting as entries', async () => {
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await s3.send(
        new ListObjectsV2Command({ Bucket: bucket, Delimiter: '/', MaxKeys: 1, ContinuationToken: token }),
      );
      pages++;
      expect(page.KeyCount).toBe(1);
      seen.push(
        ...(page.Contents ?? []).map((c) => c.Key ?? ''),
        ...(page.CommonPrefixes ?? []).map((p) => p.Prefix ?? ''),
      );
      token = page.NextContinuationToken;
      expect(page.IsTruncated).toBe(token !== undefined);
    } while (token);
    expect(seen).toEqual(['a.txt', 'logs/', 'z/', 'zz']);
    expect(pages).toBe(4);
  });

  it('starts after a key and refuses a forged continuation token', async () => {
    const out = await s3.send(new ListObjectsV2Command({ Bucket: bucket, StartAfter: 'logs/readme' }));
    expect(out.Contents?.map((c) => c.Key)).toEqual(['z/deep/one', 'zz']);
    const err = await failure(
      s3.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: 'garbage' })),
    );
    expect(err.name).toBe('InvalidArgument');
  });

  it('orders keys by their UTF-8 bytes, as S3 does, not by UTF-16 units', async () => {
    const b = await newBucket();
    for (const Key of ['\u{1F600}', '\uFF21', 'A'])
      await s3.send(new PutObjectCommand({ Bucket: b, Key, Body: 'x' }));
    const out = await s3.send(new ListObjectsV2Command({ Bucket: b }));
    expect(out.Contents?.map((c) => c.Key)).toEqual(['A', '\uFF21', '\u{1F600}']);
  });

  it('url-encodes keys when asked', async () => {
    const b = await newBucket();
    await s3.send(new PutObjectCommand({ Bucket: b, Key: 'with space/é', Body: 'x' }));
    const out = await s3.send(new ListObjectsV2Command({ Bucket: b, EncodingType: 'url' }));
    expect(out.Contents?.[0].Key).toBe('with%20space/%C3%A9');
  });

  it('pages the v1 listing with markers', async () => {
    const first = await s3.send(new ListObjectsCommand({ Bucket: bucket, MaxKeys: 3 }));
    expect(first.Contents?.map((c) => c.Key)).toEqual(keys.slice(0, 3));
    expect(first.IsTruncated).toBe(true);
    const rest = await s3.send(new ListObjectsCommand({ Bucket: bucket, Marker: keys[2] }));
    expect(rest.Contents?.map((c) => c.Key)).toEqual(keys.slice(3));
    expect(rest.IsTruncated).toBe(false);
    const delimited = await s3.send(new ListObjectsCommand({ Bucket: bucket, Delimiter: '/', MaxKeys: 2 }));
    expect(delimited.NextMarker).toBe('logs/');
  });
});

describe('multipart upload', () => {
  const MiB = 1024 * 1024;

  it('joins parts into one object whose ETag is the MD5 of the part MD5s with -N', async () => {
    const bucket = await newBucket();
    const part1 = Buffer.alloc(5 * MiB, 'a');
    const part2 = Buffer.from('tail');
    const { UploadId } = await s3.send(
      new CreateMultipartUploadCommand({ Bucket: bucket, Key: 'big', ContentType: 'application/x-big' }),
    );
    const p1 = await s3.send(
      new UploadPartCommand({ Bucket: bucket, Key: 'big', UploadId, PartNumber: 1, Body: part1 }),
    );
    const p2 = await s3.send(
      new UploadPartCommand({ Bucket: bucket, Key: 'big', UploadId, PartNumber: 2, Body: part2 }),
    );
    expect(p1.ETag).toBe(`"${md5(part1)}"`);
    const done = await s3.send(
      new CompleteMultipartUploadCommand({
        Bucket: bucket,
        Key: 'big',
        UploadId,
        MultipartUpload: {
          Parts: [
            { PartNumber: 1, ETag: p1.ETag },
            { PartNumber: 2, ETag: p2.ETag },
          ],
        },
      }),
    );
    const expected = createHash('md5')
      .update(Buffer.concat([Buffer.from(md5(part1), 'hex'), Buffer.from(md5(part2), 'hex')]))
      .digest('hex');
    expect(done.ETag).toBe(`"${expected}-2"`);
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'big' }));
    expect(head.ContentLength).toBe(part1.length + part2.length);
    expect(head.ContentType).toBe('application/x-big');
  });

  it('refuses small non-final parts, unknown ETags and a finished upload id', async () => {
    const bucket = await newBucket();
    const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: 'k' }));
    const p1 = await s3.send(
      new UploadPartCommand({ Bucket: bucket, Key: 'k', UploadId, PartNumber: 1, Body: 'x' }),
    );
    const p2 = await s3.send(
      new UploadPartCommand({ Bucket: bucket, Key: 'k', UploadId, PartNumber: 2, Body: 'y' }),
    );
    const small = await failure(
      s3.send(
        new CompleteMultipartUploadCommand({
          Bucket: bucket,
          Key: 'k',
          UploadId,
          MultipartUpload: {
            Parts: [
              { PartNumber: 1, ETag: p1.ETag },
              { PartNumber: 2, ETag: p2.ETag },
            ],
          },
        }),
      ),
    );
    expect(small.name).toBe('EntityTooSmall');
    const wrong = await failure(
      s3.send(
        new CompleteMultipartUploadCommand({
          Bucket: bucket,
          Key: 'k',
          UploadId,
          MultipartUpload: { Parts: [{ PartNumber: 1, ETag: '"0000"' }] },
        }),
      ),
    );
    expect(wrong.name).toBe('InvalidPart');
    await s3.send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: 'k', UploadId }));
    const gone = await failure(
      s3.send(new UploadPartCommand({ Bucket: bucket, Key: 'k', UploadId, PartNumber: 3, Body: 'z' })),
    );
    expect(gone.name).toBe('NoSuchUpload');
  });

  it('uploads a large stream through @aws-sdk/lib-storage', async () => {
    const bucket = await newBucket();
    const data = Buffer.alloc(11 * MiB);
    for (let i = 0; i < data.length; i += 4096) data[i] = i % 251;
    const upload = new Upload({
      client: s3,
      params: { Bucket: bucket, Key: 'lib/storage.bin', Body: Readable.from([data]) },
      partSize: 5 * MiB,
      queueSize: 2,
    });
    const out = await upload.done();
    expect(out.ETag).toMatch(/^"[0-9a-f]{32}-3"$/);
    const got = await s3.send(
      new GetObjectCommand({ Bucket: bucket, Key: 'lib/storage.bin', ChecksumMode: 'ENABLED' }),
    );
    const bytes = Buffer.from((await got.Body?.transformToByteArray()) ?? []);
    expect(bytes.length).toBe(data.length);
    expect(md5(bytes)).toBe(md5(data));
  });
});

describe('virtual-hosted addressing', () => {
  it('serves bucket.localhost:port as the bucket, with the SDK in virtual-hosted mode', async () => {
    const vh = virtualHostedClient(cloud.port);
    const name = `vhost-${process.pid}`;
    await vh.send(new CreateBucketCommand({ Bucket: name }));
    await vh.send(new PutObjectCommand({ Bucket: name, Key: 'nested/key.txt', Body: 'via host' }));
    const got = await s3.send(new GetObjectCommand({ Bucket: name, Key: 'nested/key.txt' }));
    expect(await got.Body?.transformToString()).toBe('via host');
    const list = await vh.send(new ListObjectsV2Command({ Bucket: name }));
    expect(list.Contents?.map((c) => c.Key)).toEqual(['nested/key.txt']);
    vh.destroy();
  });

  it('reads the bucket from a LocalStack-style s3 host name', async () => {
    const name = await newBucket();
    await s3.send(new PutObjectCommand({ Bucket: name, Key: 'k', Body: 'localstack style' }));
    const res = await rawRequest(cloud.port, {
      method: 'GET',
      path: '/k',
      headers: { Host: `${name}.s3.localhost.localstack.cloud:4566` },
    });
    expect(res.status).toBe(200);
    expect(res.body.toString()).toBe('localstack style');
    expect(res.headers['x-amz-request-id']).toBeTruthy();
  });

  it('answers errors in the flat <Error> shape of S3 with a request id', async () => {
    const res = await rawRequest(cloud.port, { method: 'GET', path: '/no-such-bucket-at-all/key' });
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('application/xml');
    expect(res.body.toString()).toMatch(
      /<Error><Code>NoSuchBucket<\/Code>.*<BucketName>no-such-bucket-at-all<\/BucketName>/,
    );
    expect(res.headers['x-amz-request-id']).toBeTruthy();
  });
});

describe('the internal API', () => {
  it('writes and reads objects for other services', async () => {
    const name = await newBucket();
    const internal = cloud.cloud.s3;
    expect(internal?.bucketExists(name)).toBe(true);
    const { etag } = internal?.putObject(
      name,
      'aws/lambda/async/fn/rec',
      Buffer.from('{"a":1}'),
      'application/json',
    ) ?? {
      etag: '',
    };
    expect(etag).toBe(md5('{"a":1}'));
    expect(internal?.getObject(name, 'aws/lambda/async/fn/rec')?.toString()).toBe('{"a":1}');
    expect(internal?.getObject(name, 'missing')).toBeUndefined();
    const got = await s3.send(new GetObjectCommand({ Bucket: name, Key: 'aws/lambda/async/fn/rec' }));
    expect(got.ContentType).toBe('application/json');
  });
});
