// Input validation: good inputs become typed options, bad ones fail fast naming the input.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import * as core from '../__fixtures__/core.js';

jest.unstable_mockModule('@actions/core', () => core);
const { readInputs, InputError } = await import('../src/inputs.js');

const workspace = mkdtempSync(path.join(os.tmpdir(), 'action-inputs-'));
mkdirSync(path.join(workspace, 'svc'));
writeFileSync(path.join(workspace, 'svc', 'destinations.yml'), 'function: hello\ncases: []\n');
writeFileSync(path.join(workspace, 'svc', 'other.yml'), 'function: hello\ncases: []\n');
const outside = mkdtempSync(path.join(os.tmpdir(), 'action-outside-'));
writeFileSync(path.join(outside, 'destinations.yml'), 'function: hello\ncases: []\n');
symlinkSync(path.join(outside, 'destinations.yml'), path.join(workspace, 'svc', 'linked.yml'));
afterAll(() => {
  rmSync(workspace, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

function inputsWith(values: Record<string, string>) {
  core.setInputs({ 'working-directory': 'svc', ...values });
  return readInputs(workspace);
}

function errorOf(values: Record<string, string>): string {
  try {
    inputsWith(values);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('readInputs', () => {
  beforeEach(() => {
    core.resetCore();
    delete process.env.AWS_REGION;
    delete process.env.AWS_DEFAULT_REGION;
    delete process.env.AWS_ENDPOINT_URL;
  });

  it('applies the documented defaults', () => {
    const inputs = inputsWith({});
    expect(inputs).toEqual({
      workingDirectory: path.join(workspace, 'svc'),
      spec: path.join(workspace, 'svc', 'destinations.yml'),
      stage: undefined,
      region: 'us-east-1',
      cloud: 'aws',
      endpointUrl: undefined,
      deploy: true,
      remove: false,
      serverlessCommand: undefined,
      timeoutSeconds: undefined,
      failOnDuplicates: false,
      strict: false,
      maskAwsAccountId: false,
      githubToken: undefined,
      commentKey: 'svc',
      dryRun: false,
      needs: [],
    });
  });

  it('reads every input it is given', () => {
    const inputs = inputsWith({
      spec: 'other.yml',
      stage: 'pr12',
      region: 'eu-west-1',
      cloud: 'local',
      'endpoint-url': 'http://127.0.0.1:4566',
      deploy: 'false',
      remove: 'True',
      'serverless-command': 'npx serverless',
      timeout: '300',
      'fail-on-duplicates': 'TRUE',
      strict: 'true',
      'mask-aws-account-id': 'true',
      'github-token': 'ghs_x',
      'comment-key': 'orders@eu',
      'dry-run': 'true',
    });
    expect(inputs).toMatchObject({
      spec: path.join(workspace, 'svc', 'other.yml'),
      stage: 'pr12',
      region: 'eu-west-1',
      cloud: 'local',
      endpointUrl: 'http://127.0.0.1:4566',
      deploy: false,
      remove: true,
      serverlessCommand: 'npx serverless',
      timeoutSeconds: 300,
      failOnDuplicates: true,
      strict: true,
      maskAwsAccountId: true,
      githubToken: 'ghs_x',
      commentKey: 'orders@eu',
      dryRun: true,
    });
  });

  it('keys the pull-request comment by the working directory as the repository names it', () => {
    mkdirSync(path.join(workspace, 'apps', 'orders'), { recursive: true });
    writeFileSync(path.join(workspace, 'apps', 'orders', 'destinations.yml'), 'function: f\n');
    expect(inputsWith({ 'working-directory': 'apps/orders/' }).commentKey).toBe('apps/orders');
    expect(inputsWith({ 'working-directory': '.', spec: 'svc/destinations.yml' }).commentKey).toBe('.');
  });

  it('takes the region from the environment when the input is empty', () => {
    process.env.AWS_DEFAULT_REGION = 'ap-southeast-2';
    expect(inputsWith({}).region).toBe('ap-southeast-2');
    process.env.AWS_REGION = 'eu-central-1';
    expect(inputsWith({}).region).toBe('eu-central-1');
  });

  it.each([
    [{ cloud: 'gcp' }, "Input 'cloud' must be 'aws' or 'local'; got 'gcp'"],
    [{ deploy: 'yes' }, "Input 'deploy' must be 'true' or 'false'; got 'yes'"],
    [{ remove: '1' }, "Input 'remove' must be 'true' or 'false'; got '1'"],
    [{ 'fail-on-duplicates': 'no' }, "Input 'fail-on-duplicates' must be 'true' or 'false'; got 'no'"],
    [{ strict: 'yes' }, "Input 'strict' must be 'true' or 'false'; got 'yes'"],
    [{ timeout: '0' }, "Input 'timeout' must be a whole number of seconds above 0; got '0'"],
    [{ timeout: '2m' }, "Input 'timeout' must be a whole number of seconds above 0; got '2m'"],
    [{ region: 'Europe' }, "Input 'region' must be an AWS region such as 'us-east-1'; got 'Europe'"],
    [
      { 'endpoint-url': 'localhost:4566' },
      "Input 'endpoint-url' must be an http(s) URL; got 'localhost:4566'",
    ],
    [{ stage: 'my_stage' }, "Input 'stage' must be 1 to 63 letters, digits or hyphens"],
    [{ spec: 'missing.yml' }, "Input 'spec' must name the verification spec; no file at svc/missing.yml"],
    [
      { 'working-directory': 'nope' },
      "Input 'working-directory' must be a directory holding the service; nope",
    ],
    [{ spec: path.join(outside, 'destinations.yml') }, "Input 'spec' must name a file inside the repository"],
    [{ spec: 'linked.yml' }, "Input 'spec' must name a file inside the repository"],
    [
      { 'serverless-command': 'no-such-serverless deploy' },
      "Input 'serverless-command' must start a program: 'no-such-serverless deploy' is not a file that can run nor a command on the PATH",
    ],
    [
      { 'serverless-command': './node_modules/.bin/missing' },
      "Input 'serverless-command' must start a program",
    ],
    [
      { cloud: 'local', deploy: 'false' },
      "Input 'deploy' may be false with cloud 'local' only when 'endpoint-url'",
    ],
    [
      { 'comment-key': 'a--b' },
      "Input 'comment-key' must be 1 to 100 letters, digits or . _ / @ : + -, without '--'; got 'a--b'",
    ],
    [{ 'comment-key': 'a b' }, "Input 'comment-key' must be"],
    [
      { needs: 'svc apps/nowhere' },
      "Input 'needs' must name the folders of services to deploy first; apps/nowhere is not one",
    ],
    [{ 'dry-run': 'maybe' }, "Input 'dry-run' must be 'true' or 'false'; got 'maybe'"],
    [
      { cloud: 'local', 'dry-run': 'true' },
      "Input 'dry-run' checks a stage deployed already: with cloud 'local' it needs 'endpoint-url'",
    ],
  ])('refuses %j', (values, message) => {
    expect(errorOf(values)).toContain(message);
  });

  it('takes the services to deploy first as the matrix joins them, or one a line', () => {
    mkdirSync(path.join(workspace, 'infra'), { recursive: true });
    const want = [path.join(workspace, 'infra'), path.join(workspace, 'svc')];
    expect(inputsWith({ needs: 'infra svc' }).needs).toEqual(want);
    expect(inputsWith({ needs: 'infra,\nsvc\n' }).needs).toEqual(want);
  });

  it('lets a stage deployed in a running local cloud be verified without deploying', () => {
    const inputs = inputsWith({ cloud: 'local', deploy: 'false', 'endpoint-url': 'http://127.0.0.1:4566' });
    expect(inputs.deploy).toBe(false);
  });
});
