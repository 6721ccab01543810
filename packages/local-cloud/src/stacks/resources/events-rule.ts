// AWS::Events::Rule: PutRule + PutTargets; Ref is the rule name (`bus|name` on a custom bus). A rule of that
// name that already exists on the bus is refused, as AWS's handler does (PutRule alone would overwrite it).
import {
  DeleteRuleCommand,
  DescribeRuleCommand,
  PutRuleCommand,
  PutTargetsCommand,
  RemoveTargetsCommand,
  type RuleState,
  type Target,
} from '@aws-sdk/client-eventbridge';
import { eventsClient, exists, gone, jsonText, str } from '../clients.js';
import { alreadyExists } from '../handlerErrors.js';
import type { HandlerContext, Provisioned, ResourceHandler } from '../types.js';

function busName(props: Record<string, unknown>): string | undefined {
  const bus = str(props.EventBusName);
  if (!bus) return undefined;
  return bus.startsWith('arn:') ? bus.slice(bus.indexOf('event-bus/') + 'event-bus/'.length) : bus;
}

function targets(props: Record<string, unknown>): Target[] {
  return ((props.Targets as Record<string, unknown>[]) ?? []).map((t) => ({
    ...(t as unknown as Target),
    Input: t.Input === undefined ? undefined : jsonText(t.Input),
  }));
}

async function put(ctx: HandlerContext, name: string, props: Record<string, unknown>): Promise<Provisioned> {
  const events = eventsClient(ctx);
  const bus = busName(props);
  const out = await events.send(
    new PutRuleCommand({
      Name: name,
      EventBusName: str(props.EventBusName),
      EventPattern: jsonText(props.EventPattern),
      ScheduleExpression: str(props.ScheduleExpression),
      State: (str(props.State) ?? 'ENABLED') as RuleState,
      Description: str(props.Description),
      RoleArn: str(props.RoleArn),
    }),
  );
  const list = targets(props);
  if (list.length > 0) {
    const res = await events.send(
      new PutTargetsCommand({ Rule: name, EventBusName: str(props.EventBusName), Targets: list }),
    );
    if (res.FailedEntryCount) throw new Error(`PutTargets failed: ${res.FailedEntries?.[0]?.ErrorMessage}`);
  }
  const ref = bus && bus !== 'default' ? `${bus}|${name}` : name;
  return { physicalId: ref, ref, attributes: { Arn: out.RuleArn } };
}

function ruleName(physicalId: string): string {
  return physicalId.includes('|') ? physicalId.slice(physicalId.indexOf('|') + 1) : physicalId;
}

export const eventsRule: ResourceHandler = {
  nameProperty: 'Name',
  replaceOn: ['Name', 'EventBusName'],
  async create(ctx, props) {
    const name = str(props.Name) ?? ctx.physicalName({ maxLength: 64 });
    const read = new DescribeRuleCommand({ Name: name, EventBusName: str(props.EventBusName) });
    if (await exists(() => eventsClient(ctx).send(read))) throw alreadyExists('AWS::Events::Rule', name);
    return put(ctx, name, props);
  },
  async update(ctx, current, props) {
    const name = ruleName(current.physicalId);
    const keep = new Set(targets(props).map((t) => t.Id));
    const dropped = targets(current.properties)
      .map((t) => t.Id!)
      .filter((id) => !keep.has(id));
    if (dropped.length > 0) {
      await eventsClient(ctx).send(
        new RemoveTargetsCommand({ Rule: name, EventBusName: str(props.EventBusName), Ids: dropped }),
      );
    }
    return put(ctx, name, props);
  },
  async delete(ctx, current) {
    const events = eventsClient(ctx);
    const name = ruleName(current.physicalId);
    const bus = str(current.properties.EventBusName);
    const ids = targets(current.properties).map((t) => t.Id!);
    if (ids.length > 0)
      await gone(() => events.send(new RemoveTargetsCommand({ Rule: name, EventBusName: bus, Ids: ids })));
    await gone(() => events.send(new DeleteRuleCommand({ Name: name, EventBusName: bus })));
  },
};
