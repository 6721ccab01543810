// The Serverless CLI a service deploys with: asked for, else its own, else the hoisted one, else the PATH's.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { serverlessCommand } from '../src/serverless.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'action-sls-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function bin(dir: string): string {
  const file = path.join(dir, 'node_modules', '.bin', 'serverless');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, '#!/bin/sh\n');
  return file;
}

describe('serverlessCommand', () => {
  const service = path.join(root, 'apps', 'svc');
  mkdirSync(service, { recursive: true });

  it('falls back to the PATH when nothing is installed', () => {
    expect(serverlessCommand(service, root)).toBe('serverless');
  });

  it('uses the one hoisted to the workspace root', () => {
    const hoisted = bin(root);
    expect(serverlessCommand(service, root)).toBe(hoisted);
  });

  it("prefers the service's own", () => {
    const own = bin(service);
    expect(serverlessCommand(service, root)).toBe(own);
  });

  it('uses the command asked for over any installed one', () => {
    expect(serverlessCommand(service, root, 'npx serverless@3')).toBe('npx serverless@3');
  });

  it('does not look above the workspace', () => {
    const inner = path.join(root, 'apps');
    mkdirSync(path.join(inner, 'other'), { recursive: true });
    expect(serverlessCommand(path.join(inner, 'other'), inner)).toBe('serverless');
  });
});
