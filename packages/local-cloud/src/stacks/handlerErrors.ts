// Failures of resource handlers worded as CloudFormation reports them in a resource's status reason.
import { randomUUID } from 'node:crypto';

/**
 * What CloudFormation shows when a registry resource handler fails:
 * `Resource handler returned message: "<message>" (RequestToken: <uuid>, HandlerErrorCode: <code>)`,
 * the code one of the handler contract's (`AlreadyExists`, `NotFound`, ...).
 */
export function handlerFailure(message: string, code: string): Error {
  const reason = `Resource handler returned message: "${message}" (RequestToken: ${randomUUID()}, HandlerErrorCode: ${code})`;
  return code === 'AlreadyExists' ? new AlreadyExistsError(reason) : new Error(reason);
}

/** A create refused because the name it asks for is already in use (the engine may name the owning stack). */
export class AlreadyExistsError extends Error {}

/** The CloudFormation CLI's message for a create whose primary identifier is already in use. */
export function alreadyExists(type: string, identifier: string): Error {
  return handlerFailure(
    `Resource of type '${type}' with identifier '${identifier}' already exists.`,
    'AlreadyExists',
  );
}

/** An SDK error as the handlers' Java SDK words it: `<message> (Service: <service>, Status Code: ..., Request ID: ...)`. */
export function serviceMessage(err: unknown, service: string): string {
  const e = err as { message?: string; $metadata?: { httpStatusCode?: number; requestId?: string } };
  return `${e.message ?? String(err)} (Service: ${service}, Status Code: ${e.$metadata?.httpStatusCode ?? 400}, Request ID: ${e.$metadata?.requestId ?? randomUUID()})`;
}

/**
 * A failure after which CloudFormation still counts the resource as the stack's: a custom resource that
 * answered FAILED. The rollback treats it as done: a failed create is deleted (with the physical id the
 * answer named), a failed update is updated back. `undo` is how, set by the engine.
 */
export class FailedResource extends Error {
  undo: 'added' | 'updated' | 'replaced' = 'added';

  constructor(
    message: string,
    readonly physicalId: string,
  ) {
    super(message);
  }
}
