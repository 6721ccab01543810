// A Python handler importing boto3 on a host whose python3 has none (a virtual environment without it,
// first on the PATH) fails with Lambda's import error and says where boto3 must come from.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CreateFunctionCommand, InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { afterAll, expect, it } from '@jest/globals';
import { zipSync } from 'fflate';
import { clientConfig, useCloud } from './fixtures/cloud.js';
import { HAS_PYTHON, ROLE } from './fixtures/lambda/helpers.js';

const venv = mkdtempSync(path.join(tmpdir(), 'no-boto3-'));
const made = HAS_PYTHON && spawnSync('python3', ['-m', 'venv', '--without-pip', venv]).status === 0;
if (HAS_PYTHON && !made) console.warn('python3 -m venv failed here; the no-boto3 test is skipped');
afterAll(() => rmSync(venv, { recursive: true, force: true }));

let lambda: LambdaClient;
// Every Python runtime runs on the venv's python3, as `--python PATH` makes it.
useCloud({ interpreters: { python: path.join(venv, 'bin', 'python3') } }, (up) => {
  lambda = new LambdaClient(clientConfig(up.url));
  return [lambda];
});

(made ? it : it.skip)('names boto3, the host python3 and how to provide it', async () => {
  await lambda.send(
    new CreateFunctionCommand({
      FunctionName: 'needs-boto3',
      Role: ROLE,
      Runtime: 'python3.12',
      Handler: 'handler.hello',
      Code: {
        ZipFile: zipSync({
          'handler.py': new TextEncoder().encode(
            'import boto3\n\n\ndef hello(event, context):\n    return 1\n',
          ),
        }),
      },
    }),
  );
  const out = await lambda.send(
    new InvokeCommand({ FunctionName: 'needs-boto3', Payload: Buffer.from('{}') }),
  );
  expect(out.FunctionError).toBe('Unhandled');
  const body = JSON.parse(Buffer.from(out.Payload!).toString());
  const python = path.join(venv, 'bin', 'python3');
  expect(body).toEqual({
    errorType: 'Runtime.ImportModuleError',
    errorMessage: `Unable to import module 'handler': No module named 'boto3' (Lambda's Python runtimes include boto3; the local cloud runs Python handlers on this host's python3, ${python}, which has no boto3: install it with '${python} -m pip install boto3', or package it with the function or in a layer (python/))`,
    requestId: '',
    stackTrace: [],
  });
});
