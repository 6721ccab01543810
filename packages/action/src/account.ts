// The AWS account the run acts in, asked of STS, so it can be masked before anything prints it.
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';

export async function callerAccount(region: string, endpoint?: string): Promise<string | undefined> {
  const sts = new STSClient({ region, ...(endpoint ? { endpoint } : {}) });
  try {
    return (await sts.send(new GetCallerIdentityCommand({}))).Account;
  } finally {
    sts.destroy();
  }
}
