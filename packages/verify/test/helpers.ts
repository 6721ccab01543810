// Test helpers: a local cloud with functions made from inline handlers, and destinations made with the SDKs.
import {
  CreateFunctionCommand,
  type CreateFunctionCommandInput,
  PutFunctionEventInvokeConfigCommand,
} from '@aws-sdk/client-lambda';
import { CreateQueueCommand, GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { strToU8, zipSync } from 'fflate';
import type { Clients } from '../src/clients.js';

export const ACCOUNT = '000000000000';
export const ROLE = `arn:aws:iam::${ACCOUNT}:role/unknown-to-iam`;

/** Succeeds when the event says `Success: true`, else throws. */
export const HELLO = `export const handler = async (event) => {
  if (event.Success) return { statusCode: 200, body: 'ok' };
  throw new Error('Some serious failure');
};`;

/** A destination function that logs each record as one JSON line, as the docs ask. */
export const LOGGER = `export const handler = async (event) => { console.log(JSON.stringify(event)); };`;

/** A destination function that logs nothing: the verifier must read what it got elsewhere. */
export const SILENT = `export const handler = async () => ({ received: true });`;

export async function createFunction(
  clients: Clients,
  name: string,
  code = HELLO,
  extra: Partial<CreateFunctionCommandInput> = {},
): Promise<string> {
  const out = await clients.lambda.send(
    new CreateFunctionCommand({
      FunctionName: name,
      Runtime: 'nodejs20.x',
      Handler: 'index.handler',
      Role: ROLE,
      Timeout: 3,
      Code: { ZipFile: zipSync({ 'index.mjs': strToU8(code) }) },
      ...extra,
    }),
  );
  return out.FunctionArn!;
}

export async function setDestinations(
  clients: Clients,
  name: string,
  destinations: { onSuccess?: string; onFailure?: string },
  retries = 2,
): Promise<void> {
  await clients.lambda.send(
    new PutFunctionEventInvokeConfigCommand({
      FunctionName: name,
      MaximumRetryAttempts: retries,
      DestinationConfig: {
        OnSuccess: destinations.onSuccess ? { Destination: destinations.onSuccess } : undefined,
        OnFailure: destinations.onFailure ? { Destination: destinations.onFailure } : undefined,
      },
    }),
  );
}

export async function createQueue(
  clients: Clients,
  name: string,
  attributes: Record<string, string> = {},
): Promise<{ url: string; arn: string }> {
  const { QueueUrl } = await clients.sqs.send(
    new CreateQueueCommand({ QueueName: name, Attributes: attributes }),
  );
  const { Attributes } = await clients.sqs.send(
    new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }),
  );
  return { url: QueueUrl!, arn: Attributes!.QueueArn! };
}
