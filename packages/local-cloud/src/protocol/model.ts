// A service's API as its AWS SDK v3 client publishes it: the operation and error schemas, read once.
//
// The clients export their Smithy schemas as static arrays (`ReceiveMessage$`, `QueueDoesNotExist$`, ...).
// That format is the SDK's own and has changed between minor versions, which is why local-cloud pins its
// `@aws-sdk/client-*` versions exactly (see docs/ARCHITECTURE.md).
import { NormalizedSchema } from '@smithy/core/schema';

export interface OperationModel {
  name: string;
  input: NormalizedSchema;
  output: NormalizedSchema;
  /** The `http` trait of rest protocols: method, URI pattern (may carry a `?query` part) and status. */
  http?: { method: string; uri: string; code: number };
}

export interface ErrorModel {
  /** The shape name, which is the error code on the wire. */
  code: string;
  schema: NormalizedSchema;
  /** `httpError`, else 400 for client errors and 500 for server errors. */
  status: number;
  fault: 'client' | 'server';
  /** `awsQueryError`: the legacy code and status query (and query-compatible JSON) clients see. */
  query?: { code: string; status: number };
}

export interface ServiceModel {
  operations: ReadonlyMap<string, OperationModel>;
  errors: ReadonlyMap<string, ErrorModel>;
}

type Traits = Record<string, unknown>;
const OPERATION = 9;
const ERROR = -3;

const models = new WeakMap<object, ServiceModel>();

/** Reads every operation and error schema a client module exports. */
export function readModel(client: object): ServiceModel {
  const cached = models.get(client);
  if (cached) return cached;
  const operations = new Map<string, OperationModel>();
  const errors = new Map<string, ErrorModel>();
  for (const [exported, value] of Object.entries(client)) {
    if (!exported.endsWith('$') || !Array.isArray(value)) continue;
    if (value[0] === OPERATION) {
      const [, , name, traits, input, output] = value as [
        number,
        string,
        string,
        Traits | 0,
        unknown,
        unknown,
      ];
      const http = (traits ? traits.http : undefined) as [string, string, number] | undefined;
      operations.set(name, {
        name,
        input: NormalizedSchema.of(input as never),
        output: NormalizedSchema.of(output as never),
        http: http && { method: http[0], uri: http[1], code: http[2] },
      });
    } else if (value[0] === ERROR && !String(value[1]).startsWith('smithy.ts.sdk.synthetic')) {
      const name = value[2] as string;
      const traits = (value[3] || {}) as Traits;
      const fault = traits.error === 'server' ? 'server' : 'client';
      const query = traits.awsQueryError as [string, number] | undefined;
      errors.set(name, {
        code: name,
        schema: NormalizedSchema.of(value as never),
        status: (traits.httpError as number | undefined) ?? (fault === 'server' ? 500 : 400),
        fault,
        query: query && { code: query[0], status: query[1] },
      });
    }
  }
  const model = { operations, errors };
  models.set(client, model);
  return model;
}

/** The names of a structure's members that the schema marks required (they come first in its list). */
export function requiredMembers(struct: NormalizedSchema): Set<string> {
  const raw = struct.getSchema() as unknown as unknown[];
  const names = (raw[4] ?? []) as string[];
  const count = typeof raw[6] === 'number' ? raw[6] : 0;
  return new Set(names.slice(0, count));
}
