// What the services offer each other inside one local cloud (Lambda delivering a record to SQS, SNS
// fanning out to a queue, ...): plain calls, no HTTP. Each service's factory fills its slot on LocalCloud.
// Lookups take ARNs; a missing resource throws the AwsError its own API would throw. A message for an ARN
// of any service goes through `cloud.deliverTo` (its options are typed here).
import type { EventEnvelope } from './events/envelope.js';

export interface MessageAttribute {
  DataType: string;
  StringValue?: string;
  BinaryValue?: Uint8Array;
}

export interface SqsInternal {
  /** As SendMessage; throws QueueDoesNotExist when the ARN names no queue. */
  sendMessage(
    queueArn: string,
    body: string,
    options?: {
      messageAttributes?: Record<string, MessageAttribute>;
      messageGroupId?: string;
      messageDeduplicationId?: string;
      senderId?: string;
      traceHeader?: string;
    },
  ): { messageId: string };
  /** Undefined when no such queue; `policy` is its queue policy (JSON text), when it has one. */
  describeQueue(queueArn: string): { url: string; fifo: boolean; policy?: string } | undefined;
}

export interface SnsInternal {
  /** As Publish; throws NotFound when the ARN names no topic. */
  publish(
    topicArn: string,
    message: string,
    options?: {
      subject?: string;
      messageAttributes?: Record<string, MessageAttribute>;
      messageGroupId?: string;
    },
  ): { messageId: string };
  describeTopic(topicArn: string): { fifo: boolean } | undefined;
}

/** What kind of sender delivers: the same for every delivery of one kind (Lambda's DLQ, SNS's fan-out, ...). */
export interface Sender {
  /** What the target is to the sender, as refusals name it: `on-success destination`, `dead-letter queue`. */
  as: string;
  /** The services it sends to; an ARN of any other is refused (S3 takes only Lambda's failure records). */
  services: readonly string[];
  /** The level a failure is logged at. */
  level: 'error' | 'info';
  /** Counted once per failed delivery (DestinationDeliveryFailures, DeadLetterErrors, FailedInvocations, ...). */
  failures: string;
  /** Counted once per delivery made, where the service has such a metric (Invocations, ...). */
  deliveries?: string;
}

/** One delivery of `cloud.deliverTo`: who sends, how it is accounted for, and what is sent besides the body. */
export interface DeliveryOptions {
  sender: Sender;
  /** The dimension the sender's counters are counted under: the function, rule or topic name. */
  dimension: string;
  /** Names what was not delivered, in the one log line of a failure: `lambda f: record <id> (Success)`. */
  what: string;
  /** The role whose policies must allow the send (a function's execution role); nothing is checked without one. */
  principal?: string;
  /** The region for an ARN that names none. */
  region?: string;
  /** Message attributes (SQS, SNS). */
  attributes?: Record<string, MessageAttribute>;
  /** SNS's Subject. */
  subject?: string;
  /**
   * FIFO fields, for a FIFO queue: the message group (a FIFO queue refuses a sender without one) and the
   * deduplication id. A standard queue gets neither (AWS: an SNS FIFO topic passes no group id to one).
   */
  groupId?: string;
  dedupId?: string;
  /** A standard queue's fair-queue group: SNS standard topics forward the publisher's MessageGroupId. */
  fairGroupId?: string;
  /** For an S3 bucket: the object's key (S3 takes nothing without one) and content type. */
  key?: string;
  contentType?: string;
  /** For an event bus: the new event whose detail is the body. */
  event?: { source: string; detailType: string; resources?: string[]; time?: Date };
  /** For an event bus: an event already on a bus, routed on as it is (a rule whose target is a bus). */
  forward?: { event: EventEnvelope; hops: number };
  /** For an SQS queue: the message's `SenderId` (else the account id) and its `AWSTraceHeader`. */
  senderId?: string;
  traceHeader?: string;
  /** A smaller body for a target whose size limit the body passes (Lambda drops a failure record's payloads). */
  smaller?: () => string;
}

export interface EventsInternal {
  /** As one PutEvents entry; `eventBusName` is a name or an ARN. Throws ResourceNotFoundException. */
  putEvent(entry: {
    eventBusName: string;
    source: string;
    detailType: string;
    detail: string;
    resources?: string[];
    time?: Date;
    region?: string;
  }): { eventId: string };
  /** Routes an event already built to the bus's rules as it is; `hops` counts buses it went through. */
  forwardEvent(busArn: string, event: EventEnvelope, hops: number, region: string): void;
  describeBus(busNameOrArn: string, region: string): { arn: string } | undefined;
}

export interface S3Internal {
  /** As PutObject; throws NoSuchBucket. */
  putObject(bucket: string, key: string, body: Buffer, contentType?: string): { etag: string };
  bucketExists(bucket: string): boolean;
  /** The object's bytes; undefined when the bucket or key does not exist. */
  getObject(bucket: string, key: string): Buffer | undefined;
  /**
   * Makes `bucket` one of AWS's own that a service of the cloud receives uploads in (CloudFormation's custom
   * resource responses): a PutObject into it (a presigned URL) goes to `receiver`, is stored nowhere and
   * listed nowhere, and no account can create a bucket of that name.
   */
  ownBucket(bucket: string, receiver: (key: string, body: Buffer) => void): void;
}

export interface LambdaInternal {
  /** As Invoke with InvocationType Event: queues the event and returns its request id. */
  invokeAsync(
    functionArnOrName: string,
    payload: Buffer,
    options?: { region?: string },
  ): { requestId: string };
  /** Undefined when no such function. */
  describeFunction(functionArnOrName: string, region: string): { arn: string; role?: string } | undefined;
}

export interface LogsInternal {
  /** Appends events, creating the group and stream when missing (as Lambda's own logging does). */
  putLogEvents(
    region: string,
    group: string,
    stream: string,
    events: { timestamp: number; message: string }[],
  ): void;
}

export interface IamInternal {
  /**
   * Evaluates the role's policies as AWS does (explicit Deny wins, then Allow, else implicit deny), with the
   * target's own resource policy (a queue policy, JSON text) when it has one: in one account, an Allow of
   * either grants the action.
   */
  evaluate(
    roleArn: string,
    action: string,
    resource: string,
    resourcePolicy?: string,
  ): { allowed: boolean; reason: string };
}

export interface CloudWatchInternal {
  /** Records one datapoint, as PutMetricData would; AWS namespaces (`AWS/Lambda`) are allowed here. */
  putMetric(
    region: string,
    namespace: string,
    name: string,
    dimensions: Record<string, string>,
    value: number,
    unit?: string,
  ): void;
}
