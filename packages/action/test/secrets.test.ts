// Credentials and, when asked, the account id are registered as secrets so the runner masks them.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import * as core from '../__fixtures__/core.js';

jest.unstable_mockModule('@actions/core', () => core);
const { maskCredentials, maskCredential, maskAccountId, accountOf, redact, redactAll, errorMessage } =
  await import('../src/secrets.js');

describe('secrets', () => {
  beforeEach(() => {
    core.setSecret.mockClear();
  });

  it('masks every credential variable that is set, and nothing else', () => {
    const found = maskCredentials({
      AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI',
      AWS_SESSION_TOKEN: 'FwoGZXIvYXdz',
      SERVERLESS_ACCESS_KEY: 'AKsls123',
      HOME: '/home/runner',
    });
    expect(found).toEqual(['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'SERVERLESS_ACCESS_KEY']);
    expect(core.setSecret.mock.calls.map((c) => c[0])).toEqual(['wJalrXUtnFEMI', 'FwoGZXIvYXdz', 'AKsls123']);
  });

  it('skips empty variables', () => {
    expect(maskCredentials({ AWS_SECRET_ACCESS_KEY: '' })).toEqual([]);
    expect(core.setSecret).not.toHaveBeenCalled();
  });

  it('masks a 12-digit account id, and refuses anything else', () => {
    expect(maskAccountId('123456789012')).toBe(true);
    expect(maskAccountId('test')).toBe(false);
    expect(maskAccountId(undefined)).toBe(false);
    expect(core.setSecret.mock.calls).toEqual([['123456789012']]);
  });

  it('reads the account out of an ARN', () => {
    expect(accountOf('arn:aws:lambda:us-east-1:123456789012:function:f')).toBe('123456789012');
    expect(accountOf('arn:aws:s3:::bucket')).toBeUndefined();
  });

  it('takes every registered credential out of text it prints, and leaves dummies such as test alone', () => {
    maskCredentials({ AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMIK7MDENG', AWS_SESSION_TOKEN: 'test' });
    maskCredential('ghp_inputTokenValue123');
    expect(redact('sig wJalrXUtnFEMIK7MDENG, token ghp_inputTokenValue123, a test')).toBe(
      'sig ***, token ***, a test',
    );
    expect(errorMessage(new Error('x-amz-security-token:ghp_inputTokenValue123'))).toBe(
      'x-amz-security-token:***',
    );
    expect(redactAll({ cases: [{ error: 'echo wJalrXUtnFEMIK7MDENG' }], n: 1 })).toEqual({
      cases: [{ error: 'echo ***' }],
      n: 1,
    });
  });
});
