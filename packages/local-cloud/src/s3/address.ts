// Which bucket and key a request names: virtual-hosted style (bucket in the Host) or path style.

export interface S3Address {
  bucket?: string;
  key?: string;
}

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

function decodePath(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function s3Address(host: string | undefined, path: string): S3Address {
  const hosted = bucketFromHost(host);
  if (hosted !== undefined) {
    const key = path.replace(/^\//, '');
    return { bucket: hosted, key: key === '' ? undefined : decodePath(key) };
  }
  const rest = path.replace(/^\//, '');
  if (rest === '') return {};
  const slash = rest.indexOf('/');
  if (slash < 0) return { bucket: decodePath(rest) };
  const key = rest.slice(slash + 1);
  return { bucket: decodePath(rest.slice(0, slash)), key: key === '' ? undefined : decodePath(key) };
}
