// The SDK clients a deploy talks to an endpoint with. Loaded at first use by the modules here, so a
// process that imports this package (the local cloud's CLI) and never deploys never pays their memory.
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { IAMClient } from '@aws-sdk/client-iam';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { S3Client } from '@aws-sdk/client-s3';

/** Dummy credentials: a local cloud does not check signatures, and a deploy here never needs an account. */
const DUMMY_CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };

export interface Where {
  endpoint: string;
  region: string;
}

function config({ endpoint, region }: Where) {
  return { endpoint, region, credentials: DUMMY_CREDENTIALS, maxAttempts: 2 };
}

export const cloudFormationClient = (w: Where) => new CloudFormationClient(config(w));
export const lambdaClient = (w: Where) => new LambdaClient(config(w));
export const iamClient = (w: Where) => new IAMClient(config(w));
export const s3Client = (w: Where) => new S3Client({ ...config(w), forcePathStyle: true });
