// The main step as a spec of inputs to outputs: the verifier is mocked, @actions/core and github too.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { DoctorOptions, Problem, Report, VerifyOptions } from '@destinations-action/verify';
import { afterAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import * as core from '../__fixtures__/core.js';
import * as github from '../__fixtures__/github.js';
import { report } from '../__fixtures__/report.js';

const { SpecError } = await import('../../verify/src/errors.js');
const { isStageName, STAGE_RULE } = await import('../../deploy/src/stageName.js');
const e2e = jest.fn<(options: VerifyOptions) => Promise<Report>>();
const doctor = jest.fn<(options: DoctorOptions) => Promise<Problem[]>>();
const verifyModule = {
  e2e,
  doctor,
  SpecError,
  isStageName,
  STAGE_RULE,
  renderMarkdown: (r: Report, o?: { service?: string }) =>
    `## destinations${o?.service ? ` of ${o.service}` : ''}: ${r.passed ? 'passed' : 'failed'}`,
  renderDoctorMarkdown: (problems: Problem[], o: { service?: string }) =>
    `## destinations of ${o.service}: dry run, ${problems.length} findings`,
  writeJsonReport: async (r: Report, file: string) => writeFileSync(file, JSON.stringify(r)),
};
jest.unstable_mockModule('@actions/core', () => core);
jest.unstable_mockModule('@actions/github', () => github);
jest.unstable_mockModule('@destinations-action/verify', () => verifyModule);
const { run } = await import('../src/main.js');

const workspace = mkdtempSync(path.join(os.tmpdir(), 'action-main-'));
const service = path.join(workspace, 'apps', 'svc');
mkdirSync(service, { recursive: true });
const SPEC = [
  'function: helloStarting',
  'cases:',
  '  - name: succeeds',
  '    payload: { "Success": true }',
  '    expect: { destination: onSuccess }',
  '  - name: fails',
  '    payload: { "Success": false }',
  '    expect: { destination: onFailure }',
  '',
].join('\n');
writeFileSync(path.join(service, 'destinations.yml'), SPEC);
const saved = { ...process.env };
afterAll(() => {
  process.env = saved;
  rmSync(workspace, { recursive: true, force: true });
});

function outputs(): Record<string, string> {
  return Object.fromEntries(core.setOutput.mock.calls.map(([k, v]) => [k, String(v)]));
}

describe('run', () => {
  beforeEach(() => {
    jest.clearAllMocks();
    core.resetCore();
    github.resetGithub();
    process.env = { ...saved, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: workspace };
    delete process.env.AWS_SECRET_ACCESS_KEY;
    core.setInputs({ 'working-directory': 'apps/svc', cloud: 'local' });
    e2e.mockImplementation(async (options) => {
      options.onProgress?.({ phase: 'deploy', message: 'deploying', elapsedMs: 0 });
      options.onProgress?.({ phase: 'fire', message: 'fired 4', elapsedMs: 100 });
      options.onProgress?.({ phase: 'collect', message: '4 of 4', received: 4, expected: 4, elapsedMs: 200 });
      return report();
    });
  });

  it('verifies the service and sets every output when all cases pass', async () => {
    await run();
    expect(core.setFailed).not.toHaveBeenCalled();
    const out = outputs();
    expect(out.passed).toBe('true');
    expect(out.stage).toBe('gh4242');
    expect(out['function-arn']).toBe(
      'arn:aws:lambda:us-east-1:123456789012:function:svc-gh4242-helloStarting',
    );
    expect(JSON.parse(out.summary)).toEqual([
      expect.objectContaining({ name: 'succeeds', passed: true, invocations: 2, received: 2, missing: 0 }),
      expect.objectContaining({ name: 'fails', passed: true, received: 2 }),
    ]);
    expect(JSON.parse(readFileSync(out.report, 'utf8')).version).toBe(1);
    expect(core.summaryText).toEqual(['## destinations of apps/svc: passed']);
    expect(core.summary.write).toHaveBeenCalled();
  });

  it('hands the verifier the service, the spec and the derived stage', async () => {
    await run();
    expect(e2e).toHaveBeenCalledTimes(1);
    const options = e2e.mock.calls[0][0];
    expect(options).toMatchObject({
      serviceDir: service,
      spec: path.join(service, 'destinations.yml'),
      stage: 'gh4242',
      cloud: 'local',
      deploy: true,
      remove: true,
      failOnDuplicates: false,
      strict: false,
      needs: [],
    });
    expect(options.stateFile).toMatch(/taps\.json$/);
  });

  it('shows each phase in its own collapsible group, and the report in the last', async () => {
    await run();
    expect(core.startGroup.mock.calls.map((c) => c[0])).toEqual(['deploy', 'fire', 'collect']);
    expect(core.endGroup).toHaveBeenCalledTimes(3);
    expect(core.group.mock.calls.map((c) => c[0])).toEqual(['report']);
  });

  it('names a pull request stage after the pull request', async () => {
    github.setEvent('pull_request', 31);
    await run();
    expect(outputs().stage).toBe('pr31');
    expect(e2e.mock.calls[0][0].stage).toBe('pr31');
  });

  it('fails the step and annotates the failed case on its spec line', async () => {
    e2e.mockResolvedValue(report(true));
    await run();
    expect(outputs().passed).toBe('false');
    expect(core.setFailed).toHaveBeenCalledWith("1 of 2 cases failed: 'fails'; see the job summary");
    expect(core.error).toHaveBeenCalledTimes(1);
    const [message, properties] = core.error.mock.calls[0];
    expect(properties).toEqual({
      title: "destinations: case 'fails' failed",
      file: 'apps/svc/destinations.yml',
      startLine: 6,
    });
    expect(message).toContain('0 of 2 invocations reached onFailure; 2 missing');
    expect(message).toContain('likely cause: the role lacks sqs:SendMessage');
    // Both invocations failed for the same reason: said once.
    expect(String(message).match(/likely cause/g)).toHaveLength(1);
    expect(core.summaryText).toEqual(['## destinations of apps/svc: failed']);
  });

  it('fails fast on a bad input, naming it, without calling the verifier', async () => {
    core.setInputs({ 'working-directory': 'apps/svc', cloud: 'gcp' });
    await run();
    expect(core.setFailed).toHaveBeenCalledWith("Input 'cloud' must be 'aws' or 'local'; got 'gcp'");
    expect(e2e).not.toHaveBeenCalled();
  });

  it('annotates each problem of a spec that does not load on its line', async () => {
    e2e.mockRejectedValue(
      new SpecError([
        {
          file: 'destinations.yml',
          line: 5,
          column: 18,
          field: 'cases[0].expect.destination',
          message: 'bad',
        },
      ]),
    );
    await run();
    expect(core.error).toHaveBeenCalledWith('cases[0].expect.destination: bad', {
      title: 'destinations: invalid spec',
      file: 'apps/svc/destinations.yml',
      startLine: 5,
      startColumn: 18,
    });
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringContaining('destinations.yml:5:18'));
  });

  it('fails the step with the message of an error the verifier throws', async () => {
    e2e.mockRejectedValue(new Error('serverless deploy exited with code 1'));
    await run();
    expect(core.setFailed).toHaveBeenCalledWith('serverless deploy exited with code 1');
    expect(outputs().passed).toBe('false');
  });

  it('closes the open log group when the verifier throws', async () => {
    e2e.mockImplementation(async (options) => {
      options.onProgress?.({ phase: 'deploy', message: 'deploying', elapsedMs: 0 });
      throw new Error("'serverless deploy' failed (exit 1)");
    });
    await run();
    expect(core.setFailed).toHaveBeenCalledWith("'serverless deploy' failed (exit 1)");
    expect(core.endGroup).toHaveBeenCalledTimes(1);
  });

  it('saves for the post step only where the verifier records the stage, and whether it must go', async () => {
    core.setInputs({ 'working-directory': 'apps/svc', cloud: 'aws', remove: 'true' });
    await run();
    expect(core.saveState.mock.calls.map((c) => c[0])).toEqual(['run']);
    const saved = JSON.parse(String(core.saveState.mock.calls[0][1]));
    expect(saved).toEqual({
      stage: 'gh4242',
      cloud: 'aws',
      remove: true,
      tapsFile: e2e.mock.calls[0][0].stateFile,
    });
  });

  it('warns, and leaves the stage to the post step, when the verifier could not remove it', async () => {
    core.setInputs({ 'working-directory': 'apps/svc', cloud: 'aws', remove: 'true' });
    e2e.mockResolvedValue({
      ...report(),
      deployment: { deployed: true, removed: false, removeError: "'serverless remove' failed (exit 1)" },
    });
    await run();
    expect(core.warning).toHaveBeenCalledWith(
      "Could not remove stage gh4242: 'serverless remove' failed (exit 1); the post step tries again",
    );
    expect(core.setFailed).not.toHaveBeenCalled();
  });

  it('masks credentials from the environment and, when asked, the account id', async () => {
    process.env.AWS_SECRET_ACCESS_KEY = 'very-secret-key';
    core.setInputs({ 'working-directory': 'apps/svc', cloud: 'local', 'mask-aws-account-id': 'true' });
    await run();
    const masked = core.setSecret.mock.calls.map((c) => c[0]);
    expect(masked).toEqual(['very-secret-key', '000000000000', '123456789012']);
  });

  it('on AWS, still masks the account from the function ARN when STS cannot be asked', async () => {
    const sts = mockClient(STSClient);
    sts.on(GetCallerIdentityCommand).rejects(new Error('Could not load credentials from any providers'));
    try {
      core.setInputs({ 'working-directory': 'apps/svc', cloud: 'aws', 'mask-aws-account-id': 'true' });
      await run();
    } finally {
      sts.restore();
    }
    expect(core.warning).toHaveBeenCalledWith(
      expect.stringContaining(
        'could not ask STS for the account (Could not load credentials from any providers)',
      ),
    );
    expect(core.setSecret.mock.calls).toEqual([['123456789012']]);
    expect(core.setFailed).not.toHaveBeenCalled();
  });

  it('keeps one comment on the pull request when given a token', async () => {
    github.setEvent('pull_request', 9);
    core.setInputs({ 'working-directory': 'apps/svc', cloud: 'local', 'github-token': 'ghs_token' });
    await run();
    await run();
    expect(github.getOctokit).toHaveBeenCalledWith('ghs_token');
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0].body).toBe(
      '<!-- destinations-action: apps/svc -->\n## destinations of apps/svc: passed',
    );
  });

  it('keeps a comment per service in a matrix, each headed by its service', async () => {
    const other = path.join(workspace, 'apps', 'other');
    mkdirSync(other, { recursive: true });
    writeFileSync(path.join(other, 'destinations.yml'), SPEC);
    github.setEvent('pull_request', 9);
    for (const dir of ['apps/svc', 'apps/other', 'apps/svc']) {
      core.setInputs({ 'working-directory': dir, cloud: 'local', 'github-token': 'ghs_token' });
      await run();
    }
    expect(github.comments.map((c) => c.body)).toEqual([
      '<!-- destinations-action: apps/svc -->\n## destinations of apps/svc: passed',
      '<!-- destinations-action: apps/other -->\n## destinations of apps/other: passed',
    ]);
    core.setInputs({
      'working-directory': 'apps/svc',
      cloud: 'local',
      'github-token': 't',
      'comment-key': 'eu',
    });
    await run();
    expect(github.comments.at(-1)?.body).toBe(
      '<!-- destinations-action: eu -->\n## destinations of eu: passed',
    );
  });

  it('does not comment without a token, nor outside a pull request', async () => {
    await run();
    core.setInputs({ 'working-directory': 'apps/svc', cloud: 'local', 'github-token': 'ghs_token' });
    await run();
    expect(github.getOctokit).not.toHaveBeenCalled();
  });

  it('warns, and keeps the result, when the comment cannot be written', async () => {
    github.setEvent('pull_request', 9);
    github.octokit.rest.issues.createComment.mockRejectedValueOnce(new Error('Resource not accessible'));
    core.setInputs({ 'working-directory': 'apps/svc', cloud: 'local', 'github-token': 'ghs_token' });
    await run();
    expect(core.warning).toHaveBeenCalledWith(
      'Could not comment on pull request #9: Resource not accessible',
    );
    expect(core.setFailed).not.toHaveBeenCalled();
  });

  describe('dry-run', () => {
    const ENDPOINT = 'http://127.0.0.1:4566';
    const findings: Problem[] = [
      { level: 'warning', check: 'destination', subject: 'q', message: 'queue q has a DLQ of its own' },
      { level: 'skipped', check: 'permission', subject: 'r', message: 'cannot simulate the role' },
    ];

    it('runs only the doctor on the deployed stage: nothing deployed, invoked or left for the post step', async () => {
      doctor.mockResolvedValue(findings);
      core.setInputs({
        'working-directory': 'apps/svc',
        cloud: 'local',
        'endpoint-url': ENDPOINT,
        'dry-run': 'true',
      });
      await run();
      expect(e2e).not.toHaveBeenCalled();
      expect(doctor).toHaveBeenCalledWith({
        serviceDir: service,
        spec: path.join(service, 'destinations.yml'),
        stage: 'gh4242',
        region: 'us-east-1',
        cloud: 'local',
        endpoint: ENDPOINT,
      });
      expect(core.saveState).not.toHaveBeenCalled();
      expect(core.setFailed).not.toHaveBeenCalled();
      const out = outputs();
      expect(out.passed).toBe('true');
      expect(out.stage).toBe('gh4242');
      expect(JSON.parse(out.problems)).toEqual(findings);
      expect(core.warning).toHaveBeenCalledWith('queue q has a DLQ of its own', {
        title: 'destinations: destination',
      });
      expect(core.summaryText).toEqual(['## destinations of apps/svc: dry run, 2 findings']);
    });

    it('publishes a finding that quotes a credential with *** in its place', async () => {
      process.env.AWS_SECRET_ACCESS_KEY = 'dry-run-secret';
      doctor.mockResolvedValue([
        { level: 'error', check: 'function', subject: 'f', message: 'refused: signed with dry-run-secret' },
      ]);
      core.setInputs({ 'working-directory': 'apps/svc', cloud: 'aws', 'dry-run': 'true' });
      await run();
      expect(JSON.parse(outputs().problems)[0].message).toBe('refused: signed with ***');
      expect(core.error).toHaveBeenCalledWith('refused: signed with ***', {
        title: 'destinations: function',
      });
      expect(core.setFailed).toHaveBeenCalledWith('dry run: 1 error found: refused: signed with ***');
    });

    it('fails the step on an error the doctor finds, naming it', async () => {
      doctor.mockResolvedValue([
        {
          level: 'error',
          check: 'permission',
          subject: 'r',
          message: 'the role r lacks sqs:SendMessage on q',
        },
      ]);
      core.setInputs({ 'working-directory': 'apps/svc', cloud: 'aws', 'dry-run': 'true' });
      await run();
      expect(outputs().passed).toBe('false');
      expect(core.error).toHaveBeenCalledWith('the role r lacks sqs:SendMessage on q', {
        title: 'destinations: permission',
      });
      expect(core.setFailed).toHaveBeenCalledWith(
        'dry run: 1 error found: the role r lacks sqs:SendMessage on q',
      );
    });
  });
});
