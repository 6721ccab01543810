// AWS::SecretsManager::Secret: CreateSecret with SecretString or a GenerateSecretString password (from
// GetRandomPassword); Ref is the ARN. A secret of that name that already exists is refused, not adopted;
// deleting the resource deletes the secret at once, without a recovery window, as CloudFormation does.
//
// The SDK client is imported at the first secret, so a cloud whose stacks hold none never loads it.
import type { GetRandomPasswordRequest } from '@aws-sdk/client-secrets-manager';
import { bool, clientConfig, exists, gone, num, str } from '../clients.js';
import { alreadyExists, handlerFailure } from '../handlerErrors.js';
import type { HandlerContext, Provisioned, ResourceHandler } from '../types.js';

type Props = Record<string, unknown>;

async function client(ctx: HandlerContext) {
  const sm = await import('@aws-sdk/client-secrets-manager');
  return { sm, client: new sm.SecretsManagerClient(clientConfig(ctx.endpoint, ctx.region, ctx.credentials)) };
}

/** The value to store: SecretString as given, or a generated password, alone or put in a JSON template. */
async function secretString(ctx: HandlerContext, props: Props): Promise<string | undefined> {
  const generate = props.GenerateSecretString as Props | undefined;
  if (props.SecretString !== undefined && generate) {
    throw handlerFailure("You can't specify both SecretString and GenerateSecretString", 'InvalidRequest');
  }
  if (!generate) return str(props.SecretString);
  const { sm, client: c } = await client(ctx);
  const request: GetRandomPasswordRequest = {
    PasswordLength: num(generate.PasswordLength),
    ExcludeCharacters: str(generate.ExcludeCharacters),
    ExcludeLowercase: bool(generate.ExcludeLowercase),
    ExcludeUppercase: bool(generate.ExcludeUppercase),
    ExcludeNumbers: bool(generate.ExcludeNumbers),
    ExcludePunctuation: bool(generate.ExcludePunctuation),
    IncludeSpace: bool(generate.IncludeSpace),
    RequireEachIncludedType: bool(generate.RequireEachIncludedType),
  };
  const { RandomPassword: password = '' } = await c.send(new sm.GetRandomPasswordCommand(request));
  const key = str(generate.GenerateStringKey);
  const template = str(generate.SecretStringTemplate);
  if ((key === undefined) !== (template === undefined)) {
    throw handlerFailure(
      'GenerateStringKey and SecretStringTemplate must be given together in GenerateSecretString',
      'InvalidRequest',
    );
  }
  if (key === undefined || template === undefined) return password;
  let doc: unknown;
  try {
    doc = JSON.parse(template);
  } catch {
    throw handlerFailure('SecretStringTemplate must be a JSON object', 'InvalidRequest');
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw handlerFailure('SecretStringTemplate must be a JSON object', 'InvalidRequest');
  }
  return JSON.stringify({ ...(doc as Record<string, unknown>), [key]: password });
}

function provisioned(arn: string): Provisioned {
  return { physicalId: arn, ref: arn, attributes: { Id: arn } };
}

export const secretsManagerSecret: ResourceHandler = {
  nameProperty: 'Name',
  replaceOn: ['Name'],
  async create(ctx, props) {
    const name = str(props.Name) ?? ctx.physicalName({ maxLength: 512 });
    const { sm, client: c } = await client(ctx);
    if (await exists(() => c.send(new sm.DescribeSecretCommand({ SecretId: name })))) {
      throw alreadyExists('AWS::SecretsManager::Secret', name);
    }
    const out = await c.send(
      new sm.CreateSecretCommand({
        Name: name,
        Description: str(props.Description),
        KmsKeyId: str(props.KmsKeyId),
        SecretString: await secretString(ctx, props),
        Tags: props.Tags as { Key: string; Value: string }[] | undefined,
      }),
    );
    return provisioned(String(out.ARN));
  },
  async update(ctx, current, props) {
    const before = current.properties;
    const { sm, client: c } = await client(ctx);
    const changed = (k: string) => JSON.stringify(before[k]) !== JSON.stringify(props[k]);
    // A new value only when the value's own properties changed (a generated password is not made again).
    const value =
      changed('SecretString') || changed('GenerateSecretString') ? await secretString(ctx, props) : undefined;
    await c.send(
      new sm.UpdateSecretCommand({
        SecretId: current.physicalId,
        Description: str(props.Description) ?? '',
        KmsKeyId: str(props.KmsKeyId),
        SecretString: value,
      }),
    );
    return provisioned(current.physicalId);
  },
  async delete(ctx, current) {
    const { sm, client: c } = await client(ctx);
    await gone(() =>
      c.send(new sm.DeleteSecretCommand({ SecretId: current.physicalId, ForceDeleteWithoutRecovery: true })),
    );
  },
};
