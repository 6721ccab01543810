// AssumeRole: dummy credentials for any role of the account; the session shows in the assumed-role ARN.
import { createHash } from 'node:crypto';
import type { AssumeRoleRequest, AssumeRoleResponse } from '@aws-sdk/client-sts';
import { AwsError } from '../protocol/errors.js';
import { temporaryCredentials } from './identity.js';

const ROLE_ARN = /^arn:aws[\w-]*:iam::\d{12}:role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]+)$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;

export function assumeRole(input: AssumeRoleRequest): AssumeRoleResponse {
  const roleArn = requireMember(input.RoleArn, 'roleArn');
  const session = requireMember(input.RoleSessionName, 'roleSessionName');
  const m = ROLE_ARN.exec(roleArn);
  if (!m) throw new AwsError('ValidationError', `${roleArn} is invalid`);
  if (!SESSION_NAME.test(session)) {
    throw new AwsError(
      'ValidationError',
      `1 validation error detected: Value '${session}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*`,
    );
  }
  const duration = input.DurationSeconds ?? 3600;
  if (!Number.isInteger(duration) || duration < 900 || duration > 43200) {
    throw new AwsError(
      'ValidationError',
      `1 validation error detected: Value '${input.DurationSeconds}' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 43200`,
    );
  }
  const account = roleArn.split(':')[4];
  const roleId = `AROA${createHash('sha1').update(roleArn).digest('hex').slice(0, 17).toUpperCase()}`;
  return {
    Credentials: temporaryCredentials(duration),
    AssumedRoleUser: {
      AssumedRoleId: `${roleId}:${session}`,
      Arn: `arn:aws:sts::${account}:assumed-role/${m[1]}/${session}`,
    },
    PackedPolicySize: input.Policy ? 6 : undefined,
  };
}

function requireMember(value: string | undefined, member: string): string {
  if (value === undefined) {
    throw new AwsError(
      'ValidationError',
      `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`,
    );
  }
  return value;
}
