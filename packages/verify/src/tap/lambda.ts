// Lambda tap: a destination function read through its own invocation records, which carry the record it
// received as `requestPayload`, so its handler need not log anything. A function with no EventInvokeConfig
// gets one for the run (both outcomes to a temporary queue its role may send to), removed at the end; one
// whose own config sends both outcomes somewhere the verifier reads is read there; otherwise its log.
import {
  GetFunctionCommand,
  GetFunctionEventInvokeConfigCommand,
  type GetFunctionEventInvokeConfigCommandOutput,
  PutFunctionEventInvokeConfigCommand,
} from '@aws-sdk/client-lambda';
import { destinationType, parseArn, unqualified } from '../arn.js';
import { type Clients, errorCode } from '../clients.js';
import { type RunState, recordCreated, recordRemoved, type TapResource } from '../state.js';
import { restoreRecorded } from './cleanup.js';
import { openLogTap } from './logs.js';
import { nested } from './nested.js';
import { readQueue } from './sqs.js';
import { allowRoleToSend, createTempQueue, tapName } from './tempQueue.js';
import { parseRecord, type Tap } from './types.js';

/** How the tap opens a tap on one of the function's own destinations (tap/index.ts's openTap). */
export type OpenTap = (
  arn: string,
  functions: { functionArn: string; qualifier: string }[],
) => Promise<Tap | undefined>;

/** Destination types the verifier can read a function's own records from (another function: its log). */
const READABLE = new Set(['sqs', 'sns', 'events', 's3']);

export async function openFunctionTap(
  clients: Clients,
  state: RunState,
  destinationArn: string,
  open: OpenTap,
): Promise<Tap> {
  const functionArn = unqualified(destinationArn);
  const qualifier = parseArn(destinationArn)?.resource.split(':')[2] ?? '$LATEST';
  let config: GetFunctionEventInvokeConfigCommandOutput | undefined;
  try {
    config = await clients.lambda.send(
      new GetFunctionEventInvokeConfigCommand({ FunctionName: functionArn, Qualifier: qualifier }),
    );
  } catch (err) {
    if (errorCode(err) !== 'ResourceNotFoundException')
      return openLogTap(clients, destinationArn, `its EventInvokeConfig could not be read: ${reason(err)}`);
  }
  if (!config) {
    try {
      return await temporaryConfigTap(clients, state, destinationArn, functionArn, qualifier);
    } catch (err) {
      return openLogTap(
        clients,
        destinationArn,
        `it could not be given a temporary EventInvokeConfig: ${reason(err)}`,
      );
    }
  }
  const onSuccess = config.DestinationConfig?.OnSuccess?.Destination;
  const onFailure = config.DestinationConfig?.OnFailure?.Destination;
  const readable = (arn: string | undefined) => Boolean(arn && READABLE.has(destinationType(arn) ?? ''));
  if (!readable(onSuccess) || !readable(onFailure))
    return openLogTap(
      clients,
      destinationArn,
      'its own EventInvokeConfig does not send both outcomes to a queue, topic, bus or bucket',
    );
  const inner: Tap[] = [];
  for (const arn of new Set([onSuccess!, onFailure!])) {
    const tap = await open(arn, [{ functionArn, qualifier }]).catch(() => undefined);
    if (!tap) return openLogTap(clients, destinationArn, `its own destination ${arn} cannot be read`);
    inner.push(tap);
  }
  return nested(
    {
      destinationArn,
      type: 'lambda',
      via: '',
      run: (ctx) => Promise.all(inner.map((t) => t.run(ctx))).then(() => undefined),
    },
    destinationArn,
    `its own destinations (onSuccess ${onSuccess}, onFailure ${onFailure}): the record it received is the requestPayload of its own records`,
  );
}

/** Gives the function an EventInvokeConfig for the run, both outcomes to a temporary queue. */
async function temporaryConfigTap(
  clients: Clients,
  state: RunState,
  destinationArn: string,
  functionArn: string,
  qualifier: string,
): Promise<Tap> {
  const { Configuration } = await clients.lambda.send(new GetFunctionCommand({ FunctionName: functionArn }));
  const queue = await createTempQueue(clients, state, tapName());
  if (Configuration?.Role) await allowRoleToSend(clients, queue, Configuration.Role);
  // Recorded before it is put: a run cancelled in between still removes it.
  const record: TapResource = {
    type: 'eventInvokeConfig',
    functionName: functionArn,
    qualifier,
    previous: null,
  };
  recordCreated(state, record);
  try {
    await clients.lambda.send(
      new PutFunctionEventInvokeConfigCommand({
        FunctionName: functionArn,
        Qualifier: qualifier,
        DestinationConfig: {
          OnSuccess: { Destination: queue.queueArn },
          OnFailure: { Destination: queue.queueArn },
        },
      }),
    );
  } catch (err) {
    if (!(await restoreRecorded(clients, record))) recordRemoved(state, record);
    throw err;
  }
  const own: Tap = {
    destinationArn: queue.queueArn,
    type: 'sqs',
    via: '',
    run: (ctx) =>
      readQueue(clients, queue.queueUrl, queue.queueArn, ctx, { shared: false, unwrap: parseRecord }),
  };
  return nested(
    own,
    destinationArn,
    'a temporary EventInvokeConfig sending its own records to a temporary queue, removed after: the record it received is their requestPayload',
  );
}

function reason(err: unknown): string {
  return err instanceof Error ? `${errorCode(err) ?? 'Error'}: ${err.message}` : String(err);
}
