// PutParameter: a new parameter, or (with Overwrite) a new version of one.
import type { PutParameterRequest, PutParameterResult } from '@aws-sdk/client-ssm';
import type { SsmContext } from './context.js';
import {
  constraint,
  mustNotBeNull,
  parameterAlreadyExists,
  patternMismatch,
  tagsWithOverwrite,
  tooLong,
  typeRequired,
} from './errors.js';
import { checkName, parameterArn } from './names.js';
import { MAX_VERSIONS, StoredParameter } from './store.js';

const TYPES = ['String', 'StringList', 'SecureString'];
/** Standard tier's limit; Advanced parameters may hold 8 KB. */
const MAX_STANDARD = 4096;
const MAX_ADVANCED = 8192;

export function putParameter(ctx: SsmContext, input: PutParameterRequest): PutParameterResult {
  const name = checkName(input.Name);
  if (input.Value === undefined) throw mustNotBeNull('value');
  if (input.Type !== undefined && !TYPES.includes(input.Type)) {
    throw constraint(
      'type',
      input.Type,
      'Member must satisfy enum value set: [SecureString, StringList, String]',
    );
  }
  if (input.Overwrite && input.Tags?.length) throw tagsWithOverwrite();
  const tier = input.Tier === 'Advanced' || input.Value.length > MAX_STANDARD ? 'Advanced' : 'Standard';
  if (input.Value.length > MAX_ADVANCED) throw tooLong('value', MAX_ADVANCED);
  if (input.AllowedPattern && !new RegExp(input.AllowedPattern).test(input.Value)) {
    throw patternMismatch(input.AllowedPattern);
  }
  let param = ctx.parameters.get(name);
  if (param && !input.Overwrite) throw parameterAlreadyExists();
  const previous = param?.current;
  const type = input.Type ?? previous?.Type;
  if (!type) throw typeRequired();
  if (!param) {
    param = new StoredParameter(name, parameterArn(ctx.region, ctx.accountId, name));
    param.tags = input.Tags ?? [];
    ctx.parameters.set(name, param);
  }
  const version = (previous?.Version ?? 0) + 1;
  param.history.push({
    Type: type,
    Value: input.Value,
    Version: version,
    LastModifiedDate: new Date(),
    // An overwrite without a description keeps the one before, as AWS does.
    Description: input.Description ?? previous?.Description,
    AllowedPattern: input.AllowedPattern ?? previous?.AllowedPattern,
    KeyId: type === 'SecureString' ? (input.KeyId ?? previous?.KeyId ?? 'alias/aws/ssm') : undefined,
    Tier: tier,
    DataType: input.DataType ?? previous?.DataType ?? 'text',
    Labels: [],
  });
  if (param.history.length > MAX_VERSIONS) param.history.shift();
  return { Version: version, Tier: tier };
}
