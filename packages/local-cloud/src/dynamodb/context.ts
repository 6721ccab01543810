// What the local cloud's own DynamoDB operations receive: one region's tables, the lock that isolates
// transactions, the client tokens transactions were made idempotent with, and the tables' TTL settings.
import type { CancellationReason, TimeToLiveSpecification } from '@aws-sdk/client-dynamodb';
import type { Operation } from '../protocol/service.js';
import { TableLock } from './lock.js';
import type { Tables } from './tables.js';

export class DynamoDbContext {
  readonly lock = new TableLock();
  /** ClientRequestToken -> what the transaction asked and when it was done (tokens last 10 minutes). */
  readonly tokens = new Map<string, { fingerprint: string; at: number }>();
  /** TTL settings by TableId, so a table deleted and created again starts with none. */
  readonly timeToLive = new Map<string, TimeToLiveSpecification>();

  constructor(
    readonly tables: Tables,
    /** Cancellation reasons as the wire has them (from the model's schema). */
    readonly writeReasons: (reasons: CancellationReason[]) => unknown,
  ) {}
}

export type DynamoDbOperation<I, O> = Operation<DynamoDbContext, I, O>;
