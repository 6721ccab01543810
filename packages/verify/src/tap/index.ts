// Opens one tap per destination ARN, of the kind its service needs.
import { destinationType, functionNameOf } from '../arn.js';
import type { Clients } from '../clients.js';
import type { ResolvedFunction } from '../resolve.js';
import type { RunState } from '../state.js';
import { openBusTap } from './events.js';
import { openFunctionTap } from './lambda.js';
import { openBucketTap } from './s3.js';
import { openTopicTap } from './sns.js';
import { openQueueTap } from './sqs.js';
import type { Tap } from './types.js';

/** `functions` are those whose records may reach `arn` (a bus rule and an S3 prefix name them). */
export async function openTap(
  clients: Clients,
  state: RunState,
  arn: string,
  functions: Pick<ResolvedFunction, 'functionArn' | 'qualifier'>[],
): Promise<Tap | undefined> {
  switch (destinationType(arn)) {
    case 'sqs':
      return openQueueTap(clients, arn);
    case 'sns':
      return openTopicTap(clients, state, arn);
    case 'events':
      return openBusTap(clients, state, arn, functions);
    case 'lambda':
      // A destination function's own destinations are opened the same way (never another function's log).
      return openFunctionTap(clients, state, arn, (own, fns) =>
        destinationType(own) === 'lambda' ? Promise.resolve(undefined) : openTap(clients, state, own, fns),
      );
    case 's3':
      return openBucketTap(
        clients,
        arn,
        functions.map((f) => functionNameOf(f.functionArn)),
      );
    default:
      return undefined;
  }
}
