// The STS operations by name: one implementation, served by both the query and the JSON protocol.
import type { Operations } from '../protocol/service.js';
import { assumeRole } from './assumeRole.js';
import type { StsContext } from './context.js';
import { getCallerIdentity } from './getCallerIdentity.js';
import { getSessionToken } from './getSessionToken.js';

export const OPERATIONS: Operations<StsContext> = {
  GetCallerIdentity: getCallerIdentity,
  AssumeRole: assumeRole,
  GetSessionToken: getSessionToken,
};
