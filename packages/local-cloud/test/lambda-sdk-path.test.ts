// Where Node.js handlers find the AWS SDK: LOCAL_CLOUD_SDK_PATH first, else a node_modules found by looking up.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, it, jest } from '@jest/globals';

const dirs: string[] = [];
afterEach(() => {
  delete process.env.LOCAL_CLOUD_SDK_PATH;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function freshLookup(): Promise<string | undefined> {
  let found: string | undefined;
  await jest.isolateModulesAsync(async () => {
    const { sdkNodeModules } = await import('../src/lambda/runtime/sdkModules.js');
    found = sdkNodeModules();
  });
  return found;
}

it('uses LOCAL_CLOUD_SDK_PATH when it holds @aws-sdk', async () => {
  const modules = mkdtempSync(path.join(tmpdir(), 'sdk-path-'));
  dirs.push(modules);
  mkdirSync(path.join(modules, '@aws-sdk'));
  process.env.LOCAL_CLOUD_SDK_PATH = modules;
  expect(await freshLookup()).toBe(modules);
});

it('ignores a LOCAL_CLOUD_SDK_PATH without @aws-sdk and finds the workspace node_modules', async () => {
  const empty = mkdtempSync(path.join(tmpdir(), 'sdk-path-'));
  dirs.push(empty);
  process.env.LOCAL_CLOUD_SDK_PATH = empty;
  const found = await freshLookup();
  expect(found).not.toBe(empty);
  expect(found).toMatch(/node_modules$/);
});
