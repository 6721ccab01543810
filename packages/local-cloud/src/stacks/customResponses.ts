// The custom resource protocol's transport: the request sent to the ServiceToken (a Lambda function invoked
// asynchronously, or an SNS topic) with a presigned S3 URL of the local cloud to answer on, and the wait for
// that answer: as long as CloudFormation waits (ServiceTimeout, default an hour) times the cloud's time scale,
// but never under a minute (or the ServiceTimeout, if shorter): a provider does real work in real time.
import { randomUUID } from 'node:crypto';
import { InvokeCommand } from '@aws-sdk/client-lambda';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { PublishCommand } from '@aws-sdk/client-sns';
import { parseArn } from '../arn.js';
import type { LocalCloud } from '../cloud.js';
import { clientConfig, lambdaClient, snsClient } from './clients.js';
import type { HandlerContext } from './types.js';

/** What CloudFormation sends a custom resource's provider, in the order it writes the members. */
export interface CustomResourceRequest {
  RequestType: 'Create' | 'Update' | 'Delete';
  ServiceToken: string;
  ResponseURL: string;
  StackId: string;
  RequestId: string;
  LogicalResourceId: string;
  PhysicalResourceId?: string;
  ResourceType: string;
  ResourceProperties: Record<string, unknown>;
  OldResourceProperties?: Record<string, unknown>;
}

/** The provider's answer, as it PUTs it to the ResponseURL. */
export interface CustomResourceResponse {
  Status: 'SUCCESS' | 'FAILED';
  Reason?: string;
  PhysicalResourceId: string;
  StackId?: string;
  RequestId?: string;
  LogicalResourceId?: string;
  NoEcho?: boolean;
  Data?: Record<string, unknown>;
}

/** A request as the handler gives it: the channel adds the request id and the response URL. */
export type OutgoingRequest = Omit<CustomResourceRequest, 'RequestId' | 'ResponseURL'>;

/** CloudFormation reads at most this many bytes of a response (4096 is still accepted). */
const MAX_RESPONSE_BYTES = 4096;
/** How long CloudFormation's presigned response URLs stay valid (two hours). */
const URL_LIFETIME_SECONDS = 7200;
/** CloudFormation's wait for an answer when the template sets no ServiceTimeout. */
export const DEFAULT_SERVICE_TIMEOUT_SECONDS = 3600;
/** The shortest scaled wait: a cold start and a few SDK calls fit in it on a busy machine. */
const MIN_WAIT_SECONDS = 60;

/** How long to wait for an answer, in milliseconds. */
export function waitMs(cloud: Pick<LocalCloud, 'scaled'>, timeoutSeconds: number): number {
  return Math.max(cloud.scaled(timeoutSeconds * 1000), Math.min(timeoutSeconds, MIN_WAIT_SECONDS) * 1000);
}

/** CloudFormation's bucket for a region's responses: `cloudformation-custom-resource-response-useast1`. */
export const responseBucket = (region: string) =>
  `cloudformation-custom-resource-response-${region.replace(/-/g, '')}`;

/** The provider did not answer before the timeout: CloudFormation's words. */
export const noResponse = (requestId: string) =>
  `CloudFormation did not receive a response from your Custom Resource. Please check your logs for requestId [${requestId}]. If you are using the Python cfn-response module, you may need to update your Lambda function code so that CloudFormation can attach the updated version.`;

export class CustomResourceChannel {
  /** Waiting requests by the response object's key. */
  private readonly waiting = new Map<string, (body: Buffer) => void>();
  private readonly stops = new Set<() => void>();
  private readonly ownedRegions = new Set<string>();

  constructor(private readonly cloud: LocalCloud) {}

  /** Sends the request to its ServiceToken and waits for the provider's answer; throws the failure's reason. */
  async send(
    ctx: HandlerContext,
    request: OutgoingRequest,
    timeoutSeconds: number,
  ): Promise<{ response: CustomResourceResponse; requestId: string }> {
    const requestId = randomUUID();
    const key = `${request.StackId}|${request.LogicalResourceId}|${requestId}`;
    const full: CustomResourceRequest = {
      RequestType: request.RequestType,
      ServiceToken: request.ServiceToken,
      ResponseURL: await this.responseUrl(ctx.region, key),
      StackId: request.StackId,
      RequestId: requestId,
      LogicalResourceId: request.LogicalResourceId,
      PhysicalResourceId: request.PhysicalResourceId,
      ResourceType: request.ResourceType,
      ResourceProperties: request.ResourceProperties,
      OldResourceProperties: request.OldResourceProperties,
    };
    // Waiting before sending: a provider may answer before the send returns.
    const answer = this.expect(key, requestId, timeoutSeconds);
    try {
      await this.deliver(ctx, full);
    } catch (err) {
      answer.cancel();
      throw err;
    }
    return { response: parse(await answer.body), requestId };
  }

