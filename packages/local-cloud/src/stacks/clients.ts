// The AWS SDK clients resource handlers drive the services with, pointed at the local cloud's own URL.
import { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import { ApiGatewayV2Client } from '@aws-sdk/client-apigatewayv2';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { IAMClient } from '@aws-sdk/client-iam';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { HandlerContext } from './types.js';

/** `credentials`: a key pair the cloud accepts (`LocalCloud.credentials`), for --require-auth. */
export function clientConfig(endpoint: string, region: string, credentials: HandlerContext['credentials']) {
  return { endpoint, region, credentials, maxAttempts: 2 };
}

type Ctx = Pick<HandlerContext, 'endpoint' | 'region' | 'credentials'>;

export const sqsClient = (c: Ctx) => new SQSClient(clientConfig(c.endpoint, c.region, c.credentials));
export const snsClient = (c: Ctx) => new SNSClient(clientConfig(c.endpoint, c.region, c.credentials));
export const lambdaClient = (c: Ctx) => new LambdaClient(clientConfig(c.endpoint, c.region, c.credentials));
export const eventsClient = (c: Ctx) =>
  new EventBridgeClient(clientConfig(c.endpoint, c.region, c.credentials));
export const logsClient = (c: Ctx) =>
  new CloudWatchLogsClient(clientConfig(c.endpoint, c.region, c.credentials));
export const iamClient = (c: Ctx) => new IAMClient(clientConfig(c.endpoint, c.region, c.credentials));
export const cloudWatchClient = (c: Ctx) =>
  new CloudWatchClient(clientConfig(c.endpoint, c.region, c.credentials));
export const apiGatewayClient = (c: Ctx) =>
  new APIGatewayClient(clientConfig(c.endpoint, c.region, c.credentials));
export const apiGatewayV2Client = (c: Ctx) =>
  new ApiGatewayV2Client(clientConfig(c.endpoint, c.region, c.credentials));
export const s3Client = (c: Ctx) =>
  new S3Client({ ...clientConfig(c.endpoint, c.region, c.credentials), forcePathStyle: true });

/** The SDK error's code: its name (`ResourceConflictException`) or the query protocol's `Code`. */
export function codeOf(err: unknown): string {
  return String((err as { name?: string; Code?: string })?.name ?? (err as { Code?: string })?.Code ?? '');
}

function statusOf(err: unknown): number | undefined {
  return (err as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
}

/** The service (or this operation) is not served by the local cloud yet. */
export function isUnsupported(err: unknown): boolean {
  const code = codeOf(err);
  return (
    ['NotImplemented', 'UnknownOperationException', 'InvalidAction', 'UnknownService'].includes(code) ||
    statusOf(err) === 501
  );
}

/** The resource is already gone: deleting it again is not an error. */
export function isNotFound(err: unknown): boolean {
  const code = codeOf(err);
  return /NotFound|NoSuch|DoesNotExist/.test(code) || code === 'AWS.SimpleQueueService.NonExistentQueue';
}

/** Runs an optional step (a bucket policy, a permission); a service that lacks it gives a warning. */
export async function optional(
  ctx: HandlerContext,
  what: string,
  step: () => Promise<unknown>,
): Promise<void> {
  try {
    await step();
  } catch (err) {
    if (!isUnsupported(err)) throw err;
    ctx.warn(`${what} is not served by this local cloud; skipped`);
  }
}

/** Runs a delete; a resource already gone is fine. */
export async function gone(step: () => Promise<unknown>): Promise<void> {
  try {
    await step();
  } catch (err) {
    if (!isNotFound(err)) throw err;
  }
}

/** Runs a read of a resource: true when it answers, false when the resource does not exist. */
export async function exists(read: () => Promise<unknown>): Promise<boolean> {
  try {
    await read();
    return true;
  } catch (err) {
    if (isNotFound(err)) return false;
    throw err;
  }
}

/** `[{Key, Value}]` tags as a map (Lambda, SQS, ... take maps). */
export function tagMap(tags: unknown): Record<string, string> | undefined {
  if (!Array.isArray(tags) || tags.length === 0) return undefined;
  return Object.fromEntries(tags.map((t: { Key: string; Value: string }) => [t.Key, String(t.Value)]));
}

/** A policy document as the APIs take it: JSON text. */
export function jsonText(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  return typeof v === 'string' ? v : JSON.stringify(v);
}

export const str = (v: unknown): string | undefined => (v === undefined ? undefined : String(v));
export const num = (v: unknown): number | undefined => (v === undefined ? undefined : Number(v));
export const bool = (v: unknown): boolean | undefined =>
  v === undefined ? undefined : v === true || v === 'true';
