// GetSessionToken: dummy temporary credentials for the caller.
import type { GetSessionTokenRequest, GetSessionTokenResponse } from '@aws-sdk/client-sts';
import { AwsError } from '../protocol/errors.js';
import { temporaryCredentials } from './identity.js';

export function getSessionToken(input: GetSessionTokenRequest): GetSessionTokenResponse {
  const duration = input.DurationSeconds ?? 43200;
  if (!Number.isInteger(duration) || duration < 900 || duration > 129600) {
    throw new AwsError(
      'ValidationError',
      `1 validation error detected: Value '${input.DurationSeconds}' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 129600`,
    );
  }
  return { Credentials: temporaryCredentials(duration) };
}
