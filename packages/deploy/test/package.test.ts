// Packaging a service with the Serverless CLI it is given, and reusing a package whose inputs did not
// change; a stand-in CLI takes the framework's place, so no cloud and no framework are needed.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals';
import { CommandError, packageService, serverlessBinary, serverlessStackName } from '../src/index.js';
import { calls, fakeServerless, lastEnv } from './fakeServerless.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'deploy-package-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let dir: string;
let service: string;
let n = 0;
beforeEach(() => {
  dir = path.join(root, String(++n));
  service = path.join(dir, 'svc');
  mkdirSync(service, { recursive: true });
  writeFileSync(path.join(service, 'serverless.yml'), 'service: fake\nprovider:\n  name: aws\n');
  writeFileSync(path.join(service, 'handler.mjs'), 'export const hello = async () => 1;\n');
});

describe.each(process.platform === 'win32' ? [] : [[]])('packageService', () => {
  it('runs `package` with stage, region and parameters, and reads what it left', async () => {
    const lines: string[] = [];
    const pkg = await packageService({
      serviceDir: service,
      stage: 'ci',
      region: 'eu-west-1',
      params: { queue: 'q-1' },
      serverlessCommand: `${fakeServerless(dir, 'ok')} --first`,
      onOutput: (line) => lines.push(line),
    });
    expect(calls(dir)).toEqual([
      `${service} --first package --stage ci --region eu-west-1 --param queue=q-1`,
    ]);
    expect(lines).toEqual(['packaging for eu-west-1']);
    expect(pkg).toMatchObject({
      service: 'fake',
      stage: 'ci',
      region: 'eu-west-1',
      stackName: 'fake-ci',
      artifactDirectoryName: 'serverless/fake/dev/1',
      zips: [path.join(service, '.serverless', 'fake.zip')],
      reused: false,
    });
    expect(JSON.parse(pkg.updateTemplate)).toEqual({ Resources: {} });
  });

  it("needs no credentials, and none of the caller's AWS settings leak in", async () => {
    process.env.AWS_PROFILE = 'production';
    process.env.AWS_ENDPOINT_URL = 'https://example.invalid';
    try {
      await packageService({ serviceDir: service, serverlessCommand: fakeServerless(dir, 'env') });
    } finally {
      delete process.env.AWS_PROFILE;
      delete process.env.AWS_ENDPOINT_URL;
    }
    const env = lastEnv(dir);
    expect(env).toMatchObject({
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      AWS_REGION: 'us-east-1',
      SLS_TELEMETRY_DISABLED: '1',
      SLS_DEPRECATION_DISABLE: '*',
    });
    expect(env.AWS_PROFILE).toBeUndefined();
    expect(env.AWS_ENDPOINT_URL).toBeUndefined();
  });

  it('points the framework at the cloud it packages for, and at no other', async () => {
    process.env.AWS_ENDPOINT_URL = 'https://example.invalid';
    try {
      await packageService({
        serviceDir: service,
        serverlessCommand: fakeServerless(dir, 'env'),
        endpoint: 'http://127.0.0.1:4566',
      });
    } finally {
      delete process.env.AWS_ENDPOINT_URL;
    }
    expect(lastEnv(dir)).toMatchObject({
      AWS_ENDPOINT_URL: 'http://127.0.0.1:4566',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
    });
  });

  it('never reuses a package that read values from the cloud (ssm, cf variables)', async () => {
    writeFileSync(
      path.join(service, 'serverless.yml'),
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a Serverless variable, not a template
      'service: fake\nprovider:\n  name: aws\n  environment:\n    Q: ${ssm:/queue/arn}\n',
    );
    const serverlessCommand = fakeServerless(dir, 'ssm');
    const again = () => packageService({ serviceDir: service, serverlessCommand, cache: 'reuse' });
    expect((await again()).reused).toBe(false);
    expect((await again()).reused).toBe(false);
  });

  it("fails with the framework's own error, once: its error block is not passed on line by line", async () => {
    const script = path.join(dir, 'serverless-refuses');
    writeFileSync(
      script,
      [
        '#!/bin/sh',
        'echo "Packaging fake for stage x/y (us-east-1)"',
        // Coloured, as the framework writes it when FORCE_COLOR is set (Nx sets it).
        `printf '\\033[90mEnvironment: linux, node 24.0.0, osls 4.3.1 (local)\\033[39m\\n'`,
        'echo "Docs:        github.com/oss-serverless/osls"',
        'echo',
        `printf '\\033[31m\\033[1mError:\\033[22m\\033[39m\\n'`,
        'echo "Cannot resolve variable at \\"provider.environment.A\\": Error: getaddrinfo ENOTFOUND sts.us-east-1.amazonaws.com"',
        'echo "    at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:123:26)"',
        'exit 1',
        '',
      ].join('\n'),
    );
    chmodSync(script, 0o755);
    const lines: string[] = [];
    const err = (await packageService({
      serviceDir: service,
      serverlessCommand: script,
      onOutput: (l) => lines.push(l),
    }).catch((e) => e)) as Error;
    expect(lines).toEqual(['Packaging fake for stage x/y (us-east-1)']);
    expect(err).toBeInstanceOf(CommandError);
    expect(err.message).toBe(
      `'${script} package' failed (exit 1):\nCannot resolve variable at "provider.environment.A": Error: getaddrinfo ENOTFOUND sts.us-east-1.amazonaws.com`,
    );
  });

  it('reuses a package made from the same inputs, and packages again when one changed', async () => {
    const serverlessCommand = fakeServerless(dir, 'cache');
    const again = (change: object = {}) =>
      packageService({ serviceDir: service, serverlessCommand, cache: 'reuse', ...change });
    expect((await again()).reused).toBe(false);
    expect((await again()).reused).toBe(true);
    // Docs and the verification spec are not packaged: they never make a package stale.
    writeFileSync(path.join(service, 'README.md'), '# fake\n');
    writeFileSync(path.join(service, 'destinations.yml'), 'function: hello\n');
    expect((await again()).reused).toBe(true);
    writeFileSync(path.join(service, 'handler.mjs'), 'export const hello = async () => 2;\n');
    expect((await again()).reused).toBe(false);
    expect((await again({ stage: 'prod' })).reused).toBe(false);
    expect((await again({ stage: 'prod' })).reused).toBe(true);
    expect(await again({ stage: 'prod', cache: 'refresh' })).toMatchObject({ reused: false, stage: 'prod' });
    expect(calls(dir)).toHaveLength(4);
  });

  it('does not take a package that failed half-way for a done one', async () => {
    await packageService({
      serviceDir: service,
      serverlessCommand: fakeServerless(dir, 'good'),
      cache: 'reuse',
    });
    writeFileSync(path.join(service, 'handler.mjs'), 'export const hello = async () => 3;\n');
    const broken = fakeServerless(dir, 'broken', { exit: 1 });
    await expect(
      packageService({ serviceDir: service, serverlessCommand: broken, cache: 'reuse' }),
    ).rejects.toThrow(CommandError);
    writeFileSync(path.join(service, 'handler.mjs'), 'export const hello = async () => 1;\n');
    const pkg = await packageService({
      serviceDir: service,
      serverlessCommand: fakeServerless(dir, 'good'),
      cache: 'reuse',
    });
    expect(pkg.reused).toBe(false);
  });

  it('fails with the command, its exit code and its output', async () => {
    const err = (await packageService({
      serviceDir: service,
      serverlessCommand: fakeServerless(dir, 'exit3', { exit: 3 }),
    }).catch((e) => e)) as Error;
    expect(err).toBeInstanceOf(CommandError);
    expect(err.message).toMatch(
      /^'\S+serverless-exit3 package' failed \(exit 3\):\npackaging for us-east-1$/,
    );
    const missing = path.join(dir, 'no-such-serverless');
    await expect(packageService({ serviceDir: service, serverlessCommand: missing })).rejects.toThrow(
      `cannot run '${missing} package': spawn ${missing} ENOENT`,
    );
  });
});

describe('names', () => {
  it("finds the service's own framework, up to the workspace's", () => {
    expect(serverlessBinary(service)).toMatch(/node_modules\/\.bin\/serverless$/);
    const own = path.join(service, 'node_modules', '.bin');
    mkdirSync(own, { recursive: true });
    writeFileSync(path.join(own, 'serverless'), '');
    expect(serverlessBinary(service)).toBe(path.join(own, 'serverless'));
  });

  it('reads the stack name from serverless.yml, as the framework names it', async () => {
    expect(await serverlessStackName(service, 'ci')).toBe('fake-ci');
    writeFileSync(
      path.join(service, 'serverless.yml'),
      'service: fake\nprovider:\n  stackName: custom-stack\n',
    );
    expect(await serverlessStackName(service, 'ci')).toBe('custom-stack');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a Serverless variable, not a template
    writeFileSync(path.join(service, 'serverless.yml'), 'service: ${env:NAME}\n');
    await expect(serverlessStackName(service, 'ci')).rejects.toThrow("can't read the service name");
  });
});
