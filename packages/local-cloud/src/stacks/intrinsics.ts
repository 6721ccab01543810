// The intrinsic functions (Ref, Fn::GetAtt, Fn::Sub, ...) and conditions, resolved against a context.
import { AwsError } from '../protocol/errors.js';

/** What `Ref: AWS::NoValue` resolves to; removed from the object or list that holds it. */
export const NO_VALUE: unique symbol = Symbol('AWS::NoValue');

export interface IntrinsicContext {
  /** AWS::Region, AWS::AccountId, ... */
  pseudo: Record<string, string | string[]>;
  parameters: Record<string, string | string[]>;
  conditions: Record<string, boolean>;
  mappings: Record<string, Record<string, Record<string, unknown>>>;
  /** A resource's Ref value; throws when the resource is unknown or not created. */
  ref(logicalId: string): unknown;
  getAtt(logicalId: string, attribute: string): unknown;
  importValue(name: string): unknown;
}

export const templateError = (message: string) =>
  new AwsError('ValidationError', `Template error: ${message}`);

export function isIntrinsic(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0] === 'Condition' || keys[0].startsWith('Fn::'));
}

export function resolve(value: unknown, ctx: IntrinsicContext): unknown {
  if (Array.isArray(value)) return value.map((v) => resolve(v, ctx)).filter((v) => v !== NO_VALUE);
  if (value === null || typeof value !== 'object') return value;
  if (isIntrinsic(value)) {
    const [name, arg] = Object.entries(value)[0];
    if (name !== 'Condition') return call(name, arg, ctx);
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const r = resolve(v, ctx);
    if (r !== NO_VALUE) out[k] = r;
  }
  return out;
}

function call(name: string, arg: unknown, ctx: IntrinsicContext): unknown {
  switch (name) {
    case 'Ref':
      return ref(arg, ctx);
    case 'Fn::GetAtt': {
      const [id, attr] = getAttArgs(arg);
      return ctx.getAtt(id, String(resolve(attr, ctx)));
    }
    case 'Fn::Sub':
      return sub(arg, ctx);
    case 'Fn::Join': {
      if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== 'string') {
        throw templateError(
          'every Fn::Join object requires two parameters, (1) a string delimiter and (2) a list of strings to be joined or a function that returns a list of strings (such as Fn::GetAZs) to be joined.',
        );
      }
      const list = resolve(arg[1], ctx);
      if (!Array.isArray(list))
        throw templateError('Fn::Join requires a list of strings as its second parameter.');
      return list.map((v) => scalar(v, 'Fn::Join')).join(arg[0]);
    }
    case 'Fn::Select': {
      if (!Array.isArray(arg) || arg.length !== 2) {
        throw templateError(
          'Fn::Select requires a list argument with two elements: an integer index and a list',
        );
      }
      const index = Number(resolve(arg[0], ctx));
      const list = resolve(arg[1], ctx);
      if (!Array.isArray(list) || !Number.isInteger(index) || index < 0 || index >= list.length) {
        throw templateError(`Fn::Select cannot select nonexistent value at index ${arg[0]}`);
      }
      return list[index];
    }
    case 'Fn::Split': {
      if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== 'string') {
        throw templateError(
          'Fn::Split requires a list argument with two elements: a string delimiter and a string',
        );
      }
      return scalar(resolve(arg[1], ctx), 'Fn::Split').split(arg[0]);
    }
    case 'Fn::ImportValue':
      return ctx.importValue(scalar(resolve(arg, ctx), 'Fn::ImportValue'));
    case 'Fn::If': {
      if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== 'string') {
        throw templateError(
          'Fn::If requires a list argument with three elements: a condition name, a value if true and a value if false',
        );
      }
      return resolve(condition(arg[0], ctx) ? arg[1] : arg[2], ctx);
    }
    case 'Fn::Equals':
    case 'Fn::And':
    case 'Fn::Or':
    case 'Fn::Not':
      return evaluateCondition({ [name]: arg }, ctx);
    case 'Fn::FindInMap': {
      if (!Array.isArray(arg) || arg.length < 3) {
        throw templateError('Fn::FindInMap requires a list argument with three elements');
      }
      const [m, top, second] = arg.slice(0, 3).map((v) => scalar(resolve(v, ctx), 'Fn::FindInMap'));
      const found = ctx.mappings[m]?.[top]?.[second];
      if (found === undefined) {
        const fallback = (arg[3] as { DefaultValue?: unknown } | undefined)?.DefaultValue;
        if (fallback !== undefined) return resolve(fallback, ctx);
        if (!ctx.mappings[m])
          throw templateError(`Mapping named '${m}' is not present in the 'Mappings' section of template.`);
        throw templateError(`Unable to get mapping for ${m}::${top}::${second}`);
      }
      return found;
    }
    case 'Fn::GetAZs': {
      const r = scalar(resolve(arg, ctx), 'Fn::GetAZs') || String(ctx.pseudo['AWS::Region']);
      return ['a', 'b', 'c'].map((z) => `${r}${z}`);
    }
    case 'Fn::Base64':
      return Buffer.from(scalar(resolve(arg, ctx), 'Fn::Base64')).toString('base64');
    case 'Fn::ToJsonString':
      return JSON.stringify(resolve(arg, ctx));
    case 'Fn::Length': {
      const list = resolve(arg, ctx);
      if (!Array.isArray(list)) throw templateError('Fn::Length requires a list');
      return list.length;
    }
    default:
      throw templateError(
        `Encountered unsupported function: ${name} Supported functions are: [Fn::Base64, Fn::GetAtt, Fn::GetAZs, Fn::ImportValue, Fn::Join, Fn::Split, Fn::FindInMap, Fn::Select, Ref, Fn::Equals, Fn::If, Fn::Not, Condition, Fn::And, Fn::Or, Fn::Sub, Fn::ToJsonString, Fn::Length]`,
      );
  }
}

