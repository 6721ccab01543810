// Queue tags: the checks CreateQueue, TagQueue and UntagQueue make on keys, values and their number.
import { tagKeyLength, tagValueLength, tooManyTags } from './errors.js';

/** A queue holds at most 50 tags. */
const MAX_TAGS = 50;

export function checkTagKey(key: string): void {
  if (key.length < 1 || key.length > 128) throw tagKeyLength();
}

/** Checks tags to add to a queue's `current` ones, before any is applied. */
export function checkTags(
  queueName: string,
  current: Record<string, string>,
  added: Record<string, string>,
): void {
  for (const [key, value] of Object.entries(added)) {
    checkTagKey(key);
    if (String(value).length > 256) throw tagValueLength();
  }
  if (Object.keys({ ...current, ...added }).length > MAX_TAGS) throw tooManyTags(queueName);
}
