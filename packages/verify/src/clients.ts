// The AWS SDK v3 clients the verifier uses, built once per run for one region and endpoint.
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { IAMClient } from '@aws-sdk/client-iam';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from './types.js';

export const LOCAL_ENDPOINT = 'http://127.0.0.1:4566';

export interface Clients {
  region: string;
  cloud: Cloud;
  endpoint?: string;
  lambda: LambdaClient;
  sqs: SQSClient;
  sns: SNSClient;
  events: EventBridgeClient;
  logs: CloudWatchLogsClient;
  s3: S3Client;
  iam: IAMClient;
  destroy(): void;
}

export interface ClientOptions {
  region?: string;
  cloud?: Cloud;
  endpoint?: string;
}

/** The endpoint a run talks to: the option, AWS_ENDPOINT_URL, or the local cloud's default port. */
export function resolveEndpoint(options: ClientOptions): string | undefined {
  const endpoint = options.endpoint ?? process.env.AWS_ENDPOINT_URL;
  if (endpoint) return endpoint.replace(/\/$/, '');
  return options.cloud === 'local' ? LOCAL_ENDPOINT : undefined;
}

export function resolveRegion(options: ClientOptions): string {
  return options.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';
}

export function createClients(options: ClientOptions): Clients {
  const region = resolveRegion(options);
  const cloud = options.cloud ?? 'aws';
  const endpoint = resolveEndpoint(options);
  const hasEnvCredentials = Boolean(process.env.AWS_ACCESS_KEY_ID || process.env.AWS_PROFILE);
  // The local cloud accepts any key; a CI machine with no AWS credentials must still reach it.
  const credentials =
    cloud === 'local' && !hasEnvCredentials ? { accessKeyId: 'test', secretAccessKey: 'test' } : undefined;
  const base = { region, endpoint, credentials };
  const lambda = new LambdaClient({ ...base, retryMode: 'adaptive', maxAttempts: 6 });
  const sqs = new SQSClient(base);
  const sns = new SNSClient(base);
  const events = new EventBridgeClient(base);
  const logs = new CloudWatchLogsClient(base);
  const s3 = new S3Client({ ...base, forcePathStyle: Boolean(endpoint) });
  // IAM is global: its endpoint has no region on AWS, but the local cloud serves it on the same port.
  const iam = new IAMClient({ ...base, region: endpoint ? region : 'us-east-1' });
  return {
    region,
    cloud,
    endpoint,
    lambda,
    sqs,
    sns,
    events,
    logs,
    s3,
    iam,
    destroy() {
      for (const c of [lambda, sqs, sns, events, logs, s3, iam]) c.destroy();
    },
  };
}

/** The error code of an SDK error (`name`), or undefined for anything else. */
export function errorCode(err: unknown): string | undefined {
  return err && typeof err === 'object' && 'name' in err
    ? String((err as { name: unknown }).name)
    : undefined;
}

/** The HTTP status of an SDK error. */
export function errorStatus(err: unknown): number | undefined {
  return (err as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
}
