// The SDK clients a deploy talks to an endpoint with. Loaded at first use by the modules here, so a
// process that imports this package (the local cloud's CLI) and never deploys never pays their memory.
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { IAMClient } from '@aws-sdk/client-iam';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { S3Client } from '@aws-sdk/client-s3';

/** The local cloud's default key, for a machine with no AWS credentials: a deploy here needs no account. */
const DUMMY_CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };

/**
 * The key in the environment when there is one (a local cloud started with --require-auth checks it), else
 * the default key. Only the environment's: a profile may want a login a local deploy has no use for.
 */
function credentials() {
  const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey } = process.env;
  if (!accessKeyId || !secretAccessKey) return DUMMY_CREDENTIALS;
  return { accessKeyId, secretAccessKey, sessionToken: process.env.AWS_SESSION_TOKEN || undefined };
}

export interface Where {
  endpoint: string;
  region: string;
}

function config({ endpoint, region }: Where) {
  return { endpoint, region, credentials: credentials(), maxAttempts: 2 };
}

export const cloudFormationClient = (w: Where) => new CloudFormationClient(config(w));
export const lambdaClient = (w: Where) => new LambdaClient(config(w));
export const iamClient = (w: Where) => new IAMClient(config(w));
export const s3Client = (w: Where) => new S3Client({ ...config(w), forcePathStyle: true });
