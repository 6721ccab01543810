// The Secrets Manager operations by name.
import type { Operations } from '../protocol/service.js';
import type { SecretsContext } from './context.js';
import { createSecret } from './createSecret.js';
import { deleteSecret } from './deleteSecret.js';
import { describeSecret } from './describeSecret.js';
import { getRandomPassword } from './getRandomPassword.js';
import { getSecretValue } from './getSecretValue.js';
import { listSecrets } from './listSecrets.js';
import { putSecretValue } from './putSecretValue.js';
import { restoreSecret } from './restoreSecret.js';
import { updateSecret } from './updateSecret.js';

export const OPERATIONS: Operations<SecretsContext> = {
  CreateSecret: createSecret,
  GetSecretValue: getSecretValue,
  PutSecretValue: putSecretValue,
  UpdateSecret: updateSecret,
  DescribeSecret: describeSecret,
  DeleteSecret: deleteSecret,
  RestoreSecret: restoreSecret,
  ListSecrets: listSecrets,
  GetRandomPassword: getRandomPassword,
};
