// AWS::DynamoDB::Table: CreateTable (then tags and TTL) against the local cloud's DynamoDB; Ref is the table
// name. A table of that name that already exists is refused, not adopted.
//
// The SDK client is imported at the first table, so a cloud whose stacks hold none never loads it.
import type {
  AttributeDefinition,
  GlobalSecondaryIndex,
  KeySchemaElement,
  LocalSecondaryIndex,
  ProvisionedThroughput,
} from '@aws-sdk/client-dynamodb';
import { clientConfig, exists, gone, str } from '../clients.js';
import { alreadyExists } from '../handlerErrors.js';
import type { HandlerContext, Provisioned, ResourceHandler } from '../types.js';

type Ddb = typeof import('@aws-sdk/client-dynamodb');
type Props = Record<string, unknown>;

async function client(ctx: HandlerContext) {
  const ddb: Ddb = await import('@aws-sdk/client-dynamodb');
  return { ddb, client: new ddb.DynamoDBClient(clientConfig(ctx.endpoint, ctx.region, ctx.credentials)) };
}

/** Template numbers may be strings (`"5"` from a parameter). */
function throughput(v: unknown): ProvisionedThroughput | undefined {
  if (!v) return undefined;
  const t = v as Record<string, unknown>;
  return { ReadCapacityUnits: Number(t.ReadCapacityUnits), WriteCapacityUnits: Number(t.WriteCapacityUnits) };
}

function globalIndexes(props: Props): GlobalSecondaryIndex[] | undefined {
  const list = props.GlobalSecondaryIndexes as Props[] | undefined;
  return list?.map((g) => ({
    IndexName: String(g.IndexName),
    KeySchema: g.KeySchema as KeySchemaElement[],
    Projection: g.Projection as GlobalSecondaryIndex['Projection'],
    ProvisionedThroughput: throughput(g.ProvisionedThroughput),
  }));
}

function localIndexes(props: Props): LocalSecondaryIndex[] | undefined {
  const list = props.LocalSecondaryIndexes as Props[] | undefined;
  return list?.map((l) => ({
    IndexName: String(l.IndexName),
    KeySchema: l.KeySchema as KeySchemaElement[],
    Projection: l.Projection as LocalSecondaryIndex['Projection'],
  }));
}

function ttl(props: Props): { AttributeName: string; Enabled: boolean } | undefined {
  const t = props.TimeToLiveSpecification as Props | undefined;
  if (!t) return undefined;
  return { AttributeName: String(t.AttributeName), Enabled: t.Enabled === true || t.Enabled === 'true' };
}

