// What every codec does the same way: pairs each served operation with its model, and answers for an
// operation AWS has but this local cloud does not serve.
import { AwsError } from '../errors.js';
import type { ErrorModel, OperationModel, ServiceModel } from '../model.js';
import { MalformedInput } from '../serde/malformed.js';
import type { Operation, Operations } from '../service.js';

export interface Served<C> {
  model: OperationModel;
  run: Operation<C, unknown, unknown>;
}

/** Every served operation with its schema; a name the model lacks is a programming error, found at start. */
export function servedOperations<C>(model: ServiceModel, operations: Operations<C>): Map<string, Served<C>> {
  const out = new Map<string, Served<C>>();
  for (const [name, run] of Object.entries(operations)) {
    const m = model.operations.get(name);
    if (!m) throw new Error(`local-cloud: operation ${name} is not in the service's SDK model`);
    out.set(name, { model: m, run: run as Operation<C, unknown, unknown> });
  }
  return out;
}

/** 501 for an operation AWS has and this local cloud does not serve. */
export const notImplemented = (operation: string) =>
  new AwsError('NotImplemented', `${operation} is not implemented by this local cloud.`, 501);

/** The member an error shape keeps its message in: AWS writes `message` or `Message`, per shape. */
export function messageKey(error: ErrorModel | undefined): string {
  if (!error?.schema.isStructSchema()) return 'message';
  for (const [name] of error.schema.structIterator()) if (name.toLowerCase() === 'message') return name;
  return 'message';
}

/** A malformed value in the input, as the protocol's usual validation error unless the service says otherwise. */
export function malformedError(
  err: unknown,
  code: string,
  mapper?: (e: MalformedInput) => AwsError,
): unknown {
  if (!(err instanceof MalformedInput)) return err;
  if (mapper) return mapper(err);
  const shown = typeof err.value === 'string' ? `'${err.value}'` : (JSON.stringify(err.value) ?? 'nothing');
  return new AwsError(code, `Value ${shown} at '${err.path}' must be ${err.expected}.`, 400);
}
