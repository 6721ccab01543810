// The public shapes of the verifier: the spec, the options, the progress events and the versioned report.
import type { Cloud, Placeholder } from '@destinations-action/deploy';

export type DestinationKind = 'onSuccess' | 'onFailure';
export type Condition = 'Success' | 'RetriesExhausted' | 'EventAgeExceeded' | 'ZeroReservedConcurrency';
export type { Cloud, Placeholder };

/** What one case expects of every record its invocations produce. */
export interface Expectation {
  destination: DestinationKind;
  /** Default: `Success` for onSuccess, `RetriesExhausted` for onFailure. */
  condition?: Condition;
  /** Default from the function's MaximumRetryAttempts: Success -> 1, RetriesExhausted -> retries + 1. */
  approximateInvokeCount?: number;
  functionError?: string;
  /** Default: exactly what was sent. */
  requestPayload?: unknown;
  /** Matched as a subset: every key given must be present and equal. */
  responsePayload?: unknown;
}

export interface CaseSpec {
  name: string;
  payload: unknown;
  invocations: number;
  /**
   * The function's MaximumRetryAttempts for this case only (0 to 2); the verifier sets it for the case
   * and restores the function after. Default: the function's own, at least 1 for EventAgeExceeded.
   */
  maximumRetryAttempts?: number;
  /** The function's MaximumEventAgeInSeconds for this case only (60 to 21600); default: the function's
   * own, 60 (AWS's minimum) for EventAgeExceeded. */
  maximumEventAgeInSeconds?: number;
  expect: Expectation;
}

export interface FunctionSpec {
  /** Logical name from serverless.yml, a full function name, or an ARN. */
  function: string;
  /** Default `$LATEST`. */
  qualifier?: string;
  cases: CaseSpec[];
}

/** A loaded destinations.yml: one or more functions, each with its cases. */
export interface Spec {
  /** The file it was read from, when it was read from one. */
  file?: string;
  /** A payload key the verifier fills with a unique id, for accounts where request ids differ. */
  markerField?: string;
  functions: FunctionSpec[];
}

export interface ProgressEvent {
  phase: 'deploy' | 'resolve' | 'preflight' | 'tap' | 'fire' | 'collect' | 'judge' | 'cleanup' | 'remove';
  message: string;
  /** Records matched so far (collect). */
  received?: number;
  /** Records wanted (collect, fire). */
  expected?: number;
  elapsedMs: number;
}

export interface VerifyOptions {
  /** The folder holding serverless.yml (and destinations.yml unless `spec` says otherwise). */
  serviceDir?: string;
  /** A path to destinations.yml, or a spec already loaded. */
  spec?: string | Spec;
  stage?: string;
  region?: string;
  cloud?: Cloud;
  /** AWS endpoint; default AWS_ENDPOINT_URL; on `local` default http://127.0.0.1:4566. */
  endpoint?: string;
  /** How `endpoint` was given, for messages (default `--endpoint`; the Action: `Input 'endpoint-url'`). */
  endpointSource?: string;
  /** e2e: deploy before verifying (default true). */
  deploy?: boolean;
  /** e2e: remove after verifying (default true on local, false on aws). */
  remove?: boolean;
  /**
   * e2e: the folders of services this one sends to (a stack of "already existing" queues, say): deployed
   * first, in this order, into the same cloud and stage, and removed after it (in reverse) when it is.
   */
  needs?: string[];
  /** e2e on aws: the Serverless command (default `serverless`). */
  serverlessCommand?: string;
  /** How `serverlessCommand` was given, for messages (default `--serverless`). */
  serverlessSource?: string;
  /** Overrides the deadline computed from the functions' retry settings. */
  timeoutSeconds?: number;
  failOnDuplicates?: boolean;
  /** Stage parameters, as `--param k=v`. */
  params?: Record<string, string>;
  /** Parallel Invoke calls (default 10). */
  concurrency?: number;
  /** e2e on local when no endpoint is given: time scale of the in-process local cloud (default 0.001). */
  timeScale?: number;
  /** e2e on local when no endpoint is given: the interpreters of the in-process local cloud (`--python`, `--node`). */
  interpreters?: Record<string, string>;
  /**
   * e2e on local: fail the deploy when the service has resource types the local cloud does not serve,
   * instead of deploying inert placeholders for them (listed in the report's `placeholders`).
   */
  strict?: boolean;
  /** Where to write the temporary taps created, so a later process can remove them (cleanupTaps). */
  stateFile?: string;
  /** Remove taps on SIGINT/SIGTERM before the process ends (default true). */
  handleSignals?: boolean;
  onProgress?: (event: ProgressEvent) => void;
  signal?: AbortSignal;
}

