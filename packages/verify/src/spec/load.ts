// Reads destinations.yml: parses the YAML, validates it against the published JSON Schema, and
// normalises it (one `functions` list, payload files read, defaults filled).
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { LineCounter, parseDocument } from 'yaml';
import { SpecError, type SpecIssue } from '../errors.js';
import type { CaseSpec, Expectation, FunctionSpec, Spec } from '../types.js';
import { locate, pathToField, pointerToPath } from './locate.js';

/** The published schema; the same file from src/ and from dist/. */
export const SPEC_SCHEMA: object = JSON.parse(
  readFileSync(new URL('../../schema/destinations.schema.json', import.meta.url), 'utf8'),
);

const validate = new Ajv({ allErrors: true, strict: false }).compile(SPEC_SCHEMA);

interface RawCase {
  name: string;
  payload?: unknown;
  payloadFile?: string;
  invocations?: number;
  maximumRetryAttempts?: number;
  maximumEventAgeInSeconds?: number;
  expect: Expectation;
}
interface RawSpec {
  function?: string;
  qualifier?: string;
  markerField?: string;
  cases?: RawCase[];
  functions?: { function: string; qualifier?: string; cases: RawCase[] }[];
}

/** Loads and validates a spec file; throws SpecError naming the file, line and field of each issue. */
export async function loadSpec(file: string): Promise<Spec> {
  const text = await readFile(file, 'utf8');
  return parseSpec(text, file);
}

/** As loadSpec, from text; `file` names it in errors and anchors `payloadFile`. */
export async function parseSpec(text: string, file = 'destinations.yml'): Promise<Spec> {
  const shown = path.basename(file) === file ? file : path.relative(process.cwd(), file) || file;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new SpecError(
      doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return { file: shown, line: pos.line, column: pos.col, field: '', message: e.message.split('\n')[0] };
      }),
    );
  }
  const data: unknown = doc.toJS();
  const issue = (pointerPath: (string | number)[], message: string, key?: string): SpecIssue => {
    const pos = locate(doc, lineCounter, pointerPath, key);
    const field = pathToField(key ? [...pointerPath, key] : pointerPath);
    return { file: shown, line: pos.line, column: pos.column, field, message };
  };

  if (!validate(data)) {
    throw new SpecError(
      dedupe(validate.errors ?? []).map((e) => {
        const p = pointerToPath(e.instancePath);
        return issue(p, describe(e), keyOf(e));
      }),
    );
  }
  const raw = data as RawSpec;
  const issues: SpecIssue[] = [];
  const hasSingle = raw.function !== undefined || raw.cases !== undefined;
  if (hasSingle && raw.functions)
    issues.push(
      issue([], "give either 'function' with 'cases' or a 'functions' list, not both", 'functions'),
    );
  else if (!raw.functions && (raw.function === undefined || raw.cases === undefined))
    issues.push(
      issue([], `must have required property '${raw.function === undefined ? 'function' : 'cases'}'`),
    );
  if (issues.length) throw new SpecError(issues);

  const groups = raw.functions ?? [{ function: raw.function!, qualifier: raw.qualifier, cases: raw.cases! }];
  const base = path.dirname(file);
  const functions: FunctionSpec[] = [];
  for (const [gi, g] of groups.entries()) {
    const cases: CaseSpec[] = [];
    const names = new Set<string>();
    for (const [ci, c] of g.cases.entries()) {
      const at: (string | number)[] = raw.functions ? ['functions', gi, 'cases', ci] : ['cases', ci];
      if (names.has(c.name)) issues.push(issue([...at, 'name'], `duplicate case name '${c.name}'`));
      names.add(c.name);
      let payload: unknown = c.payload ?? {};
      if (c.payload !== undefined && c.payloadFile !== undefined) {
        issues.push(issue(at, "give either 'payload' or 'payloadFile', not both", 'payloadFile'));
      } else if (c.payloadFile !== undefined) {
        try {
          payload = JSON.parse(await readFile(path.resolve(base, c.payloadFile), 'utf8'));
        } catch (err) {
          issues.push(
            issue([...at, 'payloadFile'], `cannot read JSON from ${c.payloadFile}: ${message(err)}`),
          );
        }
      }
      issues.push(...conditionIssues(c).map(([field, text]) => issue([...at, ...field], text)));
      cases.push({
        name: c.name,
        payload,
        invocations: c.invocations ?? 1,
        ...(c.maximumRetryAttempts !== undefined ? { maximumRetryAttempts: c.maximumRetryAttempts } : {}),
        ...(c.maximumEventAgeInSeconds !== undefined
          ? { maximumEventAgeInSeconds: c.maximumEventAgeInSeconds }
          : {}),
        expect: c.expect,
      });
    }
    functions.push({ function: g.function, qualifier: g.qualifier ?? raw.qualifier, cases });
  }
  if (issues.length) throw new SpecError(issues);
  return { file, markerField: raw.markerField, functions };
}

/** A condition the verifier arranges must be one it can arrange: on the failure path, with a retry to skip. */
function conditionIssues(c: RawCase): [(string | number)[], string][] {
  const condition = c.expect.condition;
  if (condition !== 'ZeroReservedConcurrency' && condition !== 'EventAgeExceeded') return [];
  const out: [(string | number)[], string][] = [];
  if (c.expect.destination !== 'onFailure')
    out.push([
      ['expect', 'destination'],
      `must be onFailure: ${condition} records go to the failure destination`,
    ]);
  if (condition === 'EventAgeExceeded' && c.maximumRetryAttempts === 0)
    out.push([
      ['maximumRetryAttempts'],
      'must be 1 or 2 for EventAgeExceeded: with no retry the event ends as RetriesExhausted before it is too old',
    ]);
  return out;
}

function keyOf(e: ErrorObject): string | undefined {
  if (e.keyword === 'additionalProperties') return String(e.params.additionalProperty);
  return undefined;
}

function describe(e: ErrorObject): string {
  switch (e.keyword) {
    case 'additionalProperties':
      return 'unknown field (check its spelling)';
    case 'enum':
      return `must be one of ${(e.params.allowedValues as unknown[]).join(', ')}`;
    default:
      return e.message ?? e.keyword;
  }
}

/** Ajv repeats an error once per schema branch; one line per place and message is enough. */
function dedupe(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const k = `${e.instancePath}|${keyOf(e)}|${describe(e)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
