// The ingest function: checks a reading and announces it on the accepted topic; a bad reading throws.
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { parseReading } from './reading';

const sns = new SNSClient({});

export const handler = async (event: unknown): Promise<{ sensorId: string; messageId: string }> => {
  const reading = parseReading(event);
  const { MessageId } = await sns.send(
    new PublishCommand({
      TopicArn: process.env.ACCEPTED_TOPIC,
      Message: JSON.stringify(reading),
      MessageAttributes: { sensorId: { DataType: 'String', StringValue: reading.sensorId } },
    }),
  );
  return { sensorId: reading.sensorId, messageId: MessageId ?? '' };
};
