// What the Lambda service keeps: functions with their versions, aliases, policies, concurrency and
// event invoke configs, looked up by any of the references Lambda accepts.
import { randomUUID } from 'node:crypto';
import type { AliasConfiguration, DestinationConfig, FunctionConfiguration } from '@aws-sdk/client-lambda';
import type { LocalCloud } from '../cloud.js';
import type { StoredCode } from './code.js';
import { functionNotFound } from './errors.js';
import type { LayerVersion } from './layerStore.js';
import { type FunctionRef, functionArn, functionRef } from './names.js';

export interface FunctionVersion {
  /** `$LATEST` or `1`, `2`, ... */
  version: string;
  config: FunctionConfiguration;
  code: StoredCode;
  /** This account's layer versions of `config.Layers`, in order (another account's are not mounted). */
  layers?: readonly LayerVersion[];
  /** RevisionId of $LATEST this version was published from. */
  publishedFrom?: string;
}

/** EventInvokeConfig as stored (the codec writes LastModified as epoch seconds). */
export interface StoredEventInvokeConfig {
  LastModified: Date;
  FunctionArn: string;
  MaximumRetryAttempts?: number;
  MaximumEventAgeInSeconds?: number;
  DestinationConfig: DestinationConfig;
}

export interface PolicyStatement {
  Sid: string;
  [key: string]: unknown;
}

export interface LambdaFunction {
  name: string;
  region: string;
  /** Unqualified ARN. */
  arn: string;
  latest: FunctionVersion;
  versions: Map<string, FunctionVersion>;
  lastPublished: number;
  aliases: Map<string, AliasConfiguration>;
  reservedConcurrency?: number;
  /** By qualifier: `$LATEST`, a version or an alias name. */
  eventInvokeConfigs: Map<string, StoredEventInvokeConfig>;
  policy: PolicyStatement[];
  policyRevision: string;
  tags: Record<string, string>;
}

/** A function resolved with the version a qualifier points at. */
export interface Resolved {
  fn: LambdaFunction;
  /** The qualifier as given (`$LATEST` when none). */
  qualifier: string;
  version: FunctionVersion;
  /** ARN qualified by the qualifier (`:$LATEST` when none), as records carry it. */
  qualifiedArn: string;
  /** The ARN as the caller named it (unqualified when no qualifier), as `invokedFunctionArn` carries it. */
  invokedArn: string;
}

export class LambdaStore {
  private readonly functions = new Map<string, LambdaFunction>();

  constructor(private readonly cloud: LocalCloud) {}

  private key(region: string, name: string): string {
    return `${region}/${name}`;
  }

  arn(region: string, name: string, qualifier?: string): string {
    return functionArn(region, this.cloud.accountId, name, qualifier);
  }

  add(fn: LambdaFunction): void {
    this.functions.set(this.key(fn.region, fn.name), fn);
  }

  remove(fn: LambdaFunction): void {
    this.functions.delete(this.key(fn.region, fn.name));
  }

  list(region: string): LambdaFunction[] {
    return [...this.functions.values()]
      .filter((f) => f.region === region)
      .sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  all(): LambdaFunction[] {
    return [...this.functions.values()];
  }

  /** Whether `fn` is still the function stored under its name (not deleted, nor deleted and re-created). */
  holds(fn: LambdaFunction): boolean {
    return this.functions.get(this.key(fn.region, fn.name)) === fn;
  }

  find(ref: FunctionRef, region: string): LambdaFunction | undefined {
    return this.functions.get(this.key(ref.region ?? region, ref.name));
  }

  /** The function of `region` or Lambda's 404 (`Function not found: <arn>`, qualified when `qualify`). */
  get(value: string, region: string, qualifier?: string, qualify = false): Resolved {
    const ref = functionRef(value, qualifier, region);
    const r = ref.region ?? region;
    const fn = this.find(ref, r);
    if (!fn) {
      const q = ref.qualifier ?? (qualify ? '$LATEST' : undefined);
      throw functionNotFound(this.arn(r, ref.name, q));
    }
    return this.resolve(fn, ref.qualifier);
  }

  /** The version a qualifier points at, or 404. */
  resolve(fn: LambdaFunction, qualifier: string | undefined): Resolved {
    const q = qualifier ?? '$LATEST';
    let version: FunctionVersion | undefined;
    if (q === '$LATEST') version = fn.latest;
    else if (/^\d+$/.test(q)) version = fn.versions.get(q);
    else {
      const alias = fn.aliases.get(q);
      if (alias)
        version = alias.FunctionVersion === '$LATEST' ? fn.latest : fn.versions.get(alias.FunctionVersion!);
    }
    if (!version) throw functionNotFound(`${fn.arn}:${q}`);
    return {
      fn,
      qualifier: q,
      version,
      qualifiedArn: `${fn.arn}:${q}`,
      invokedArn: qualifier ? `${fn.arn}:${q}` : fn.arn,
    };
  }
}

export function newRevisionId(): string {
  return randomUUID();
}

/** Lambda's LastModified: ISO 8601 with milliseconds and `+0000`. */
export function lastModifiedNow(): string {
  return new Date().toISOString().replace('Z', '+0000');
}
