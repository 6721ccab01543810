// AWS::SSM::Parameter: PutParameter without Overwrite against the local cloud's Parameter Store; Ref is the
// name, GetAtt Type and Value. A parameter of that name that already exists is refused, not adopted.
//
// The SDK client is imported at the first parameter, so a cloud whose stacks hold none never loads it.
import { clientConfig, exists, gone, str } from '../clients.js';
import { alreadyExists, handlerFailure } from '../handlerErrors.js';
import { randomSuffix } from '../names.js';
import type { HandlerContext, Provisioned, ResourceHandler } from '../types.js';

type Props = Record<string, unknown>;
const MIXED = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

async function client(ctx: HandlerContext) {
  const ssm = await import('@aws-sdk/client-ssm');
  return { ssm, client: new ssm.SSMClient(clientConfig(ctx.endpoint, ctx.region, ctx.credentials)) };
}

/** CloudFormation makes String and StringList parameters only. */
function type(props: Props): 'String' | 'StringList' {
  const t = String(props.Type);
  if (t !== 'String' && t !== 'StringList') {
    throw handlerFailure(
      `Type ${t} is not valid for AWS::SSM::Parameter: CloudFormation creates String and StringList parameters only`,
      'InvalidRequest',
    );
  }
  return t;
}

function common(props: Props) {
  return {
    Type: type(props),
    Value: String(props.Value),
    Description: str(props.Description),
    AllowedPattern: str(props.AllowedPattern),
    Tier: str(props.Tier) as 'Standard' | 'Advanced' | 'Intelligent-Tiering' | undefined,
    DataType: str(props.DataType),
    Policies: str(props.Policies),
  };
}

function provisioned(name: string, props: Props): Provisioned {
  return {
    physicalId: name,
    ref: name,
    attributes: { Type: String(props.Type), Value: String(props.Value) },
  };
}

export const ssmParameter: ResourceHandler = {
  nameProperty: 'Name',
  replaceOn: ['Name'],
  required: ['Type', 'Value'],
  async create(ctx, props) {
    // CloudFormation names a parameter `CFN-<logical id>-<12 random characters>`.
    const name = str(props.Name) ?? `CFN-${ctx.logicalId}-${randomSuffix(12, MIXED)}`;
    const { ssm, client: c } = await client(ctx);
    if (await exists(() => c.send(new ssm.GetParameterCommand({ Name: name })))) {
      throw alreadyExists('AWS::SSM::Parameter', name);
    }
    // Tags are a map in the template, a list in the API.
    const tags = props.Tags as Record<string, unknown> | undefined;
    await c.send(
      new ssm.PutParameterCommand({
        Name: name,
        ...common(props),
        Tags: tags ? Object.entries(tags).map(([Key, Value]) => ({ Key, Value: String(Value) })) : undefined,
      }),
    );
    return provisioned(name, props);
  },
  async update(ctx, current, props) {
    const { ssm, client: c } = await client(ctx);
    await c.send(
      new ssm.PutParameterCommand({ Name: current.physicalId, ...common(props), Overwrite: true }),
    );
    return provisioned(current.physicalId, props);
  },
  async delete(ctx, current) {
    const { ssm, client: c } = await client(ctx);
    await gone(() => c.send(new ssm.DeleteParameterCommand({ Name: current.physicalId })));
  },
};
