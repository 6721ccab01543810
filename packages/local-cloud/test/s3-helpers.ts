// Shared by the S3 tests: an SDK client on the local cloud, path style or virtual-hosted.
import { Agent, type AgentOptions, request } from 'node:http';
import { S3Client } from '@aws-sdk/client-s3';
import { NodeHttpHandler } from '@smithy/node-http-handler';

export const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };

export function pathStyleClient(url: string, region = 'us-east-1'): S3Client {
  return new S3Client({ endpoint: url, region, credentials, forcePathStyle: true });
}

/**
 * A client addressing `<bucket>.localhost:<port>`; this machine may not resolve *.localhost, so the
 * agent resolves every name to the loopback address.
 */
export function virtualHostedClient(port: number): S3Client {
  const lookup = ((_host: string, options: unknown, cb: (...args: unknown[]) => void) => {
    const all = typeof options === 'object' && options !== null && (options as { all?: boolean }).all;
    if (all) cb(null, [{ address: '127.0.0.1', family: 4 }]);
    else cb(null, '127.0.0.1', 4);
  }) as unknown as AgentOptions['lookup'];
  const httpAgent = new Agent({ lookup, keepAlive: false } as AgentOptions);
  return new S3Client({
    endpoint: `http://localhost:${port}`,
    region: 'us-east-1',
    credentials,
    forcePathStyle: false,
    requestHandler: new NodeHttpHandler({ httpAgent }),
  });
}

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A hand-made request (any Host header, any framing), for what the SDK would never send. */
export function rawRequest(
  port: number,
  options: {
    method: string;
    path: string;
    headers?: Record<string, string | number>;
    body?: Buffer | string;
  },
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: options.method, path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** An Authorization header whose credential scope names a region (signatures are not checked locally). */
export function scopeFor(region: string): string {
  return `AWS4-HMAC-SHA256 Credential=test/20260101/${region}/s3/aws4_request, SignedHeaders=host, Signature=00`;
}