  /** Ends every wait (the cloud is stopping): their resources fail. */
  stop(): void {
    for (const stop of [...this.stops]) stop();
  }

  /** The answer to come for `key`, or CloudFormation's timeout; `cancel` ends the wait unanswered. */
  private expect(
    key: string,
    requestId: string,
    timeoutSeconds: number,
  ): { body: Promise<Buffer>; cancel: () => void } {
    let cancel = () => {};
    const body = new Promise<Buffer>((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        this.waiting.delete(key);
        this.stops.delete(stop);
      };
      const stop = () => {
        done();
        reject(new Error('The local cloud stopped before the custom resource answered'));
      };
      const timer = setTimeout(
        () => {
          done();
          reject(new Error(noResponse(requestId)));
        },
        waitMs(this.cloud, timeoutSeconds),
      );
      timer.unref();
      this.stops.add(stop);
      this.waiting.set(key, (b) => {
        done();
        resolve(b);
      });
      cancel = () => {
        done();
        resolve(Buffer.alloc(0));
      };
    });
    return { body, cancel };
  }

  /** A presigned PutObject URL into CloudFormation's response bucket, on the local cloud's own endpoint. */
  private async responseUrl(region: string, key: string): Promise<string> {
    const bucket = responseBucket(region);
    if (!this.ownedRegions.has(region)) {
      const s3 = this.cloud.s3;
      if (!s3) throw new Error('Custom resources need S3, which this local cloud does not serve');
      // Answers land with CloudFormation, as on AWS: the account never sees them.
      s3.ownBucket(bucket, (k, body) => this.waiting.get(k)?.(body));
      this.ownedRegions.add(region);
    }
    const { getSignedUrl } = await import('@aws-sdk/s3-request-presigner');
    const client = new S3Client({
      ...clientConfig(this.cloud.endpoint, region, this.cloud.credentials),
      forcePathStyle: true,
      // Otherwise the URL signs the checksum of an empty body.
      requestChecksumCalculation: 'WHEN_REQUIRED',
    });
    return getSignedUrl(client, new PutObjectCommand({ Bucket: bucket, Key: key }), {
      expiresIn: URL_LIFETIME_SECONDS,
    });
  }

  /** Invokes the function asynchronously, or publishes to the topic, as CloudFormation does. */
  private async deliver(ctx: HandlerContext, request: CustomResourceRequest): Promise<void> {
    const token = request.ServiceToken;
    const arn = parseArn(token);
    const body = JSON.stringify(request);
    if (arn?.service === 'lambda' && arn.region === ctx.region) {
      await lambdaClient(ctx).send(
        new InvokeCommand({ FunctionName: token, InvocationType: 'Event', Payload: Buffer.from(body) }),
      );
      return;
    }
    if (arn?.service === 'sns' && arn.region === ctx.region) {
      await snsClient(ctx).send(
        new PublishCommand({
          TopicArn: token,
          Subject: 'AWS CloudFormation custom resource request',
          Message: body,
        }),
      );
      return;
    }
    throw new Error(
      `Invalid service token ${token}: a custom resource's ServiceToken is the ARN of a Lambda function or an SNS topic in the stack's region (${ctx.region})`,
    );
  }
}

/** The provider's answer, checked as CloudFormation checks it. */
function parse(body: Buffer): CustomResourceResponse {
  if (body.length > MAX_RESPONSE_BYTES) throw new Error('Response object is too long.');
  let response: CustomResourceResponse;
  try {
    response = JSON.parse(body.toString('utf8'));
  } catch {
    throw new Error('Response object is not valid JSON.');
  }
  if (response === null || typeof response !== 'object' || Array.isArray(response)) {
    throw new Error('Response object is not valid JSON.');
  }
  if (response.Status !== 'SUCCESS' && response.Status !== 'FAILED') {
    throw new Error(`Invalid response status [${String(response.Status)}]: it must be SUCCESS or FAILED.`);
  }
  const id = response.PhysicalResourceId;
  if (typeof id !== 'string' || id === '' || Buffer.byteLength(id) > 1024) {
    throw new Error('Invalid PhysicalResourceId');
  }
  return response;
}
