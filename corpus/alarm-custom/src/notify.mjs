// Sends a notification on the channels the settings (seeded by the custom resource) allow.
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';

const ssm = new SSMClient({});

export const handler = async (event) => {
  const { Parameter } = await ssm.send(new GetParameterCommand({ Name: process.env.SETTINGS_NAME }));
  const { channels } = JSON.parse(Parameter.Value);
  if (!channels.includes(event.channel))
    throw new Error(`channel ${event.channel} is not enabled; enabled: ${channels.join(', ')}`);
  return { channel: event.channel, to: event.to, sent: true };
};
