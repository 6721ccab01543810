// GetSessionToken: dummy temporary credentials for the caller.
import type { GetSessionTokenRequest, GetSessionTokenResponse } from '@aws-sdk/client-sts';
import type { StsContext } from './context.js';
import { constraintViolated } from './errors.js';
import { temporaryCredentials } from './identity.js';

export function getSessionToken(_ctx: StsContext, input: GetSessionTokenRequest): GetSessionTokenResponse {
  const duration = input.DurationSeconds ?? 43200;
  if (!Number.isInteger(duration) || duration < 900 || duration > 129600) {
    throw constraintViolated(
      String(input.DurationSeconds),
      'durationSeconds',
      'Member must have value between 900 and 129600',
    );
  }
  return { Credentials: temporaryCredentials(duration) };
}
