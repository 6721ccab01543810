// GetRandomPassword: a password from the character classes asked for, one of each unless told otherwise.
import { randomInt } from 'node:crypto';
import type { GetRandomPasswordRequest, GetRandomPasswordResponse } from '@aws-sdk/client-secrets-manager';
import type { SecretsContext } from './context.js';
import { invalidParameter, invalidRequest } from './errors.js';

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
const PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

export function getRandomPassword(
  _ctx: SecretsContext,
  input: GetRandomPasswordRequest,
): GetRandomPasswordResponse {
  return { RandomPassword: randomPassword(input) };
}

export function randomPassword(input: GetRandomPasswordRequest): string {
  const length = input.PasswordLength ?? 32;
  if (!Number.isInteger(length) || length < 1 || length > 4096) {
    throw invalidParameter('Password length must be between 1 and 4096 characters.');
  }
  const excluded = new Set(input.ExcludeCharacters ?? '');
  const classes = [
    input.ExcludeLowercase ? '' : LOWER,
    input.ExcludeUppercase ? '' : UPPER,
    input.ExcludeNumbers ? '' : DIGITS,
    input.ExcludePunctuation ? '' : PUNCTUATION,
    input.IncludeSpace ? ' ' : '',
  ]
    .map((c) => [...c].filter((ch) => !excluded.has(ch)).join(''))
    .filter(Boolean);
  if (classes.length === 0) throw invalidRequest('The password has no characters left to be made of.');
  const all = classes.join('');
  const chars = Array.from({ length }, () => all[randomInt(all.length)]);
  if (input.RequireEachIncludedType !== false && length >= classes.length) {
    // One character of each class at distinct random places.
    const places = new Set<number>();
    while (places.size < classes.length) places.add(randomInt(length));
    [...places].forEach((place, i) => {
      chars[place] = classes[i][randomInt(classes[i].length)];
    });
  }
  return chars.join('');
}
