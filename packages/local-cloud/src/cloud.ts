// The running local cloud: its settings, its services by name, and the internal APIs they share.
import type { Arn } from './arn.js';
import { awsMetricOf } from './cloudwatch/awsMetrics.js';
import { deliverTo } from './delivery/deliverTo.js';
import type {
  CloudWatchInternal,
  DeliveryOptions,
  EventsInternal,
  IamInternal,
  LambdaInternal,
  LogsInternal,
  S3Internal,
  SnsInternal,
  SqsInternal,
} from './internal.js';
import { DEFAULT_LOG_LIMITS } from './logs/store.js';
import { StateDatabase } from './persistence/database.js';
import type { Face } from './protocol/service.js';

/** An access key id and its secret, as `--auth-key AKID:SECRET` gives them. */
export interface AuthKey {
  accessKeyId: string;
  secretAccessKey: string;
}

export interface CloudConfig {
  host: string;
  port: number;
  /** Region for requests that name none. */
  region: string;
  accountId: string;
  /** Multiplies Lambda's async retry delays and event age (1 = real time). */
  timeScale: number;
  /** Browser origins allowed to call; everything else carrying `Origin` gets 403. `*` allows all. */
  allowOrigins: string[];
  /**
   * Host names served besides loopback ones and the bound address: `name`, `*.domain`, or `*` for all.
   * Any other `Host` gets 403 (a DNS-rebinding page names its own domain).
   */
  allowHosts: string[];
  /** Every request must carry a valid AWS Signature Version 4 made with one of `authKeys`. */
  requireAuth: boolean;
  /** The key pairs signatures are checked against; the first also signs handlers' and stacks' own calls. */
  authKeys: AuthKey[];
  /** Account-wide concurrent executions, as Lambda's account limit. */
  accountConcurrency: number;
  /** `quiet` in tests; `info` prints one line per notable event to stderr. */
  logLevel: 'quiet' | 'error' | 'info' | 'debug';
  /**
   * The interpreter to run a runtime on, by runtime (`python3.13`) or family (`python`, `nodejs`); by
   * default `python3.X` or `python3` from the PATH, and this process's node.
   */
  interpreters: Record<string, string>;
  /** Where state is kept across restarts (--state-dir); none keeps everything in memory only. */
  stateDir?: string;
  /** CloudWatch Logs keeps at most this many events per log group, dropping the oldest first. */
  maxLogEventsPerGroup: number;
  /** ... and this many events in all log groups. */
  maxLogEvents: number;
  /** ... and this many bytes of events in all (each event's message plus 26 bytes, as AWS counts). */
  maxLogBytes: number;
}

export const DEFAULT_CONFIG: CloudConfig = {
  host: '127.0.0.1',
  port: 4566,
  region: 'us-east-1',
  accountId: '000000000000',
  timeScale: 1,
  allowOrigins: [],
  allowHosts: [],
  requireAuth: false,
  authKeys: [{ accessKeyId: 'test', secretAccessKey: 'test' }],
  accountConcurrency: 1000,
  logLevel: 'error',
  interpreters: {},
  maxLogEventsPerGroup: DEFAULT_LOG_LIMITS.maxEventsPerGroup,
  maxLogEvents: DEFAULT_LOG_LIMITS.maxEvents,
  maxLogBytes: DEFAULT_LOG_LIMITS.maxBytes,
};

export interface Service {
  /** The SigV4 signing name, which is also the routing name: `sqs`, `lambda`, ... */
  readonly name: string;
  /** The protocols the service speaks, each with its operations (the one operation contract). */
  readonly faces: readonly Face[];
  /** Starts what needs the cloud listening (events restored from --state-dir); called once it listens. */
  start?(): void;
  /** Ends timers and child processes. */
  stop?(): Promise<void> | void;
}

const LEVELS = { quiet: 0, error: 1, info: 2, debug: 3 } as const;

export class LocalCloud {
  readonly config: CloudConfig;
  readonly startedAt = Date.now();
  /** `http://host:port`, known once listening. */
  endpoint = '';
  readonly services = new Map<string, Service>();
  /** Counters by name then dimension, e.g. DestinationDeliveryFailures -> function name -> n. */
  readonly metrics = new Map<string, Map<string, number>>();

  sqs?: SqsInternal;
  sns?: SnsInternal;
  events?: EventsInternal;
  s3?: S3Internal;
  lambda?: LambdaInternal;
  logs?: LogsInternal;
  iam?: IamInternal;
  cloudwatch?: CloudWatchInternal;
  /** The state directory's database, with --state-dir: stores write through to it and load from it. */
  readonly state?: StateDatabase;

  constructor(config: Partial<CloudConfig> = {}) {
    this.config = { ...DEFAULT_CONFIG, ...config };
    if (this.config.stateDir !== undefined) this.state = new StateDatabase(this.config.stateDir);
  }

  get accountId(): string {
    return this.config.accountId;
  }

  /** The key pair the cloud's own clients sign with (handlers, stack resources): one it accepts. */
  get credentials(): AuthKey {
    return this.config.authKeys[0] ?? DEFAULT_CONFIG.authKeys[0];
  }

  register(service: Service): void {
    this.services.set(service.name, service);
  }

  /** A duration of AWS's scaled by --time-scale (retry delays, event age). */
  scaled(ms: number): number {
    return ms * this.config.timeScale;
  }

  /** Counts an event; counters that are AWS metrics also become a CloudWatch datapoint (`putMetric`). */
  count(metric: string, dimension: string, by = 1): void {
    let m = this.metrics.get(metric);
    if (!m) {
      m = new Map();
      this.metrics.set(metric, m);
    }
    m.set(dimension, (m.get(dimension) ?? 0) + by);
    const aws = awsMetricOf(metric);
    if (aws) this.putMetric(aws.namespace, metric, { [aws.dimension]: dimension }, by, 'Count');
  }

  /**
   * Records a datapoint in CloudWatch's store, when CloudWatch is served. `region` defaults to the cloud's
   * region (counters do not know theirs).
   */
  putMetric(
    namespace: string,
    name: string,
    dimensions: Record<string, string>,
    value: number,
    unit?: string,
    region = this.config.region,
  ): void {
    this.cloudwatch?.putMetric(region, namespace, name, dimensions, value, unit);
  }

  /** Sends a message to an ARN of any service, checked, logged and counted: see `delivery/deliverTo.ts`. */
  deliverTo(arn: string | Arn, body: string, options: DeliveryOptions): boolean {
    return deliverTo(this, arn, body, options);
  }

  log(level: 'error' | 'info' | 'debug', message: string): void {
    if (LEVELS[level] <= LEVELS[this.config.logLevel]) process.stderr.write(`[local-cloud] ${message}\n`);
  }

  async stop(): Promise<void> {
    for (const s of this.services.values()) await s.stop?.();
    this.state?.close();
  }
}
