// Who the caller is in the local cloud: the account's root, the same for every credential.
export function callerArn(accountId: string): string {
  return `arn:aws:iam::${accountId}:root`;
}

/** Dummy temporary credentials, shaped as AWS's (`ASIA` key id, 40-character secret). */
export function temporaryCredentials(seconds: number): {
  AccessKeyId: string;
  SecretAccessKey: string;
  SessionToken: string;
  Expiration: Date;
} {
  const hex = () => Math.random().toString(16).slice(2, 10).toUpperCase();
  return {
    AccessKeyId: `ASIA${hex()}${hex()}`.slice(0, 20),
    SecretAccessKey: 'test'.padEnd(40, 'x'),
    SessionToken: `FQoGZXIvYXdzE${Buffer.from(hex() + hex()).toString('base64')}`,
    Expiration: new Date(Date.now() + seconds * 1000),
  };
}
