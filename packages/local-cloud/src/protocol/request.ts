// What a service handler receives: the parsed HTTP request plus who it is for.
import type { IncomingHttpHeaders } from 'node:http';
import type { LocalCloud } from '../cloud.js';

export interface LocalRequest {
  method: string;
  /** Path without the query string, percent-decoding left to the service. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** Service name from the SigV4 scope or the routing rules (`sqs`, `lambda`, ...). */
  service: string;
  /** Region from the SigV4 scope, or the cloud's default. */
  region: string;
  /** Fresh id of this request; also sent back as `x-amzn-RequestId`. */
  requestId: string;
  /** `http://host:port` as the client addressed us, for URLs handed back (queue URLs). */
  baseUrl: string;
  cloud: LocalCloud;
}

export function header(req: LocalRequest, name: string): string | undefined {
  const v = req.headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}
