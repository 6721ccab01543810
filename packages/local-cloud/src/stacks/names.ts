// Physical names as CloudFormation makes them when a template gives none: `<stack>-<logicalId>-<RANDOM>`.
import { randomInt } from 'node:crypto';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export function randomSuffix(length = 13, alphabet = UPPER): string {
  let s = '';
  for (let i = 0; i < length; i++) s += alphabet[randomInt(alphabet.length)];
  return s;
}

/**
 * `<stack>-<logicalId>-<13 random>` cut to `maxLength` by shortening the stack and logical id parts,
 * as CloudFormation does; `lowercase` for S3 buckets; `suffix` for `.fifo` queues and topics.
 */
export function physicalName(
  stackName: string,
  logicalId: string,
  options: { maxLength?: number; lowercase?: boolean; suffix?: string } = {},
): string {
  const max = options.maxLength ?? 64;
  const tail = options.suffix ?? '';
  const random = randomSuffix(13);
  const budget = max - random.length - tail.length - 2;
  let stack = stackName;
  let logical = logicalId;
  if (stack.length + logical.length > budget) {
    const half = Math.floor(budget / 2);
    if (stack.length > half && logical.length > budget - half) {
      stack = stack.slice(0, half);
      logical = logical.slice(0, budget - half);
    } else if (stack.length > half) stack = stack.slice(0, budget - logical.length);
    else logical = logical.slice(0, budget - stack.length);
  }
  const name = `${stack}-${logical}-${random}${tail}`;
  return options.lowercase ? name.toLowerCase() : name;
}
