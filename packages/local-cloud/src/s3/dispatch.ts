// Which S3 operation a request is: method, whether a bucket and key are named, and the subresource query.

import { abortMultipartUpload } from './abortMultipartUpload.js';
import { completeMultipartUpload } from './completeMultipartUpload.js';
import type { S3Operation } from './context.js';
import { copyObject } from './copyObject.js';
import { createBucket } from './createBucket.js';
import { createMultipartUpload } from './createMultipartUpload.js';
import { deleteBucket } from './deleteBucket.js';
import { deleteBucketEncryption } from './deleteBucketEncryption.js';
import { deleteBucketPolicy } from './deleteBucketPolicy.js';
import { deleteBucketTagging } from './deleteBucketTagging.js';
import { deleteObject } from './deleteObject.js';
import { deleteObjects } from './deleteObjects.js';
import { methodNotAllowed, notImplemented } from './errors.js';
import { getBucketAcl } from './getBucketAcl.js';
import { getBucketEncryption } from './getBucketEncryption.js';
import { getBucketLocation } from './getBucketLocation.js';
import { getBucketPolicy } from './getBucketPolicy.js';
import { getBucketTagging } from './getBucketTagging.js';
import { getBucketVersioning } from './getBucketVersioning.js';
import { getObject } from './getObject.js';
import { headBucket } from './headBucket.js';
import { headObject } from './headObject.js';
import { listObjects } from './listObjects.js';
import { listObjectsV2 } from './listObjectsV2.js';
import { listParts } from './listParts.js';
import { putBucketAcl } from './putBucketAcl.js';
import { putBucketEncryption } from './putBucketEncryption.js';
import { putBucketPolicy } from './putBucketPolicy.js';
import { putBucketTagging } from './putBucketTagging.js';
import { putBucketVersioning } from './putBucketVersioning.js';
import { putObject } from './putObject.js';
import { uploadPart } from './uploadPart.js';

/** Bucket subresources by method; the empty name is the bucket itself. */
const BUCKET_OPERATIONS: Record<string, Record<string, S3Operation>> = {
  GET: {
    location: getBucketLocation,
    policy: getBucketPolicy,
    tagging: getBucketTagging,
    versioning: getBucketVersioning,
    encryption: getBucketEncryption,
    acl: getBucketAcl,
    '': listObjects,
  },
  PUT: {
    policy: putBucketPolicy,
    tagging: putBucketTagging,
    versioning: putBucketVersioning,
    encryption: putBucketEncryption,
    acl: putBucketAcl,
    '': createBucket,
  },
  DELETE: {
    policy: deleteBucketPolicy,
    tagging: deleteBucketTagging,
    encryption: deleteBucketEncryption,
    '': deleteBucket,
  },
  HEAD: { '': headBucket },
  POST: { delete: deleteObjects },
};

/** Subresources S3 has that this local cloud does not serve: answered NotImplemented, never misread. */
const KNOWN_UNSERVED = [
  'accelerate',
  'analytics',
  'cors',
  'intelligent-tiering',
  'inventory',
  'lifecycle',
  'logging',
  'metrics',
  'notification',
  'object-lock',
  'ownershipControls',
  'policyStatus',
  'publicAccessBlock',
  'replication',
  'requestPayment',
  'restore',
  'retention',
  'legal-hold',
  'select',
  'torrent',
  'uploads',
  'versions',
  'website',
  'attributes',
  'tagging',
  'acl',
];

function abortIfUnknown(query: URLSearchParams, unserved: readonly string[]): void {
  for (const name of unserved) if (query.has(name)) throw notImplemented(`The ?${name} subresource`);
}

export function bucketOperation(method: string, query: URLSearchParams): S3Operation {
  const table = BUCKET_OPERATIONS[method];
  if (!table) throw methodNotAllowed(method, 'BUCKET');
  for (const sub of Object.keys(table)) if (sub !== '' && query.has(sub)) return table[sub];
  abortIfUnknown(query, KNOWN_UNSERVED);
  if (method === 'GET' && query.get('list-type') === '2') return listObjectsV2;
  const op = table[''];
  if (!op) throw methodNotAllowed(method, 'BUCKET');
  return op;
}

export function objectOperation(method: string, query: URLSearchParams, copySource: boolean): S3Operation {
  switch (method) {
    case 'GET':
      if (query.has('uploadId')) return listParts;
      abortIfUnknown(query, KNOWN_UNSERVED);
      return getObject;
    case 'HEAD':
      return headObject;
    case 'PUT':
      if (query.has('uploadId') || query.has('partNumber')) return uploadPart;
      abortIfUnknown(query, KNOWN_UNSERVED);
      return copySource ? copyObject : putObject;
    case 'DELETE':
      if (query.has('uploadId')) return abortMultipartUpload;
      abortIfUnknown(query, KNOWN_UNSERVED);
      return deleteObject;
    case 'POST':
      if (query.has('uploads')) return createMultipartUpload;
      if (query.has('uploadId')) return completeMultipartUpload;
      abortIfUnknown(query, KNOWN_UNSERVED);
      throw notImplemented('This POST on an object');
    default:
      throw methodNotAllowed(method, 'OBJECT');
  }
}
