// What every S3 operation receives: the request, the store, and the bucket and key it addresses.
import type { LocalRequest } from '../protocol/request.js';
import type { S3Answer } from './answer.js';
import type { S3Store } from './store.js';

export interface S3Context {
  req: LocalRequest;
  store: S3Store;
  /** Set for every bucket- and object-level operation. */
  bucket: string;
  /** Set for every object-level operation. */
  key: string;
  /** Canonical user id of the account, for Owner elements. */
  ownerId: string;
}

export type S3Operation = (ctx: S3Context) => S3Answer | Promise<S3Answer>;
