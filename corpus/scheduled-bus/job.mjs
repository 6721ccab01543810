// The nightly job: counts the day's report, announces it on the team's bus, and returns the count (the
// success record, sent to the same bus by Lambda, carries it too).
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';

const events = new EventBridgeClient({});

export const handler = async (event) => {
  const day = event.day ?? new Date().toISOString().slice(0, 10);
  const rows = event.rows ?? 0;
  const out = await events.send(
    new PutEventsCommand({
      Entries: [
        {
          EventBusName: process.env.BUS_NAME,
          Source: 'corpus.reports',
          DetailType: 'Report Ready',
          Detail: JSON.stringify({ day, rows }),
        },
      ],
    }),
  );
  if (out.FailedEntryCount) throw new Error(`the report event was refused: ${out.Entries[0].ErrorCode}`);
  return { day, rows, announced: out.Entries.length };
};
