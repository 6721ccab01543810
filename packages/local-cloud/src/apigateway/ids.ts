// Identifiers as API Gateway makes them: lower-case letters and digits, 10 for APIs, API keys and root
// resources, 6 for resources, deployments, authorizers and the like, 7 for HTTP API routes and
// integrations.
import { randomInt } from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A fresh id of `length` characters that `taken` does not hold. */
export function newId(length: number, taken: (id: string) => boolean = () => false): string {
  for (;;) {
    let id = '';
    for (let i = 0; i < length; i++) id += ALPHABET[randomInt(ALPHABET.length)];
    if (!taken(id)) return id;
  }
}

export const API_ID_LENGTH = 10;
export const SHORT_ID_LENGTH = 6;
export const ROUTE_ID_LENGTH = 7;
