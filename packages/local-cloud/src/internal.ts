// What the services offer each other inside one local cloud (Lambda delivering a record to SQS, SNS
// fanning out to a queue, ...): plain calls, no HTTP. Each service's factory fills its slot on LocalCloud.
// Lookups take ARNs; a missing resource throws the AwsError its own API would throw.

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
    },
  ): { messageId: string };
  /** Undefined when no such queue. */
  describeQueue(queueArn: string): { url: string; fifo: boolean } | undefined;
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
  describeBus(busNameOrArn: string, region: string): { arn: string } | undefined;
}

export interface S3Internal {
  /** As PutObject; throws NoSuchBucket. */
  putObject(bucket: string, key: string, body: Buffer, contentType?: string): { etag: string };
  bucketExists(bucket: string): boolean;
  /** The object's bytes; undefined when the bucket or key does not exist. */
  getObject(bucket: string, key: string): Buffer | undefined;
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
  /** Evaluates the role's policies as AWS does (explicit Deny wins, then Allow, else implicit deny). */
  evaluate(roleArn: string, action: string, resource: string): { allowed: boolean; reason: string };
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
