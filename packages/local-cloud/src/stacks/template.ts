// A CloudFormation template read from JSON or YAML (with the short `!Ref`-style tags) into plain data.
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

/** Parses a template body; a body that is neither JSON nor YAML is AWS's ValidationError. */
export function parseTemplate(body: string): Template {
  let data: unknown;
  const trimmed = body.trimStart();
  try {
    data = trimmed.startsWith('{')
      ? JSON.parse(body)
      : parseYaml(body, { customTags: TAGS as never, maxAliasCount: 1000 });
  } catch (err) {
    throw new AwsError('ValidationError', `Template format error: ${firstLine(err)}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new AwsError('ValidationError', 'Template format error: JSON not well-formed.');
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

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0];
}
