import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { loadSpec, parseSpec, SpecError } from '../src/index.js';

const GOOD = `function: helloStarting
cases:
  - name: succeeds
    payload: { "Success": true }
    invocations: 3
    expect:
      destination: onSuccess
      condition: Success
      responsePayload: { statusCode: 200 }
  - name: fails
    payload: { "Success": false }
    invocations: 2
    expect:
      destination: onFailure
      condition: RetriesExhausted
      functionError: Unhandled
      responsePayload: { errorMessage: Some serious failure }
`;

async function issuesOf(text: string) {
  try {
    await parseSpec(text, 'destinations.yml');
  } catch (err) {
    if (err instanceof SpecError) return err.issues;
    throw err;
  }
  throw new Error('expected a SpecError');
}

describe('loading destinations.yml', () => {
  it('reads the documented example into one function with its cases and defaults', async () => {
    const spec = await parseSpec(GOOD);
    expect(spec.functions).toHaveLength(1);
    expect(spec.functions[0].function).toBe('helloStarting');
    expect(spec.functions[0].cases.map((c) => [c.name, c.invocations, c.expect.destination])).toEqual([
      ['succeeds', 3, 'onSuccess'],
      ['fails', 2, 'onFailure'],
    ]);
    expect(spec.functions[0].cases[1].payload).toEqual({ Success: false });
  });

  it('defaults invocations to 1 and the payload to an empty object', async () => {
    const spec = await parseSpec(
      'function: f\ncases:\n  - name: a\n    expect: { destination: onSuccess }\n',
    );
    expect(spec.functions[0].cases[0]).toMatchObject({ invocations: 1, payload: {} });
  });

  it('names the line and field of a wrong enum value', async () => {
    const issues = await issuesOf(GOOD.replace('destination: onFailure', 'destination: onFail'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      file: 'destinations.yml',
      line: 14,
      field: 'cases[1].expect.destination',
    });
    expect(issues[0].message).toContain('onSuccess, onFailure');
  });

  it('names the line of an unknown (misspelt) field', async () => {
    const issues = await issuesOf(GOOD.replace('    invocations: 2', '    invocation: 2'));
    expect(issues[0]).toMatchObject({ line: 12, field: 'cases[1].invocation' });
    expect(issues[0].message).toContain('unknown field');
  });

  it('reports a missing required field at its parent', async () => {
    const issues = await issuesOf('function: f\ncases:\n  - name: a\n    payload: {}\n');
    expect(issues[0]).toMatchObject({ line: 3, field: 'cases[0]' });
    expect(issues[0].message).toContain("'expect'");
  });

  it('reports every issue, not only the first', async () => {
    const issues = await issuesOf(
      'function: f\ncases:\n  - name: a\n    invocations: 0\n    expect: { destination: onSuccess, approximateInvokeCount: 9 }\n',
    );
    expect(issues.map((i) => [i.line, i.field])).toEqual([
      [4, 'cases[0].invocations'],
      [5, 'cases[0].expect.approximateInvokeCount'],
    ]);
  });

  it('gives the line of a YAML syntax error', async () => {
    const issues = await issuesOf('function: f\ncases:\n  - name: [unclosed\n');
    expect(issues[0].line).toBeGreaterThanOrEqual(3);
  });

  it('refuses both function and functions', async () => {
    const issues = await issuesOf(
      'function: f\ncases: [{ name: a, expect: { destination: onSuccess } }]\nfunctions:\n  - function: g\n    cases: [{ name: b, expect: { destination: onSuccess } }]\n',
    );
    expect(issues[0]).toMatchObject({ line: 3, field: 'functions' });
  });

  it('refuses a repeated case name', async () => {
    const issues = await issuesOf(
      'function: f\ncases:\n  - { name: a, expect: { destination: onSuccess } }\n  - { name: a, expect: { destination: onFailure } }\n',
    );
    expect(issues[0]).toMatchObject({ line: 4, field: 'cases[1].name' });
  });

  it('reads a case’s own retry settings and the conditions the verifier arranges', async () => {
    const spec = await parseSpec(
      'function: f\ncases:\n  - name: throttled\n    expect: { destination: onFailure, condition: ZeroReservedConcurrency }\n  - name: old\n    maximumRetryAttempts: 1\n    maximumEventAgeInSeconds: 60\n    expect: { destination: onFailure, condition: EventAgeExceeded }\n',
    );
    expect(
      spec.functions[0].cases.map((c) => [c.name, c.maximumRetryAttempts, c.maximumEventAgeInSeconds]),
    ).toEqual([
      ['throttled', undefined, undefined],
      ['old', 1, 60],
    ]);
  });

  it('refuses an arranged condition on the success path, an EventAgeExceeded without a retry, an age below 60', async () => {
    const issues = await issuesOf(
      'function: f\ncases:\n  - name: a\n    expect: { destination: onSuccess, condition: ZeroReservedConcurrency }\n  - name: b\n    maximumRetryAttempts: 0\n    expect: { destination: onFailure, condition: EventAgeExceeded }\n',
    );
    expect(issues.map((i) => [i.line, i.field, i.message])).toEqual([
      [
        4,
        'cases[0].expect.destination',
        'must be onFailure: ZeroReservedConcurrency records go to the failure destination',
      ],
      [
        6,
        'cases[1].maximumRetryAttempts',
        'must be 1 or 2 for EventAgeExceeded: with no retry the event ends as RetriesExhausted before it is too old',
      ],
    ]);
    const low = await issuesOf(
      'function: f\ncases:\n  - name: a\n    maximumEventAgeInSeconds: 30\n    expect: { destination: onFailure }\n',
    );
    expect(low.map((i) => [i.line, i.field])).toEqual([[4, 'cases[0].maximumEventAgeInSeconds']]);
  });

  it('accepts a list of functions', async () => {
    const spec = await parseSpec(
      'markerField: _marker\nfunctions:\n  - function: f\n    cases: [{ name: a, expect: { destination: onSuccess } }]\n  - function: arn:aws:lambda:us-east-1:1:function:g\n    qualifier: live\n    cases: [{ name: b, expect: { destination: onFailure } }]\n',
    );
    expect(spec.markerField).toBe('_marker');
    expect(spec.functions.map((f) => [f.function, f.qualifier])).toEqual([
      ['f', undefined],
      ['arn:aws:lambda:us-east-1:1:function:g', 'live'],
    ]);
  });

  it('reads payloadFile relative to the spec, and names its line when unreadable', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'spec-'));
    writeFileSync(path.join(dir, 'event.json'), '{"Success": true, "n": 7}');
    const file = path.join(dir, 'destinations.yml');
    writeFileSync(
      file,
      'function: f\ncases:\n  - name: a\n    payloadFile: event.json\n    expect: { destination: onSuccess }\n  - name: b\n    payloadFile: missing.json\n    expect: { destination: onSuccess }\n',
    );
    await expect(loadSpec(file)).rejects.toMatchObject({
      issues: [expect.objectContaining({ line: 7, field: 'cases[1].payloadFile' })],
    });
    writeFileSync(
      file,
      'function: f\ncases:\n  - name: a\n    payloadFile: event.json\n    expect: { destination: onSuccess }\n',
    );
    const spec = await loadSpec(file);
    expect(spec.functions[0].cases[0].payload).toEqual({ Success: true, n: 7 });
  });

  it('puts file:line:column and the field in the error message', async () => {
    await expect(parseSpec('function: 3\ncases: []\n', 'svc/destinations.yml')).rejects.toThrow(
      /destinations\.yml:1:11: function: must be string/,
    );
  });
});
