// S3's state: buckets (global names, each with its region) holding objects, policies, tags and uploads.
import type {
  BucketVersioningStatus,
  MFADeleteStatus,
  NotificationConfiguration,
  ServerSideEncryptionConfiguration,
  Tag,
} from '@aws-sdk/client-s3';
import type { ChecksumAlgorithm } from './checksums.js';
import { noSuchBucket, noSuchKey, noSuchUpload } from './errors.js';

export type ChecksumType = 'FULL_OBJECT' | 'COMPOSITE';

export interface StoredChecksum {
  algorithm: ChecksumAlgorithm;
  /** Base64, with `-N` for a composite multipart checksum. */
  value: string;
  type: ChecksumType;
}

/** The representation headers S3 stores with an object and sends back on GET and HEAD. */
export interface ObjectHeaders {
  contentType: string;
  cacheControl?: string;
  contentDisposition?: string;
  contentEncoding?: string;
  contentLanguage?: string;
  expires?: Date;
  /** `x-amz-meta-*` without the prefix, names lower-cased as S3 keeps them. */
  metadata: Record<string, string>;
}

export interface S3Object extends ObjectHeaders {
  key: string;
  body: Buffer;
  /** Hex without quotes; `<hex>-N` for multipart. */
  etag: string;
  /** Whole seconds, as S3 keeps them. */
  lastModified: Date;
  checksum: StoredChecksum;
  /** Number of parts of a multipart object. */
  partsCount?: number;
}

export interface UploadPart {
  partNumber: number;
  body: Buffer;
  etag: string;
  lastModified: Date;
  checksum?: string;
}

export interface MultipartUpload extends ObjectHeaders {
  uploadId: string;
  key: string;
  initiated: Date;
  checksumAlgorithm?: ChecksumAlgorithm;
  checksumType?: ChecksumType;
  parts: Map<number, UploadPart>;
}

export interface Bucket {
  name: string;
  region: string;
  creationDate: Date;
  objects: Map<string, S3Object>;
  uploads: Map<string, MultipartUpload>;
  policy?: string;
  tags?: Tag[];
  versioning?: { Status?: BucketVersioningStatus; MFADelete?: MFADeleteStatus };
  /** Undefined: S3's default since 2023, SSE-S3 (AES256). */
  encryption?: ServerSideEncryptionConfiguration;
  /** Event notifications (PutBucketNotificationConfiguration), with their ids filled in. */
  notification?: NotificationConfiguration;
}

/** What receives a PUT into a bucket another service owns: the key and the bytes. */
export type OwnedBucketReceiver = (key: string, body: Buffer) => void;

/** Now, truncated to whole seconds as S3's timestamps are. */
export function s3Now(): Date {
  return new Date(Math.floor(Date.now() / 1000) * 1000);
}

export class S3Store {
  readonly buckets = new Map<string, Bucket>();
  /**
   * Buckets of AWS's own accounts that the cloud's services receive uploads in (CloudFormation's custom
   * resource responses): a PUT into one goes to its receiver, is never listed and its name is taken.
   */
  readonly owned = new Map<string, OwnedBucketReceiver>();
  /** Orders the event notifications of one key (`sequencer`). */
  private sequence = 0;

  nextSequencer(): string {
    this.sequence += 1;
    return (Date.now() * 1000 + (this.sequence % 1000)).toString(16).toUpperCase().padStart(18, '0');
  }

  /** The bucket an input names (the codec always binds the label; `undefined` only in the types). */
  bucket(name: string | undefined): Bucket {
    const b = this.buckets.get(name ?? '');
    if (!b) throw noSuchBucket(name ?? '');
    return b;
  }

  object(bucket: Bucket, key: string | undefined): S3Object {
    const o = bucket.objects.get(key ?? '');
    if (!o) throw noSuchKey(key ?? '');
    return o;
  }

  /** The upload an input names, which must be for this key. */
  upload(bucket: Bucket, uploadId: string | undefined, key: string | undefined): MultipartUpload {
    const upload = bucket.uploads.get(uploadId ?? '');
    if (!upload || upload.key !== key) throw noSuchUpload(uploadId ?? '');
    return upload;
  }
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Compares keys as S3 orders them: by their UTF-8 bytes. */
export function compareKeys(a: string, b: string): number {
  // UTF-16 order equals UTF-8 byte order unless a surrogate pair is involved; skip the copies then.
  if (!SURROGATE.test(a) && !SURROGATE.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
