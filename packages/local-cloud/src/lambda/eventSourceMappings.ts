// The event source mappings of the Lambda service (SQS queues only): what the five API operations keep,
// the answer they give, and one poller per enabled mapping, shared by mappings made through the API and
// by the stack resource (which calls the API).
import { randomUUID } from 'node:crypto';
import type {
  EventSourceMappingConfiguration,
  FilterCriteria,
  FunctionResponseType,
  ScalingConfig,
} from '@aws-sdk/client-lambda';
import type { SQSClient } from '@aws-sdk/client-sqs';
import type { LocalCloud } from '../cloud.js';
import { type BatchOutcome, SqsPoller } from './eventSourceMapping/poller.js';
import type { Pool } from './runtime/pool.js';
import type { LambdaStore } from './store.js';

export interface StoredMapping {
  UUID: string;
  region: string;
  EventSourceArn: string;
  /** As the mapping names it: qualified when the caller gave a version or alias. */
  FunctionArn: string;
  BatchSize: number;
  MaximumBatchingWindowInSeconds: number;
  FunctionResponseTypes: FunctionResponseType[];
  /** Stored and answered; not applied (see docs/FIDELITY.md). */
  FilterCriteria?: FilterCriteria;
  ScalingConfig?: ScalingConfig;
  enabled: boolean;
  LastModified: Date;
  EventSourceMappingArn: string;
}

/** The answer of every operation; `state` is the transition the operation started, or where it ended. */
export function mappingAnswer(m: StoredMapping, state?: string): EventSourceMappingConfiguration {
  return {
    UUID: m.UUID,
    BatchSize: m.BatchSize,
    MaximumBatchingWindowInSeconds: m.MaximumBatchingWindowInSeconds,
    EventSourceArn: m.EventSourceArn,
    FilterCriteria: m.FilterCriteria,
    FunctionArn: m.FunctionArn,
    LastModified: m.LastModified,
    State: state ?? (m.enabled ? 'Enabled' : 'Disabled'),
    StateTransitionReason: 'USER_INITIATED',
    FunctionResponseTypes: m.FunctionResponseTypes,
    ScalingConfig: m.ScalingConfig,
    EventSourceMappingArn: m.EventSourceMappingArn,
  };
}

export class EventSourceMappings {
  private readonly mappings = new Map<string, StoredMapping>();
  private readonly pollers = new Map<string, { poller: SqsPoller; sqs: SQSClient }>();

  constructor(
    private readonly cloud: LocalCloud,
    private readonly store: LambdaStore,
    private readonly pool: Pool,
  ) {}

  newId(region: string): { UUID: string; EventSourceMappingArn: string } {
    const UUID = randomUUID();
    return {
      UUID,
      EventSourceMappingArn: `arn:aws:lambda:${region}:${this.cloud.accountId}:event-source-mapping:${UUID}`,
    };
  }

  get(uuid: string): StoredMapping | undefined {
    return this.mappings.get(uuid);
  }

  /** In creation order, as ListEventSourceMappings pages them. */
  list(region: string): StoredMapping[] {
    return [...this.mappings.values()].filter((m) => m.region === region);
  }

  /** Stores the mapping and starts or stops its poller to match `enabled`. */
  async put(m: StoredMapping): Promise<void> {
    this.mappings.set(m.UUID, m);
    await this.stopPoller(m.UUID);
    if (m.enabled) await this.startPoller(m);
  }

  async delete(uuid: string): Promise<void> {
    this.mappings.delete(uuid);
    await this.stopPoller(uuid);
  }

  async stop(): Promise<void> {
    await Promise.allSettled([...this.pollers.keys()].map((id) => this.stopPoller(id)));
  }

  private async startPoller(m: StoredMapping): Promise<void> {
    const queue = this.cloud.sqs?.describeQueue(m.EventSourceArn);
    if (!queue) return;
    // Loaded with the first mapping: a cloud that has none never pays for the client.
    const sdk = await import('@aws-sdk/client-sqs');
    // Changed or deleted while the client loaded: the newer call owns the poller.
    if (this.mappings.get(m.UUID) !== m || this.pollers.has(m.UUID)) return;
    const sqs = new sdk.SQSClient({
      endpoint: this.cloud.endpoint,
      region: m.region,
      // A key the cloud accepts, so the poller still reads its queue under --require-auth.
      credentials: this.cloud.credentials,
      maxAttempts: 1,
    });
    const poller = new SqsPoller({
      queueUrl: queue.url,
      queueArn: m.EventSourceArn,
      region: m.region,
      batchSize: m.BatchSize,
      batchingWindowSeconds: m.MaximumBatchingWindowInSeconds,
      reportBatchItemFailures: m.FunctionResponseTypes.includes('ReportBatchItemFailures'),
      sqs,
      sdk,
      invoke: (event) => this.invoke(m, event),
      onError: (message) =>
        this.cloud.log('error', `event source mapping ${m.UUID} (${m.EventSourceArn}): ${message}`),
    });
    this.pollers.set(m.UUID, { poller, sqs });
  }

  private async stopPoller(uuid: string): Promise<void> {
    const running = this.pollers.get(uuid);
    if (!running) return;
    this.pollers.delete(uuid);
    await running.poller.stop();
    running.sqs.destroy();
  }

  /** A synchronous invocation, as Invoke's RequestResponse makes it (the function is looked up each time). */
  private async invoke(m: StoredMapping, event: Buffer): Promise<BatchOutcome> {
    const resolved = this.store.get(m.FunctionArn, m.region, undefined, true);
    const result = await this.pool.invoke(resolved.fn, resolved.version, {
      requestId: randomUUID(),
      payload: event,
      invokedArn: resolved.invokedArn,
    });
    if ('throttled' in result) return { throttled: true };
    return { functionError: result.functionError, payload: result.payload };
  }
}
