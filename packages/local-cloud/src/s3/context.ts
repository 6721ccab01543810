// What every S3 operation receives besides its input: the store, the account's owner, and the call.
import type { Owner } from '@aws-sdk/client-s3';
import type { LocalCloud } from '../cloud.js';
import type { Call } from '../protocol/call.js';
import type { Operation } from '../protocol/service.js';
import type { S3Store } from './store.js';

export class S3Context {
  constructor(
    readonly store: S3Store,
    /** Canonical user id of the account, for Owner elements. */
    private readonly ownerId: string,
    private readonly call: Call,
  ) {}

  /** The region the request is signed for, else the cloud's default. */
  get region(): string {
    return this.call.region;
  }

  /** `http://host:port` as the client addressed us, for the Location of a completed upload. */
  get baseUrl(): string {
    return this.call.baseUrl;
  }

  /** The cloud around S3, for the event notifications an operation sends. */
  get cloud(): LocalCloud {
    return this.call.cloud;
  }

  get requestId(): string {
    return this.call.requestId;
  }

  /** The Owner (and Initiator) element of listings and ACLs. */
  get owner(): Owner {
    return { ID: this.ownerId, DisplayName: 'local-cloud' };
  }
}

export type S3Operation<I, O> = Operation<S3Context, I, O>;

/** The codec reads and writes streaming bodies as whole Buffers (the server buffers every request). */
export type WithBody<T> = Omit<T, 'Body'> & { Body?: Buffer };
