// How a *Batch operation reports one entry's failure.
import type { BatchResultErrorEntry } from '@aws-sdk/client-sqs';
import { toAwsError } from '../protocol/errors.js';

export function failedEntry(id: string | undefined, err: unknown): BatchResultErrorEntry {
  const e = toAwsError(err);
  // In the order AWS writes the entry's elements.
  return { Id: id, Code: e.queryCode ?? e.code, Message: e.message, SenderFault: e.fault === 'Sender' };
}
