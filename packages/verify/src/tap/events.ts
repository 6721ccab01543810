// EventBridge tap: a temporary rule on the bus matching Lambda's records of this function, targeting a
// temporary queue; each message is the event, whose `detail` is the record.
import { PutRuleCommand, PutTargetsCommand } from '@aws-sdk/client-eventbridge';
import { parseArn, resourceName } from '../arn.js';
import type { Clients } from '../clients.js';
import { type RunState, recordCreated } from '../state.js';
import type { InvocationRecord } from '../types.js';
import { readQueue } from './sqs.js';
import { allowSend, createTempQueue, tapName } from './tempQueue.js';
import type { Tap } from './types.js';

const TARGET_ID = 'destinations-tap';

export async function openBusTap(
  clients: Clients,
  state: RunState,
  busArn: string,
  functions: { functionArn: string; qualifier: string }[],
): Promise<Tap> {
  const name = tapName();
  const eventBusName = parseArn(busArn) ? resourceName(busArn) : busArn;
  const queue = await createTempQueue(clients, state, name);
  const resources = functions.flatMap((f) => [`${f.functionArn}:${f.qualifier}`, f.functionArn]);
  const rule = await clients.events.send(
    new PutRuleCommand({
      Name: name,
      EventBusName: eventBusName,
      EventPattern: JSON.stringify({ source: ['lambda'], resources }),
      State: 'ENABLED',
      Description: 'Temporary: reads Lambda destination records for destinations verify',
    }),
  );
  recordCreated(state, { type: 'eventsRule', eventBusName, ruleName: name, targetIds: [TARGET_ID] });
  await allowSend(clients, queue, 'events.amazonaws.com', rule.RuleArn!);
  await clients.events.send(
    new PutTargetsCommand({
      Rule: name,
      EventBusName: eventBusName,
      Targets: [{ Id: TARGET_ID, Arn: queue.queueArn }],
    }),
  );
  return {
    destinationArn: busArn,
    type: 'events',
    via: "a temporary rule on the bus for this run's functions, into a temporary queue, removed after",
    run: (ctx) => readQueue(clients, queue.queueUrl, busArn, ctx, { shared: false, unwrap: detailOf }),
  };
}

function detailOf(body: string | undefined): InvocationRecord | undefined {
  try {
    const event = JSON.parse(body ?? '') as { detail?: InvocationRecord };
    return event.detail && typeof event.detail === 'object' && event.detail.requestContext
      ? event.detail
      : undefined;
  } catch {
    return undefined;
  }
}
