// The S3 operations by name, as the SDK's model names them; every other operation answers 501.
import type { Operations } from '../protocol/service.js';
import { abortMultipartUpload } from './abortMultipartUpload.js';
import { completeMultipartUpload } from './completeMultipartUpload.js';
import type { S3Context } from './context.js';
import { copyObject } from './copyObject.js';
import { createBucket } from './createBucket.js';
import { createMultipartUpload } from './createMultipartUpload.js';
import { deleteBucket } from './deleteBucket.js';
import { deleteBucketEncryption } from './deleteBucketEncryption.js';
import { deleteBucketPolicy } from './deleteBucketPolicy.js';
import { deleteBucketTagging } from './deleteBucketTagging.js';
import { deleteObject } from './deleteObject.js';
import { deleteObjects } from './deleteObjects.js';
import { getBucketAcl } from './getBucketAcl.js';
import { getBucketEncryption } from './getBucketEncryption.js';
import { getBucketLocation } from './getBucketLocation.js';
import { getBucketNotificationConfiguration } from './getBucketNotificationConfiguration.js';
import { getBucketPolicy } from './getBucketPolicy.js';
import { getBucketTagging } from './getBucketTagging.js';
import { getBucketVersioning } from './getBucketVersioning.js';
import { getObject } from './getObject.js';
import { headBucket } from './headBucket.js';
import { headObject } from './headObject.js';
import { listBuckets } from './listBuckets.js';
import { listObjects } from './listObjects.js';
import { listObjectsV2 } from './listObjectsV2.js';
import { listParts } from './listParts.js';
import { putBucketAcl } from './putBucketAcl.js';
import { putBucketEncryption } from './putBucketEncryption.js';
import { putBucketNotificationConfiguration } from './putBucketNotificationConfiguration.js';
import { putBucketPolicy } from './putBucketPolicy.js';
import { putBucketTagging } from './putBucketTagging.js';
import { putBucketVersioning } from './putBucketVersioning.js';
import { putObject } from './putObject.js';
import { uploadPart } from './uploadPart.js';

export const OPERATIONS: Operations<S3Context> = {
  ListBuckets: listBuckets,
  CreateBucket: createBucket,
  HeadBucket: headBucket,
  DeleteBucket: deleteBucket,
  GetBucketLocation: getBucketLocation,
  GetBucketPolicy: getBucketPolicy,
  PutBucketPolicy: putBucketPolicy,
  DeleteBucketPolicy: deleteBucketPolicy,
  GetBucketTagging: getBucketTagging,
  PutBucketTagging: putBucketTagging,
  DeleteBucketTagging: deleteBucketTagging,
  GetBucketVersioning: getBucketVersioning,
  PutBucketVersioning: putBucketVersioning,
  GetBucketEncryption: getBucketEncryption,
  PutBucketEncryption: putBucketEncryption,
  DeleteBucketEncryption: deleteBucketEncryption,
  GetBucketAcl: getBucketAcl,
  PutBucketAcl: putBucketAcl,
  GetBucketNotificationConfiguration: getBucketNotificationConfiguration,
  PutBucketNotificationConfiguration: putBucketNotificationConfiguration,
  ListObjects: listObjects,
  ListObjectsV2: listObjectsV2,
  PutObject: putObject,
  GetObject: getObject,
  HeadObject: headObject,
  CopyObject: copyObject,
  DeleteObject: deleteObject,
  DeleteObjects: deleteObjects,
  CreateMultipartUpload: createMultipartUpload,
  UploadPart: uploadPart,
  ListParts: listParts,
  CompleteMultipartUpload: completeMultipartUpload,
  AbortMultipartUpload: abortMultipartUpload,
};