function ref(arg: unknown, ctx: IntrinsicContext): unknown {
  if (typeof arg !== 'string')
    throw templateError('Ref requires a string: the logical id of a resource or parameter');
  if (arg === 'AWS::NoValue') return NO_VALUE;
  if (arg in ctx.pseudo) return ctx.pseudo[arg];
  if (arg in ctx.parameters) return ctx.parameters[arg];
  return ctx.ref(arg);
}

export function getAttArgs(arg: unknown): [string, unknown] {
  if (typeof arg === 'string') {
    const dot = arg.indexOf('.');
    if (dot > 0) return [arg.slice(0, dot), arg.slice(dot + 1)];
  }
  if (Array.isArray(arg) && arg.length === 2 && typeof arg[0] === 'string') return [arg[0], arg[1]];
  throw templateError(
    'Fn::GetAtt requires a list argument with two elements: the logical id of a resource and an attribute name',
  );
}

function scalar(v: unknown, fn: string): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  throw templateError(`${fn} requires a string; got ${JSON.stringify(v)}`);
}

/** The `${Name}` / `${Res.Attr}` / `${!Literal}` variables of a Fn::Sub string. */
export function subVariables(s: string): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(/\$\{([^}]*)\}/g)) if (!m[1].startsWith('!')) out.push(m[1].trim());
  return out;
}

