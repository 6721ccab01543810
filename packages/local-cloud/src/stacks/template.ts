// A CloudFormation template read from JSON, else YAML (with the short `!Ref`-style tags), into plain data.
import { parse as parseYaml } from 'yaml';
import { AwsError } from '../protocol/errors.js';

export interface TemplateParameter {
  Type: string;
  Default?: unknown;
  AllowedValues?: unknown[];
  AllowedPattern?: string;
  NoEcho?: boolean | string;
  Description?: string;
  MinLength?: number;
  MaxLength?: number;
  MinValue?: number;
  MaxValue?: number;
}

export interface TemplateResource {
  Type: string;
  Properties?: Record<string, unknown>;
  DependsOn?: string | string[];
  Condition?: string;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
  Metadata?: unknown;
}

export interface TemplateOutput {
  Value: unknown;
  Description?: string;
  Condition?: string;
  Export?: { Name: unknown };
}

export interface Template {
  AWSTemplateFormatVersion?: string;
  Description?: string;
  Transform?: unknown;
  Parameters?: Record<string, TemplateParameter>;
  Mappings?: Record<string, Record<string, Record<string, unknown>>>;
  Conditions?: Record<string, unknown>;
  Resources: Record<string, TemplateResource>;
  Outputs?: Record<string, TemplateOutput>;
  Metadata?: unknown;
}

const FUNCTIONS = [
  'Base64',
  'Cidr',
  'FindInMap',
  'GetAZs',
  'ImportValue',
  'Join',
  'Select',
  'Split',
  'Sub',
  'Transform',
  'And',
  'Equals',
  'If',
  'Not',
  'Or',
  'Length',
  'ToJsonString',
];

function plain(v: unknown): unknown {
  return v !== null && typeof v === 'object' && 'toJSON' in v ? (v as { toJSON(): unknown }).toJSON() : v;
}

type Tag = { tag: string; collection?: 'seq' | 'map'; resolve: (v: unknown) => unknown };

/** The short forms, each for a scalar, a sequence and a mapping argument. */
const TAGS: Tag[] = (() => {
  const tags: Tag[] = [];
  const add = (name: string, build: (v: unknown) => unknown) => {
    for (const collection of [undefined, 'seq', 'map'] as const) {
      tags.push({ tag: `!${name}`, ...(collection ? { collection } : {}), resolve: (v) => build(plain(v)) });
    }
  };
  add('Ref', (v) => ({ Ref: v }));
  add('Condition', (v) => ({ Condition: v }));
  add('GetAtt', (v) => {
    if (typeof v !== 'string') return { 'Fn::GetAtt': v };
    const dot = v.indexOf('.');
    return { 'Fn::GetAtt': dot < 0 ? [v] : [v.slice(0, dot), v.slice(dot + 1)] };
  });
  for (const f of FUNCTIONS) add(f, (v) => ({ [`Fn::${f}`]: v }));
  return tags;
})();

/**
 * Parses a template body as CloudFormation does: as JSON, else as YAML (so a flow-style YAML body that
 * starts with `{` is YAML); a body that is neither is AWS's ValidationError, "... not well-formed.".
 */
export function parseTemplate(body: string): Template {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (jsonError) {
    try {
      data = parseYaml(body, { customTags: TAGS as never, maxAliasCount: 1000 });
    } catch (yamlError) {
      throw notWellFormed(body, jsonError, yamlError);
    }
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new AwsError('ValidationError', 'Template format error: unsupported structure.');
  }
  const t = data as Template;
  if (t.Resources === undefined || t.Resources === null) {
    throw new AwsError(
      'ValidationError',
      'Template format error: At least one Resources member must be defined.',
    );
  }
  if (typeof t.Resources !== 'object' || Array.isArray(t.Resources)) {
    throw new AwsError('ValidationError', 'Template format error: Resources must be an object.');
  }
  for (const [id, r] of Object.entries(t.Resources)) {
    if (!r || typeof r !== 'object' || typeof (r as TemplateResource).Type !== 'string') {
      throw new AwsError(
        'ValidationError',
        `Template format error: [/Resources/${id}] Every Resources object must contain a Type member.`,
      );
    }
  }
  return t;
}

/** A body that looks like JSON gets JSON's error, any other YAML's, each with where it broke when known. */
function notWellFormed(body: string, jsonError: unknown, yamlError: unknown): AwsError {
  const json = /^\s*[{[]/.test(body);
  const at = json ? jsonPosition(body, jsonError) : yamlPosition(yamlError);
  return new AwsError(
    'ValidationError',
    `Template format error: ${json ? 'JSON' : 'YAML'} not well-formed.${at ? ` (line ${at.line}, column ${at.column})` : ''}`,
  );
}

function yamlPosition(err: unknown): { line: number; column: number } | undefined {
  const pos = (err as { linePos?: { line: number; col: number }[] }).linePos?.[0];
  return pos && { line: pos.line, column: pos.col };
}

/** Node words JSON.parse's position as "at position N" or "(line L column C)", or not at all. */
function jsonPosition(body: string, err: unknown): { line: number; column: number } | undefined {
  const message = err instanceof Error ? err.message : '';
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const p = /at position (\d+)/.exec(message);
  if (!p) return undefined;
  const before = body.slice(0, Number(p[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}
