// Secrets Manager through @aws-sdk/client-secrets-manager over the real port: ARNs with AWS's suffix,
// versions and staging labels, scheduled and forced deletion, listing, and AWS's errors.
import {
  CreateSecretCommand,
  DeleteSecretCommand,
  DescribeSecretCommand,
  GetRandomPasswordCommand,
  GetSecretValueCommand,
  ListSecretsCommand,
  PutSecretValueCommand,
  RestoreSecretCommand,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { describe, expect, it } from '@jest/globals';
import type { LazyFace } from '../src/protocol/codecs/lazy.js';
import { clientConfig, useCloud } from './fixtures/cloud.js';

let sm: SecretsManagerClient;
const cloud = useCloud({}, (up) => {
  sm = new SecretsManagerClient(clientConfig(up.url));
  return [sm];
});

describe('secrets', () => {
  it('creates a secret whose ARN ends in six random characters, loading the model then', async () => {
    const face = cloud.cloud.services.get('secretsmanager')?.faces?.[0] as LazyFace;
    expect(face.loaded).toBe(false);
    const out = await sm.send(new CreateSecretCommand({ Name: 'app/db', SecretString: '{"user":"admin"}' }));
    expect(face.loaded).toBe(true);
    expect(out.ARN).toMatch(/^arn:aws:secretsmanager:us-east-1:000000000000:secret:app\/db-[A-Za-z0-9]{6}$/);
    expect(out.Name).toBe('app/db');
    expect(out.VersionId).toBeDefined();
    for (const id of ['app/db', out.ARN, out.ARN?.slice(0, -7)]) {
      const v = await sm.send(new GetSecretValueCommand({ SecretId: id }));
      expect(v).toMatchObject({
        SecretString: '{"user":"admin"}',
        VersionStages: ['AWSCURRENT'],
        ARN: out.ARN,
      });
    }
  });

  it('moves AWSCURRENT to a new version and AWSPREVIOUS to the one before', async () => {
    const first = await sm.send(new GetSecretValueCommand({ SecretId: 'app/db' }));
    const put = await sm.send(new PutSecretValueCommand({ SecretId: 'app/db', SecretString: 'v2' }));
    expect(put.VersionStages).toEqual(['AWSCURRENT']);
    expect((await sm.send(new GetSecretValueCommand({ SecretId: 'app/db' }))).SecretString).toBe('v2');
    const previous = await sm.send(
      new GetSecretValueCommand({ SecretId: 'app/db', VersionStage: 'AWSPREVIOUS' }),
    );
    expect(previous.SecretString).toBe('{"user":"admin"}');
    await sm.send(new PutSecretValueCommand({ SecretId: 'app/db', SecretString: 'v3' }));
    const described = await sm.send(new DescribeSecretCommand({ SecretId: 'app/db' }));
    expect(described.VersionIdsToStages?.[String(put.VersionId)]).toEqual(['AWSPREVIOUS']);
    // The first version lost its last label.
    expect(described.VersionIdsToStages?.[String(first.VersionId)]).toBeUndefined();
    const byId = await sm.send(new GetSecretValueCommand({ SecretId: 'app/db', VersionId: first.VersionId }));
    expect(byId.SecretString).toBe('{"user":"admin"}');
  });

  it('keeps a binary secret as bytes', async () => {
    await sm.send(new CreateSecretCommand({ Name: 'blob', SecretBinary: Buffer.from([0, 1, 2, 255]) }));
    const v = await sm.send(new GetSecretValueCommand({ SecretId: 'blob' }));
    expect(Buffer.from(v.SecretBinary ?? []).equals(Buffer.from([0, 1, 2, 255]))).toBe(true);
    expect(v.SecretString).toBeUndefined();
  });

  it("answers AWS's errors for a missing or existing secret", async () => {
    await expect(sm.send(new GetSecretValueCommand({ SecretId: 'nope' }))).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
      message: "Secrets Manager can't find the specified secret.",
    });
    await expect(
      sm.send(new CreateSecretCommand({ Name: 'app/db', SecretString: 'x' })),
    ).rejects.toMatchObject({
      name: 'ResourceExistsException',
      message: 'The operation failed because the secret app/db already exists.',
    });
    await sm.send(new CreateSecretCommand({ Name: 'empty' }));
    await expect(sm.send(new GetSecretValueCommand({ SecretId: 'empty' }))).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
      message: "Secrets Manager can't find the specified secret value for staging label: AWSCURRENT",
    });
  });

  it('schedules a deletion that refuses reads until restored, or deletes at once when forced', async () => {
    await sm.send(new CreateSecretCommand({ Name: 'temp', SecretString: 't' }));
    const del = await sm.send(new DeleteSecretCommand({ SecretId: 'temp', RecoveryWindowInDays: 7 }));
    const days = ((del.DeletionDate?.getTime() ?? 0) - Date.now()) / 86_400_000;
    expect(Math.round(days)).toBe(7);
    await expect(sm.send(new GetSecretValueCommand({ SecretId: 'temp' }))).rejects.toMatchObject({
      name: 'InvalidRequestException',
      message: "You can't perform this operation on the secret because it was marked for deletion.",
    });
    await expect(sm.send(new CreateSecretCommand({ Name: 'temp', SecretString: 'x' }))).rejects.toMatchObject(
      {
        name: 'InvalidRequestException',
        message:
          "You can't create this secret because a secret with this name is already scheduled for deletion.",
      },
    );
    expect((await sm.send(new DescribeSecretCommand({ SecretId: 'temp' }))).DeletedDate).toBeInstanceOf(Date);
    await sm.send(new RestoreSecretCommand({ SecretId: 'temp' }));
    expect((await sm.send(new GetSecretValueCommand({ SecretId: 'temp' }))).SecretString).toBe('t');
    await expect(
      sm.send(new DeleteSecretCommand({ SecretId: 'temp', RecoveryWindowInDays: 3 })),
    ).rejects.toMatchObject({ name: 'InvalidParameterException' });
    await expect(
      sm.send(
        new DeleteSecretCommand({
          SecretId: 'temp',
          RecoveryWindowInDays: 7,
          ForceDeleteWithoutRecovery: true,
        }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidParameterException' });
    await sm.send(new DeleteSecretCommand({ SecretId: 'temp', ForceDeleteWithoutRecovery: true }));
    await expect(sm.send(new DescribeSecretCommand({ SecretId: 'temp' }))).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
    });
    await sm.send(new CreateSecretCommand({ Name: 'temp', SecretString: 'again' }));
  });

  it('lists secrets, leaving out the ones scheduled for deletion unless asked', async () => {
    await sm.send(new CreateSecretCommand({ Name: 'listed/gone', SecretString: 'g' }));
    await sm.send(new DeleteSecretCommand({ SecretId: 'listed/gone' }));
    const names = async (include: boolean) =>
      (
        await sm.send(
          new ListSecretsCommand({
            IncludePlannedDeletion: include,
            Filters: [{ Key: 'name', Values: ['listed/'] }],
          }),
        )
      ).SecretList?.map((s) => s.Name);
    expect(await names(false)).toEqual([]);
    expect(await names(true)).toEqual(['listed/gone']);
    const all = await sm.send(new ListSecretsCommand({ MaxResults: 2 }));
    expect(all.SecretList).toHaveLength(2);
    expect(all.NextToken).toBeDefined();
  });

  it('makes random passwords from the classes asked for', async () => {
    const { RandomPassword: p } = await sm.send(
      new GetRandomPasswordCommand({ PasswordLength: 40, ExcludePunctuation: true }),
    );
    expect(p).toMatch(/^[A-Za-z0-9]{40}$/);
    expect(p).toMatch(/[a-z]/);
    expect(p).toMatch(/[A-Z]/);
    expect(p).toMatch(/[0-9]/);
  });
});
