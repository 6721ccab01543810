// API Gateway's errors (REST and HTTP APIs share the codes; each face writes the body its shape wants:
// `message` for v1, `message` from v2's `Message` member) with AWS's statuses and words.
import { AwsError } from '../protocol/errors.js';

export const notFound = (message: string) => new AwsError('NotFoundException', message, 404);

export const conflict = (message: string) => new AwsError('ConflictException', message, 409);

export const badRequest = (message: string) => new AwsError('BadRequestException', message, 400);

/** v1: `Invalid API identifier specified 000000000000:abc` (the account, then the id). */
export const invalidIdentifier = (what: string, accountId: string, id: string) =>
  notFound(`Invalid ${what} identifier specified ${accountId}:${id}`);

/** v2: `Invalid API identifier specified abc`. */
export const v2NotFound = (what: string, id: string) =>
  new AwsError('NotFoundException', `Invalid ${what} identifier specified ${id}`, 404, {
    fields: { ResourceType: what },
  });

/** A required member left out, in the words of API Gateway's validation. */
export const missing = (member: string) => badRequest(`Invalid request input: ${member} is required`);
