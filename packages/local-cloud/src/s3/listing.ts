// The walk ListObjects and ListObjectsV2 share: keys in byte order after a marker, rolled up into
// CommonPrefixes by the delimiter, cut at max-keys.

import { invalidEncodingType } from './errors.js';
import type { Bucket, S3Object } from './store.js';
import { compareKeys } from './store.js';

export interface ListingPage {
  contents: S3Object[];
  commonPrefixes: string[];
  isTruncated: boolean;
  /** The last key or common prefix returned: where the next page resumes. */
  last?: string;
}

export function listPage(
  bucket: Bucket,
  options: { prefix: string; delimiter?: string; after?: string; maxKeys: number },
): ListingPage {
  const { prefix, delimiter, after, maxKeys } = options;
  const keys = [...bucket.objects.keys()].filter((k) => k.startsWith(prefix)).sort(compareKeys);
  const page: ListingPage = { contents: [], commonPrefixes: [], isTruncated: false };
  // Resuming after a common prefix skips every key under it.
  const skipUnder = after !== undefined && delimiter && after.endsWith(delimiter) ? after : undefined;
  for (const key of keys) {
    if (after !== undefined && compareKeys(key, after) <= 0) continue;
    if (skipUnder !== undefined && key.startsWith(skipUnder)) continue;
    let entry = key;
    let isPrefix = false;
    if (delimiter) {
      const at = key.indexOf(delimiter, prefix.length);
      if (at >= 0) {
        entry = key.slice(0, at + delimiter.length);
        isPrefix = true;
        if (page.commonPrefixes[page.commonPrefixes.length - 1] === entry) continue;
      }
    }
    if (page.contents.length + page.commonPrefixes.length >= maxKeys) {
      page.isTruncated = maxKeys > 0;
      break;
    }
    if (isPrefix) page.commonPrefixes.push(entry);
    else page.contents.push(bucket.objects.get(key) as S3Object);
    page.last = entry;
  }
  return page;
}

/** `encoding-type=url`: S3 percent-encodes keys and prefixes but leaves `/` alone. */
export function encoder(encodingType: string | undefined): (s: string) => string {
  if (encodingType !== 'url') return (s) => s;
  return (s) => encodeURIComponent(s).replace(/%2F/g, '/');
}

/** `encoding-type` as S3 reads it: only `url` exists. */
export function encodingType(value: string | undefined): 'url' | undefined {
  if (value !== undefined && value !== 'url') throw invalidEncodingType(value);
  return value;
}