function sub(arg: unknown, ctx: IntrinsicContext): string {
  let text: unknown = arg;
  let vars: Record<string, unknown> = {};
  if (Array.isArray(arg)) {
    if (arg.length !== 2 || typeof arg[0] !== 'string' || arg[1] === null || typeof arg[1] !== 'object') {
      throw templateError(
        "One or more Fn::Sub intrinsic functions don't specify expected arguments. Specify a string as first argument, and an optional second argument to specify a mapping of values to replace in the string",
      );
    }
    text = arg[0];
    vars = resolve(arg[1], ctx) as Record<string, unknown>;
  }
  if (typeof text !== 'string') {
    throw templateError(
      "One or more Fn::Sub intrinsic functions don't specify expected arguments. Specify a string as first argument, and an optional second argument to specify a mapping of values to replace in the string",
    );
  }
  return text.replace(/\$\{([^}]*)\}/g, (_m, raw: string) => {
    if (raw.startsWith('!')) return `\${${raw.slice(1)}}`;
    const name = raw.trim();
    if (name in vars) return scalar(vars[name], 'Fn::Sub');
    const dot = name.indexOf('.');
    if (dot > 0 && !name.startsWith('AWS::')) {
      return scalar(ctx.getAtt(name.slice(0, dot), name.slice(dot + 1)), 'Fn::Sub');
    }
    const v = ref(name, ctx);
    return Array.isArray(v) ? v.join(',') : scalar(v, 'Fn::Sub');
  });
}

/** A condition expression (Fn::Equals/And/Or/Not, {Condition: name}) as a boolean. */
export function evaluateCondition(expr: unknown, ctx: IntrinsicContext): boolean {
  if (typeof expr === 'boolean') return expr;
  if (expr === 'true' || expr === 'false') return expr === 'true';
  if (!isIntrinsic(expr)) throw templateError(`Invalid condition: ${JSON.stringify(expr)}`);
  const [name, arg] = Object.entries(expr)[0];
  switch (name) {
    case 'Condition':
      return condition(String(arg), ctx);
    case 'Fn::Equals': {
      if (!Array.isArray(arg) || arg.length !== 2)
        throw templateError('Fn::Equals requires a list of two values');
      const [a, b] = arg.map((v) => resolve(v, ctx));
      return JSON.stringify(normal(a)) === JSON.stringify(normal(b));
    }
    case 'Fn::And':
    case 'Fn::Or': {
      if (!Array.isArray(arg) || arg.length < 2 || arg.length > 10) {
        throw templateError(`${name} requires a list of 2 to 10 conditions`);
      }
      const values = arg.map((c) => evaluateCondition(c, ctx));
      return name === 'Fn::And' ? values.every(Boolean) : values.some(Boolean);
    }
    case 'Fn::Not':
      if (!Array.isArray(arg) || arg.length !== 1)
        throw templateError('Fn::Not requires a list of one condition');
      return !evaluateCondition(arg[0], ctx);
    default: {
      const v = resolve(expr, ctx);
      if (typeof v === 'boolean') return v;
      if (v === 'true' || v === 'false') return v === 'true';
      throw templateError(`${name} is not a condition function`);
    }
  }
}

function normal(v: unknown): unknown {
  return typeof v === 'number' || typeof v === 'boolean' ? String(v) : v;
}

function condition(name: string, ctx: IntrinsicContext): boolean {
  if (!(name in ctx.conditions))
    throw templateError(`Unresolved condition dependency ${name} in Fn::If or Condition`);
  return ctx.conditions[name];
}

/** Evaluates the Conditions section in dependency order; a loop is an error naming the conditions. */
export function evaluateConditions(
  conditions: Record<string, unknown>,
  ctx: Omit<IntrinsicContext, 'conditions'>,
): Record<string, boolean> {
  const done: Record<string, boolean> = {};
  const visiting = new Set<string>();
  const evalOne = (name: string): boolean => {
    if (name in done) return done[name];
    if (!(name in conditions))
      throw templateError(`Unresolved condition dependency ${name} in Fn::If or Condition`);
    if (visiting.has(name))
      throw templateError(`Circular dependency between conditions: [${[...visiting].join(', ')}]`);
    visiting.add(name);
    const proxy = new Proxy({} as Record<string, boolean>, {
      has: (_t, k) => typeof k === 'string' && k in conditions,
      get: (_t, k) => evalOne(String(k)),
    });
    done[name] = evaluateCondition(conditions[name], { ...ctx, conditions: proxy });
    visiting.delete(name);
    return done[name];
  };
  for (const name of Object.keys(conditions)) evalOne(name);
  return done;
}

