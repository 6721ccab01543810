// The custom resource's provider: writes the settings parameter on Create and Update, deletes it on
// Delete, and answers CloudFormation at the presigned ResponseURL, as cfn-response does.
import { DeleteParameterCommand, PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';

const ssm = new SSMClient({});

async function answer(event, status, reason, data) {
  const body = JSON.stringify({
    Status: status,
    Reason: reason,
    PhysicalResourceId: event.ResourceProperties.Name,
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId,
    Data: data,
  });
  const res = await fetch(event.ResponseURL, { method: 'PUT', headers: { 'content-type': '' }, body });
  if (!res.ok) throw new Error(`CloudFormation refused the answer: ${res.status}`);
}

export const handler = async (event) => {
  const { Name, Channels } = event.ResourceProperties;
  try {
    if (event.RequestType === 'Delete') {
      await ssm.send(new DeleteParameterCommand({ Name })).catch((err) => {
        if (err.name !== 'ParameterNotFound') throw err;
      });
      return await answer(event, 'SUCCESS', 'deleted', {});
    }
    const { Version } = await ssm.send(
      new PutParameterCommand({
        Name,
        Type: 'String',
        Overwrite: true,
        Value: JSON.stringify({ channels: Channels }),
      }),
    );
    await answer(event, 'SUCCESS', 'seeded', { Version: String(Version) });
  } catch (err) {
    await answer(event, 'FAILED', err.message, {});
  }
};
