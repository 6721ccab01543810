import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { functionNameFor } from '../src/resolve.js';
import { readServerless } from '../src/spec/serverless.js';

function service(yml: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sls-'));
  writeFileSync(path.join(dir, 'serverless.yml'), yml);
  return dir;
}

const YML = `service: hello
provider:
  name: aws
  stage: \${opt:stage, 'dev'}
  region: eu-west-1
params:
  default: { suffix: base }
  prod: { suffix: live }
functions:
  helloStarting:
    handler: handler.starting
    destinations:
      onSuccess: !Sub arn:aws:sqs:\${AWS::Region}:\${AWS::AccountId}:ok
  named:
    handler: handler.named
    name: \${self:service}-\${sls:stage}-custom
  withParam:
    handler: handler.p
    name: fn-\${param:suffix}
`;

describe('function names from serverless.yml', () => {
  it('resolves a logical name to <service>-<stage>-<fn>', async () => {
    const s = await readServerless(service(YML), { stage: 'ci' });
    expect(s?.functions.helloStarting).toBe('hello-ci-helloStarting');
    expect(functionNameFor('helloStarting', s)).toBe('hello-ci-helloStarting');
  });

  it('uses the provider stage fallback when no stage is given', async () => {
    const s = await readServerless(service(YML));
    expect(s?.stage).toBe('dev');
    expect(s?.functions.helloStarting).toBe('hello-dev-helloStarting');
  });

  it('resolves self:service and sls:stage variables in a function name', async () => {
    const s = await readServerless(service(YML), { stage: 'qa' });
    expect(s?.functions.named).toBe('hello-qa-custom');
  });

  it('resolves stage parameters, overridden by --param', async () => {
    expect((await readServerless(service(YML), { stage: 'prod' }))?.functions.withParam).toBe('fn-live');
    expect((await readServerless(service(YML), { stage: 'qa' }))?.functions.withParam).toBe('fn-base');
    expect(
      (await readServerless(service(YML), { stage: 'prod', params: { suffix: 'x' } }))?.functions.withParam,
    ).toBe('fn-x');
  });

  it('reads the region, letting the option win', async () => {
    expect((await readServerless(service(YML)))?.region).toBe('eu-west-1');
    expect((await readServerless(service(YML), { region: 'us-east-2' }))?.region).toBe('us-east-2');
  });

  it('keeps full names and ARNs as they are', async () => {
    const s = await readServerless(service(YML), { stage: 'ci' });
    expect(functionNameFor('other-fn', s)).toBe('other-fn');
    const arn = 'arn:aws:lambda:us-east-1:123456789012:function:x';
    expect(functionNameFor(arn, s)).toBe(arn);
  });
});
