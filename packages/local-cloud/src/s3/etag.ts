// ETags as S3 sends them (the hex in double quotes) and as clients send them back (quoted, weak or bare).

export function quoted(etag: string): string {
  return `"${etag}"`;
}

export function unquoted(etag: string): string {
  return etag.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
}
