// Which bucket a Host header names (virtual-hosted addressing), and what a path-style path addresses.

/**
 * The bucket named by a Host header: `<bucket>.s3.<anything>` (AWS, LocalStack's
 * `s3.localhost.localstack.cloud`) or `<bucket>.localhost`. IPs and bare names are path style.
 */
export function bucketFromHost(host: string | undefined): string | undefined {
  if (!host) return undefined;
  const name = host.replace(/:\d+$/, '').toLowerCase();
  if (/^[\d.]+$/.test(name) || name.startsWith('[')) return undefined;
  const s3 = /^(.+)\.s3[.-]/.exec(name);
  if (s3) return s3[1];
  const local = /^(.+)\.localhost$/.exec(name);
  if (local) return local[1];
  return undefined;
}

/** What a path-style path names, in the words of MethodNotAllowed's ResourceType. */
export function resourceType(path: string): 'SERVICE' | 'BUCKET' | 'OBJECT' {
  const m = /^\/([^/]+)(\/.*)?$/.exec(path);
  if (!m) return 'SERVICE';
  return m[2] === undefined || m[2] === '/' ? 'BUCKET' : 'OBJECT';
}
