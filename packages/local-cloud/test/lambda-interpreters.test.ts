// The interpreter a function runs on: named per runtime or per family (`--python`, `--node`), else the
// host's python3.X or python3 and this node; a version that differs from the runtime's is warned about
// once per function, and /_localcloud/runtimes says what each runtime runs on, or why it cannot.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CreateFunctionCommand, InvokeCommand, LambdaClient, type Runtime } from '@aws-sdk/client-lambda';
import { afterAll, afterEach, describe, expect, it, jest } from '@jest/globals';
import { strToU8, zipSync } from 'fflate';
import { main } from '../src/cli.js';
import { type RunningCloud, startLocalCloud } from '../src/index.js';
import { clientConfig, HAS_PYTHON, ROLE } from './fixtures/lambda/helpers.js';

const hostPython = HAS_PYTHON
  ? spawnSync('python3', ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], {
      encoding: 'utf8',
    }).stdout.trim()
  : '';
/** A Python runtime that is not the host's python3 and has no python3.X of its own on the PATH. */
const otherRuntime = ['python3.9', 'python3.10', 'python3.11', 'python3.12', 'python3.13', 'python3.14'].find(
  (r) => r !== `python${hostPython}` && spawnSync(r, ['--version']).status !== 0,
);

const dir = mkdtempSync(path.join(tmpdir(), 'interpreters-'));
const clouds: RunningCloud[] = [];
afterAll(async () => {
  for (const c of clouds) await c.stop();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  jest.restoreAllMocks();
});

async function cloudWith(interpreters: Record<string, string>, logLevel: 'quiet' | 'info' = 'quiet') {
  const cloud = await startLocalCloud({ port: 0, logLevel, interpreters });
  clouds.push(cloud);
  return { cloud, lambda: new LambdaClient(clientConfig(cloud.url)) };
}

const WHO = 'import sys\ndef handler(event, context):\n    return {"exe": sys.executable}\n';

async function pythonFunction(lambda: LambdaClient, name: string, runtime: string): Promise<void> {
  await lambda.send(
    new CreateFunctionCommand({
      FunctionName: name,
      Runtime: runtime as Runtime,
      Role: ROLE,
      Handler: 'handler.handler',
      Code: { ZipFile: zipSync({ 'handler.py': strToU8(WHO) }) },
    }),
  );
}

async function invoke(lambda: LambdaClient, name: string): Promise<{ exe?: string; errorType?: string }> {
  const out = await lambda.send(new InvokeCommand({ FunctionName: name, Payload: Buffer.from('{}') }));
  return JSON.parse(Buffer.from(out.Payload ?? []).toString());
}

const describePython = HAS_PYTHON && otherRuntime ? describe : describe.skip;
if (!HAS_PYTHON || !otherRuntime)
  console.warn('skipped: the interpreter tests need python3 on the PATH (and a Python runtime it is not)');

describePython('Python interpreters', () => {
  it('runs a runtime on the interpreter named for it, the others on the host python3', async () => {
    const mine = path.join(dir, 'my-python');
    symlinkSync(
      spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).stdout.trim(),
      mine,
    );
    const { lambda } = await cloudWith({ [otherRuntime!]: mine });
    await pythonFunction(lambda, 'named', otherRuntime!);
    await pythonFunction(lambda, 'host', `python${hostPython}`);
    expect((await invoke(lambda, 'named')).exe).toBe(mine);
    expect((await invoke(lambda, 'host')).exe).not.toBe(mine);
  });

  it('warns once per function when the runtime asks for another Python than it runs on', async () => {
    const said: string[] = [];
    jest.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
      said.push(String(s));
      return true;
    });
    const { lambda } = await cloudWith({}, 'info');
    await pythonFunction(lambda, 'asks-other', otherRuntime!);
    await pythonFunction(lambda, 'asks-host', `python${hostPython}`);
    for (let i = 0; i < 2; i++) {
      await invoke(lambda, 'asks-other');
      await invoke(lambda, 'asks-host');
    }
    jest.restoreAllMocks();
    const warnings = said.filter((l) => l.includes('warning: function'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(
      `warning: function asks-other: ${otherRuntime} runs on Python ${hostPython} (`,
    );
    expect(warnings[0]).toContain(`--python ${otherRuntime}=<interpreter>`);
  });

  it('says at /_localcloud/runtimes what each runtime runs on, and which cannot run', async () => {
    const { cloud } = await cloudWith({ python: path.join(dir, 'no-such-python') });
    const res = await fetch(`${cloud.url}/_localcloud/runtimes?runtime=python3.12,nodejs22.x,ruby3.3`);
    const body = (await res.json()) as { supported: string[]; runtimes: Record<string, unknown> };
    expect(body.supported).toContain('python3.13');
    expect(body.runtimes['python3.12']).toMatchObject({
      missing: `${path.join(dir, 'no-such-python')} is not on the PATH`,
    });
    expect(body.runtimes['nodejs22.x']).toMatchObject({ command: process.execPath });
    expect(body.runtimes['ruby3.3']).toBeNull();
  });
});

describe('local-cloud start --python / --node', () => {
  it('refuses an interpreter that does not run, or a runtime of another family, with exit code 2', async () => {
    const err: string[] = [];
    jest.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
    await expect(main(['start', '--port', '0', '--python', 'python3.13=/nowhere/python'])).resolves.toBe(2);
    expect(err.at(-1)).toBe(
      'local-cloud start: --python python3.13=/nowhere/python: /nowhere/python is not on the PATH',
    );
    await expect(main(['start', '--port', '0', '--node', 'python3.13=/usr/bin/node'])).resolves.toBe(2);
    expect(err.at(-1)).toContain("'python3.13' is not a nodejs runtime (nodejs18.x");
  });
});
