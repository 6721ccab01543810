// DynamoDB, SSM and Secrets Manager from Python's boto3 over the real port, as a Python handler calls them
// (AWS_ENDPOINT_URL pointing at the local cloud). Skipped, saying so, where python3 has no boto3.
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { useCloud } from './fixtures/cloud.js';

const run = promisify(execFile);
const scripts = join(import.meta.dirname, 'fixtures', 'boto3');
const cloud = useCloud();
let boto3 = false;

beforeAll(async () => {
  boto3 = await run('python3', ['-c', 'import boto3'], { timeout: 30_000 }).then(
    () => true,
    () => false,
  );
  if (!boto3) console.log('python3 with boto3 is not installed here; skipping the boto3 tests.');
});

async function script(name: string): Promise<Record<string, unknown> | undefined> {
  if (!boto3) return undefined;
  const nowhere = join(tmpdir(), 'local-cloud-no-aws-config');
  const { stdout } = await run('python3', [join(scripts, name)], {
    timeout: 120_000,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? tmpdir(),
      AWS_ENDPOINT_URL: cloud.url,
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_CONFIG_FILE: nowhere,
      AWS_SHARED_CREDENTIALS_FILE: nowhere,
    },
  });
  return JSON.parse(stdout) as Record<string, unknown>;
}

describe('boto3', () => {
  it('drives DynamoDB through the client and the Table resource, transactions included', async () => {
    const out = await script('dynamodb.py');
    if (!out) return;
    expect(out).toEqual({
      get: { total: 10, blob: '00ff' },
      updated: 15,
      batch_get: [2, 3],
      query: [4, 5],
      scan: 1,
      tx_applied: true,
      tx_cancelled: {
        code: 'TransactionCanceledException',
        message:
          'Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]',
        reasons: ['None', 'ConditionalCheckFailed'],
      },
      tx_undone: true,
      conditional: 'ConditionalCheckFailedException',
      deleted: true,
    });
  });

  it('drives SSM Parameter Store, SecureString and paging included', async () => {
    const out = await script('ssm.py');
    if (!out) return;
    expect(out).toEqual({
      version: 2,
      decrypted: 's3cret',
      arn: 'arn:aws:ssm:us-east-1:000000000000:parameter/py/secret',
      modified_is_datetime: 'datetime',
      hidden_differs: true,
      many: ['https://two.test'],
      invalid: ['/py/none'],
      by_path: ['/py/list', '/py/secret', '/py/url'],
      missing: 'ParameterNotFound',
      exists:
        'An error occurred (ParameterAlreadyExists) when calling the PutParameter operation: The parameter already exists. To overwrite this value, set the overwrite option in the request to true.',
      after_delete: ['/py/secret', '/py/url'],
    });
  });

  it('drives Secrets Manager, staging labels and deletion included', async () => {
    const out = await script('secretsmanager.py');
    if (!out) return;
    expect(out.arn).toMatch(
      /^arn:aws:secretsmanager:us-east-1:000000000000:secret:py\/creds-[A-Za-z0-9]{6}$/,
    );
    expect(out).toMatchObject({
      by_name: { user: 'u', password: 'p' },
      by_arn: true,
      current: 'rotated',
      previous: '{"user": "u", "password": "p"}',
      stages: ['AWSCURRENT', 'AWSPREVIOUS'],
      missing: "Secrets Manager can't find the specified secret.",
      scheduled: [
        'InvalidRequestException',
        "You can't perform this operation on the secret because it was marked for deletion.",
      ],
      listed: [],
    });
  });
});
