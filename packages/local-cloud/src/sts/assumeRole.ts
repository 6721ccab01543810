// AssumeRole: dummy credentials for any role of the account; the session shows in the assumed-role ARN.
import { createHash } from 'node:crypto';
import type { AssumeRoleRequest, AssumeRoleResponse } from '@aws-sdk/client-sts';
import { parseArn } from '../arn.js';
import type { StsContext } from './context.js';
import { constraintViolated, missingMember, validationError } from './errors.js';
import { temporaryCredentials } from './identity.js';

const ROLE_ARN = /^arn:aws[\w-]*:iam::\d{12}:role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]+)$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;

export function assumeRole(_ctx: StsContext, input: AssumeRoleRequest): AssumeRoleResponse {
  if (input.RoleArn === undefined) throw missingMember('roleArn');
  if (input.RoleSessionName === undefined) throw missingMember('roleSessionName');
  const roleArn = input.RoleArn;
  const session = input.RoleSessionName;
  const m = ROLE_ARN.exec(roleArn);
  if (!m) throw validationError(`${roleArn} is invalid`);
  if (!SESSION_NAME.test(session)) {
    throw constraintViolated(
      session,
      'roleSessionName',
      'Member must satisfy regular expression pattern: [\\w+=,.@-]*',
    );
  }
  const duration = input.DurationSeconds ?? 3600;
  if (!Number.isInteger(duration) || duration < 900 || duration > 43200) {
    throw constraintViolated(
      String(input.DurationSeconds),
      'durationSeconds',
      'Member must have value between 900 and 43200',
    );
  }
  const account = parseArn(roleArn)?.account ?? '';
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
