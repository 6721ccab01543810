// S3 over rest-xml: path-style and virtual-hosted addressing, one module per operation, and the
// internal API other services use to write and read objects.
import { createHash } from 'node:crypto';
import type { LocalCloud, Service } from '../cloud.js';
import type { S3Internal } from '../internal.js';
import { toAwsError } from '../protocol/errors.js';
import { header } from '../protocol/request.js';
import { writeRestXmlError } from '../protocol/restXml.js';
import { s3Address } from './address.js';
import { writeAnswer } from './answer.js';
import type { S3Context, S3Operation } from './context.js';
import { bucketOperation, objectOperation } from './dispatch.js';
import { methodNotAllowed } from './errors.js';
import { listBuckets } from './listBuckets.js';
import { DEFAULT_CONTENT_TYPE } from './objectHeaders.js';
import { storeObject } from './putObject.js';
import { S3Store } from './store.js';

export { S3Store } from './store.js';

export function createS3Service(cloud: LocalCloud): Service {
  const store = new S3Store();
  // A canonical user id is 64 hex digits; derive a stable one from the account.
  const ownerId = createHash('sha256').update(`local-cloud:${cloud.accountId}`).digest('hex');

  const internal: S3Internal = {
    putObject(bucket, key, body, contentType) {
      const obj = storeObject(store.bucket(bucket), key, body, {
        contentType: contentType ?? DEFAULT_CONTENT_TYPE,
        metadata: {},
      });
      return { etag: obj.etag };
    },
    bucketExists: (bucket) => store.buckets.has(bucket),
    getObject: (bucket, key) => store.buckets.get(bucket)?.objects.get(key)?.body,
  };
  cloud.s3 = internal;

  return {
    name: 's3',
    async handle(req, res) {
      try {
        const { bucket, key } = s3Address(header(req, 'host'), req.path);
        const ctx: S3Context = { req, store, bucket: bucket ?? '', key: key ?? '', ownerId };
        let op: S3Operation;
        if (bucket === undefined) {
          if (req.method !== 'GET') throw methodNotAllowed(req.method, 'SERVICE');
          op = listBuckets;
        } else if (key === undefined) op = bucketOperation(req.method, req.query);
        else op = objectOperation(req.method, req.query, header(req, 'x-amz-copy-source') !== undefined);
        writeAnswer(res, req.requestId, req.method, await op(ctx));
      } catch (thrown) {
        writeRestXmlError(req, res, toAwsError(thrown));
      }
    },
  };
}
