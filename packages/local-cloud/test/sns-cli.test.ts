// SNS through the AWS CLI (v1 and v2 when installed), as users drive it with --endpoint-url.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type RunningCloud, startLocalCloud } from '../src/index.js';

const run = promisify(execFile);

/** Every `aws` binary in the PATH's folders (not just the first), by major version. */
async function findClis(): Promise<Map<string, string>> {
  const candidates = new Set<string>();
  for (const dir of (process.env.PATH ?? '').split(delimiter)) if (dir) candidates.add(join(dir, 'aws'));
  const found = new Map<string, string>();
  for (const bin of candidates) {
    if (!existsSync(bin)) continue;
    try {
      const { stdout, stderr } = await run(bin, ['--version'], { timeout: 30_000 });
      const major = /aws-cli\/(\d+)\./.exec(stdout + stderr)?.[1];
      if (major && !found.has(major)) found.set(major, bin);
    } catch {
      // not a working CLI
    }
  }
  return found;
}

let cloud: RunningCloud;
let clis: Map<string, string>;
beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0, logLevel: 'quiet' });
  clis = await findClis();
});
afterAll(() => cloud.stop());

function cli(bin: string, args: string[]): Promise<unknown> {
  const nowhere = join(tmpdir(), 'local-cloud-no-aws-config');
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmpdir(),
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_CONFIG_FILE: nowhere,
    AWS_SHARED_CREDENTIALS_FILE: nowhere,
    AWS_PAGER: '',
  };
  return run(bin, [...args, '--endpoint-url', cloud.url, '--output', 'json'], { env, timeout: 60_000 }).then(
    ({ stdout }) => (stdout.trim() ? JSON.parse(stdout) : {}),
  );
}

describe.each(['1', '2'])('the AWS CLI v%s', (major) => {
  it('creates a topic, publishes to it and lists it', async () => {
    const bin = clis.get(major);
    if (!bin) {
      console.log(`AWS CLI v${major} is not installed here; skipping its SNS test.`);
      return;
    }
    const name = `cli-v${major}`;
    const created = (await cli(bin, ['sns', 'create-topic', '--name', name])) as { TopicArn: string };
    expect(created.TopicArn).toBe(`arn:aws:sns:us-east-1:000000000000:${name}`);
    const published = (await cli(bin, [
      'sns',
      'publish',
      '--topic-arn',
      created.TopicArn,
      '--message',
      'hello from the CLI',
      '--message-attributes',
      '{"kind":{"DataType":"String","StringValue":"cli"}}',
    ])) as { MessageId: string };
    expect(published.MessageId).toMatch(/^[0-9a-f-]{36}$/);
    const listed = (await cli(bin, ['sns', 'list-topics'])) as { Topics: { TopicArn: string }[] };
    expect(listed.Topics.map((t) => t.TopicArn)).toContain(created.TopicArn);
  });

  it('reports NotFound for a missing topic with a failing exit', async () => {
    const bin = clis.get(major);
    if (!bin) {
      console.log(`AWS CLI v${major} is not installed here; skipping its SNS error test.`);
      return;
    }
    await expect(
      cli(bin, ['sns', 'get-topic-attributes', '--topic-arn', 'arn:aws:sns:us-east-1:000000000000:missing']),
    ).rejects.toMatchObject({ stderr: expect.stringContaining('NotFound') });
  });

  it('prints the words AWS uses for a TopicArn that is not an ARN', async () => {
    const bin = clis.get(major);
    if (!bin) {
      console.log(`AWS CLI v${major} is not installed here; skipping its SNS ARN test.`);
      return;
    }
    await expect(
      cli(bin, ['sns', 'get-topic-attributes', '--topic-arn', 'test-topic']),
    ).rejects.toMatchObject({
      stderr: expect.stringContaining(
        '(InvalidParameter) when calling the GetTopicAttributes operation: Invalid parameter: TopicArn Reason: An ARN must have at least 6 elements, not 1',
      ),
    });
  });
});