export type ProblemLevel = 'error' | 'warning' | 'skipped' | 'ok';

/** One finding of the preflight, as one line saying what to change. */
export interface Problem {
  level: ProblemLevel;
  /** `function`, `eventInvokeConfig`, `destination`, `permission`, `spec`. */
  check: string;
  /** The ARN or name the finding is about. */
  subject: string;
  /** The destination the finding is about, when it is about one (two may share an ARN). */
  destination?: DestinationKind;
  /**
   * A definite error that no invocation can get past (a destination that does not exist, an account that
   * is not the local cloud's, a runtime the machine cannot run): the run stops before firing.
   */
  fatal?: boolean;
  message: string;
}

/** The invocation record as Lambda delivers it. */
export interface InvocationRecord {
  version?: string;
  timestamp?: string;
  requestContext?: {
    requestId?: string;
    functionArn?: string;
    condition?: string;
    approximateInvokeCount?: number;
  };
  requestPayload?: unknown;
  responseContext?: { statusCode?: number; executedVersion?: string; functionError?: string };
  responsePayload?: unknown;
}

export interface RecordSeen {
  requestId: string;
  /** Where it landed; `other` when the ARN is none of the function's destinations. */
  destination: DestinationKind | 'other';
  destinationArn: string;
  condition?: string;
  approximateInvokeCount?: number;
  functionError?: string;
  /** Fire to arrival, as seen by the verifier. */
  latencyMs: number;
  /** A second (or later) record for the same invocation and destination. */
  duplicate: boolean;
  /** How the record was read, where not at the destination itself (a consumer's log, a function's destinations). */
  via?: string;
}

export interface Failure {
  kind: 'invokeError' | 'missing' | 'unreadable' | 'wrongDestination' | 'field' | 'duplicate';
  message: string;
  /** The request id concerned, when one. */
  requestId?: string;
  field?: string;
  expected?: unknown;
  got?: unknown;
  /** The most likely cause, from the preflight when it found one. */
  cause?: string;
}

export interface Latency {
  min: number;
  p50: number;
  p95: number;
  max: number;
}

export interface CaseResult {
  name: string;
  function: string;
  functionArn: string;
  passed: boolean;
  expected: {
    destination: DestinationKind;
    destinationArn?: string;
    condition: string;
    approximateInvokeCount?: number;
    functionError?: string;
  };
  invocations: number;
  /** Invocations with a record at the expected destination. */
  received: number;
  /** Invocations with no record anywhere. */
  missing: number;
  /** Invocations whose record went to another destination. */
  wrongDestination: number;
  duplicates: number;
  latencyMs: Latency | null;
  records: RecordSeen[];
  failures: Failure[];
  /** What the case changed on the function for its duration (then restored), when it changed anything. */
  arranged?: string;
}

/** How the verifier read one destination. */
export interface TapSummary {
  destinationArn: string;
  /** `sqs`, `sns`, `events`, `lambda`, `s3`. */
  type: string;
  /** In words: the queue itself, a temporary subscription, a function's temporary destinations, its log... */
  via: string;
}

export interface Deployment {
  /** The stage was deployed by this run. */
  deployed: boolean;
  /** The stage was removed at the end. */
  removed: boolean;
  /** On a local cloud, the stack deployed. */
  stackName?: string;
  /** Why the removal failed, when it did (the stage is still there). */
  removeError?: string;
}

export interface Report {
  version: 1;
  tool: { name: string; version: string };
  passed: boolean;
  /** The Serverless service (serverless.yml's `service`), when the run read one. */
  service?: string;
  stage?: string;
  region: string;
  cloud: Cloud;
  endpoint?: string;
  /** The first function's ARN (the usual single-function spec). */
  functionArn: string;
  functions: {
    function: string;
    functionArn: string;
    maximumRetryAttempts: number;
    destinations: Partial<Record<DestinationKind, string>>;
  }[];
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  deadlineSeconds: number;
  preflight: Problem[];
  /** How each destination was read. */
  taps?: TapSummary[];
  cases: CaseResult[];
  /** e2e only: what it did to the stage. */
  deployment?: Deployment;
  /**
   * e2e on a local cloud: resources of types it does not serve, deployed as inert placeholders (Ref and
   * Fn::GetAtt values in AWS's formats); a handler that calls one fails.
   */
  placeholders?: Placeholder[];
  totals: {
    cases: number;
    passed: number;
    failed: number;
    invocations: number;
    received: number;
    missing: number;
    wrongDestination: number;
    duplicates: number;
  };
}