/** Every logical id a value refers to through Ref, Fn::GetAtt or Fn::Sub (parameters included). */
export function references(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const v of value) references(v, out);
    return out;
  }
  if (value === null || typeof value !== 'object') return out;
  for (const [k, v] of Object.entries(value)) {
    if (k === 'Ref' && typeof v === 'string') out.add(v);
    else if (k === 'Fn::GetAtt') {
      try {
        out.add(getAttArgs(v)[0]);
      } catch {
        // shape errors are reported when the value is resolved
      }
      references(v, out);
    } else if (k === 'Fn::Sub') {
      const [text, vars] = Array.isArray(v) ? [v[0], v[1]] : [v, {}];
      if (typeof text === 'string') {
        for (const name of subVariables(text)) {
          if (vars && typeof vars === 'object' && name in vars) continue;
          const dot = name.indexOf('.');
          out.add(dot > 0 && !name.startsWith('AWS::') ? name.slice(0, dot) : name);
        }
      }
      references(vars, out);
    } else references(v, out);
  }
  return out;
}

const SHAPES: Record<string, (arg: unknown) => boolean> = {
  Ref: (a) => typeof a === 'string',
  'Fn::Join': (a) => Array.isArray(a) && a.length === 2 && typeof a[0] === 'string',
  'Fn::Select': (a) => Array.isArray(a) && a.length === 2,
  'Fn::Split': (a) => Array.isArray(a) && a.length === 2 && typeof a[0] === 'string',
  'Fn::If': (a) => Array.isArray(a) && a.length === 3 && typeof a[0] === 'string',
  'Fn::Sub': (a) =>
    typeof a === 'string' ||
    (Array.isArray(a) &&
      a.length === 2 &&
      typeof a[0] === 'string' &&
      a[1] !== null &&
      typeof a[1] === 'object'),
  'Fn::FindInMap': (a) => Array.isArray(a) && a.length >= 3 && a.length <= 4,
  'Fn::Equals': (a) => Array.isArray(a) && a.length === 2,
  'Fn::Not': (a) => Array.isArray(a) && a.length === 1,
  'Fn::And': (a) => Array.isArray(a) && a.length >= 2 && a.length <= 10,
  'Fn::Or': (a) => Array.isArray(a) && a.length >= 2 && a.length <= 10,
  'Fn::GetAtt': (a) => {
    try {
      getAttArgs(a);
      return true;
    } catch {
      return false;
    }
  },
  'Fn::ImportValue': () => true,
  'Fn::GetAZs': () => true,
  'Fn::Base64': () => true,
  'Fn::ToJsonString': () => true,
  'Fn::Length': () => true,
  Condition: (a) => typeof a === 'string',
};

/**
 * Checks the shape of every intrinsic before anything is created, as CloudFormation does when it takes a
 * template; the error ends with where the function is (`[/Resources/Id/Properties/...]`).
 */
export function checkShapes(value: unknown, where: string, conditions: Record<string, boolean>): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      checkShapes(v, `${where}/${i}`, conditions);
    });
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (isIntrinsic(value)) {
    const [name, arg] = Object.entries(value)[0];
    const ok = SHAPES[name];
    if (!ok?.(arg)) {
      let message: string;
      try {
        // the resolver's own message for this shape error
        resolve(value, {
          pseudo: {},
          parameters: {},
          conditions,
          mappings: {},
          ref: () => '',
          getAtt: () => '',
          importValue: () => '',
        });
        message = templateError(`${name} has an invalid shape`).message;
      } catch (err) {
        message = (err as Error).message;
      }
      throw new AwsError('ValidationError', `${message} [${where}]`);
    }
    if (name === 'Fn::If' && !((arg as string[])[0] in conditions)) {
      throw templateError(`Unresolved condition dependency ${(arg as string[])[0]} in Fn::If [${where}]`);
    }
    checkShapes(arg, `${where}/${name}`, conditions);
    return;
  }
  for (const [k, v] of Object.entries(value)) checkShapes(v, `${where}/${k}`, conditions);
}
