// The names a stage produces are held to AWS's lengths before deploying: the framework's IAM role (64),
// each function (64) and each queue the resources name (80), read from serverless.yml.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { checkNameLengths } from '../src/spec/nameLengths.js';
import { readServerless } from '../src/spec/serverless.js';

const dir = mkdtempSync(path.join(tmpdir(), 'names-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function namesFor(yml: string, stage: string) {
  writeFileSync(path.join(dir, 'serverless.yml'), yml);
  const service = await readServerless(dir, { stage });
  return () => checkNameLengths(service!.names, service!.stage);
}

const BASE = `service: svc
provider:
  name: aws
  iam:
    role: { name: 'custom-role' }
functions:
  hello: { handler: index.handler }
`;

describe('name lengths', () => {
  it('passes the longest stage that fits and refuses one character more', async () => {
    // With a named role the function name is the longest: svc-<stage>-hello, 10 characters and the stage.
    await expect(namesFor(BASE, 'a'.repeat(54))).resolves.toBeDefined();
    expect(await namesFor(BASE, 'a'.repeat(54))).not.toThrow();
    expect(await namesFor(BASE, 'a'.repeat(55))).toThrow(
      `stage '${'a'.repeat(55)}' (55 characters) is too long for the names it produces: the function name 'svc-${'a'.repeat(55)}-hello' would be 65 characters, and AWS allows 64; use a stage of at most 54 characters`,
    );
  });

  it('holds queue names to 80', async () => {
    const yml = `${BASE}resources:
  Resources:
    Q:
      Type: AWS::SQS::Queue
      Properties: { QueueName: '\${self:service}-\${sls:stage}-a-rather-long-destination-queue-name.fifo' }
`;
    expect(await namesFor(yml, 'pr1')).not.toThrow();
    expect(await namesFor(yml, 'x'.repeat(40))).toThrow(
      /the queue name '.*\.fifo' would be 86 characters, and AWS allows 80; use a stage of at most 34 characters/,
    );
  });

  it('names a name without the stage in it as serverless.yml spells it', async () => {
    const yml = BASE.replace("name: 'custom-role'", `name: '${'r'.repeat(70)}'`);
    expect(await namesFor(yml, 'dev')).toThrow(
      `the IAM role name '${'r'.repeat(70)}' would be 70 characters, and AWS allows 64: shorten it in serverless.yml`,
    );
  });
});