/** Waits out CREATING/UPDATING (the local cloud's tables turn ACTIVE within milliseconds). */
async function active(ctx: HandlerContext, name: string): Promise<{ arn: string; created: Date }> {
  const { ddb, client: c } = await client(ctx);
  for (let i = 0; ; i++) {
    const { Table: t } = await c.send(new ddb.DescribeTableCommand({ TableName: name }));
    const indexesReady = (t?.GlobalSecondaryIndexes ?? []).every((g) => g.IndexStatus === 'ACTIVE');
    if (t?.TableStatus === 'ACTIVE' && indexesReady) {
      return { arn: String(t.TableArn), created: t.CreationDateTime ?? new Date() };
    }
    if (i >= 600) throw new Error(`Table ${name} did not become ACTIVE`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** `Arn`, and `StreamArn` (`<table ARN>/stream/<creation time>`, AWS's shape) when the template asks for a stream. */
function provisioned(name: string, arn: string, created: Date, props: Props): Provisioned {
  const attributes: Record<string, unknown> = { Arn: arn };
  if (props.StreamSpecification) {
    attributes.StreamArn = `${arn}/stream/${created.toISOString().replace('Z', '')}`;
  }
  return { physicalId: name, ref: name, attributes };
}

async function setTimeToLive(
  ctx: HandlerContext,
  name: string,
  spec: { AttributeName: string; Enabled: boolean },
) {
  const { ddb, client: c } = await client(ctx);
  await c.send(new ddb.UpdateTimeToLiveCommand({ TableName: name, TimeToLiveSpecification: spec }));
}

export const dynamodbTable: ResourceHandler = {
  nameProperty: 'TableName',
  replaceOn: ['TableName', 'KeySchema', 'LocalSecondaryIndexes'],
  required: ['KeySchema'],
  async create(ctx, props) {
    const name = str(props.TableName) ?? ctx.physicalName({ maxLength: 255 });
    const { ddb, client: c } = await client(ctx);
    if (await exists(() => c.send(new ddb.DescribeTableCommand({ TableName: name })))) {
      throw alreadyExists('AWS::DynamoDB::Table', name);
    }
    const out = await c.send(
      new ddb.CreateTableCommand({
        TableName: name,
        KeySchema: props.KeySchema as KeySchemaElement[],
        AttributeDefinitions: props.AttributeDefinitions as AttributeDefinition[],
        BillingMode: str(props.BillingMode) as 'PROVISIONED' | 'PAY_PER_REQUEST' | undefined,
        ProvisionedThroughput: throughput(props.ProvisionedThroughput),
        GlobalSecondaryIndexes: globalIndexes(props),
        LocalSecondaryIndexes: localIndexes(props),
      }),
    );
    const { arn, created } = await active(ctx, name);
    const tags = props.Tags as { Key: string; Value: string }[] | undefined;
    if (tags?.length) {
      await c.send(
        new ddb.TagResourceCommand({
          ResourceArn: out.TableDescription?.TableArn ?? arn,
          Tags: tags.map((t) => ({ Key: t.Key, Value: String(t.Value) })),
        }),
      );
    }
    const spec = ttl(props);
    if (spec?.Enabled) await setTimeToLive(ctx, name, spec);
    return provisioned(name, arn, created, props);
  },
  async update(ctx, current, props) {
    const name = current.physicalId;
    const before = current.properties;
    const { ddb, client: c } = await client(ctx);
    const mode = str(props.BillingMode) ?? 'PROVISIONED';
    const modeChanged = mode !== (str(before.BillingMode) ?? 'PROVISIONED');
    const wanted = throughput(props.ProvisionedThroughput);
    const had = throughput(before.ProvisionedThroughput);
    const throughputChanged =
      wanted !== undefined &&
      (wanted.ReadCapacityUnits !== had?.ReadCapacityUnits ||
        wanted.WriteCapacityUnits !== had?.WriteCapacityUnits);
    if (modeChanged || throughputChanged) {
      await c.send(
        new ddb.UpdateTableCommand({
          TableName: name,
          BillingMode: modeChanged ? (mode as 'PROVISIONED' | 'PAY_PER_REQUEST') : undefined,
          ProvisionedThroughput: mode === 'PROVISIONED' ? wanted : undefined,
        }),
      );
      await active(ctx, name);
    }
    // Global indexes one change per UpdateTable, as DynamoDB requires.
    const old = new Map((globalIndexes(before) ?? []).map((g) => [g.IndexName, g]));
    const next = globalIndexes(props) ?? [];
    for (const g of old.values()) {
      if (next.some((n) => n.IndexName === g.IndexName)) continue;
      await c.send(
        new ddb.UpdateTableCommand({
          TableName: name,
          GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: g.IndexName } }],
        }),
      );
      await active(ctx, name);
    }
    for (const g of next) {
      if (old.has(g.IndexName)) continue;
      await c.send(
        new ddb.UpdateTableCommand({
          TableName: name,
          AttributeDefinitions: props.AttributeDefinitions as AttributeDefinition[],
          GlobalSecondaryIndexUpdates: [{ Create: g }],
        }),
      );
      await active(ctx, name);
    }
    const was = ttl(before);
    const now = ttl(props);
    if ((was?.Enabled ?? false) !== (now?.Enabled ?? false)) {
      await setTimeToLive(
        ctx,
        name,
        now?.Enabled ? now : { AttributeName: String(was?.AttributeName), Enabled: false },
      );
    }
    const { arn, created } = await active(ctx, name);
    return provisioned(name, arn, created, props);
  },
  async delete(ctx, current) {
    const { ddb, client: c } = await client(ctx);
    await gone(() => c.send(new ddb.DeleteTableCommand({ TableName: current.physicalId })));
  },
};
