// S3 in the local cloud: one implementation per operation, served on rest-xml from the SDK's model
// (path-style and virtual-hosted addressing), and the internal API other services use to write and
// read objects.
import { createHash, randomUUID } from 'node:crypto';
import type { LocalCloud, Service } from '../cloud.js';
import type { S3Internal } from '../internal.js';
import { READS, savingAfter } from '../persistence/operations.js';
import { S3State } from '../persistence/s3State.js';
import type { Call } from '../protocol/call.js';
import { restXmlFace } from '../protocol/codecs/restXml.js';
import { resourceType } from './address.js';
import { S3Context } from './context.js';
import { malformedArgument, malformedXml, methodNotAllowed } from './errors.js';
import { checkBody } from './integrity.js';
import { notify } from './notifications.js';
import { DEFAULT_CONTENT_TYPE } from './objectHeaders.js';
import { OPERATIONS } from './operations.js';
import { prepareRequest } from './prepare.js';
import { objectOf, storeObject } from './putObject.js';
import { S3Store } from './store.js';

export { S3Store } from './store.js';

export const S3_NAMESPACE = 'http://s3.amazonaws.com/doc/2006-03-01/';

export function createS3Service(cloud: LocalCloud): Service {
  const store = new S3Store();
  const disk = cloud.state ? new S3State(cloud.state, store) : undefined;
  disk?.restore();
  // Objects write through as they change (s3State.ts); bucket settings are saved after bucket operations.
  const objectOperation = (name: string) => /Object|Multipart|Part/.test(name);
  // A canonical user id is 64 hex digits; derive a stable one from the account.
  const ownerId = createHash('sha256').update(`local-cloud:${cloud.accountId}`).digest('hex');

  const internal: S3Internal = {
    putObject(bucket, key, body, contentType) {
      const b = store.bucket(bucket);
      const obj = storeObject(b, key, body, {
        contentType: contentType ?? DEFAULT_CONTENT_TYPE,
        metadata: {},
      });
      notify(cloud, b, 'ObjectCreated:Put', objectOf(obj), randomUUID(), store.nextSequencer());
      return { etag: obj.etag };
    },
    bucketExists: (bucket) => store.buckets.has(bucket),
    getObject: (bucket, key) => store.buckets.get(bucket)?.objects.get(key)?.body,
    ownBucket: (bucket, receiver) => {
      store.owned.set(bucket, receiver);
    },
  };
  cloud.s3 = internal;

  return {
    name: 's3',
    faces: [
      restXmlFace({
        client: () => import('@aws-sdk/client-s3'),
        namespace: S3_NAMESPACE,
        operations: savingAfter(
          OPERATIONS,
          disk && (() => disk.save()),
          (name) => READS.test(name) || objectOperation(name),
        ),
        context: (call: Call) => new S3Context(store, ownerId, call),
        // The SDK carries the bucket in the host name or in front of the path, not in the model's URIs.
        endpointLabel: 'Bucket',
        prepare: prepareRequest,
        checkRequest: checkBody,
        // AWS answers these with 204 where the model says 200.
        successStatus: { PutBucketPolicy: 204, PutBucketTagging: 204 },
        payloadContentType: 'application/json',
        malformed: (e, binding) => malformedArgument(binding, e.value, e.expected),
        unparsableBody: malformedXml,
        unknownOperation: (req) => methodNotAllowed(req.method, resourceType(req.path)),
      }),
    ],
  };
}
