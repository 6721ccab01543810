// restXml helpers (S3): XML answers and S3's flat `<Error>` shape.
import type { ServerResponse } from 'node:http';
import type { AwsError } from './errors.js';
import type { LocalRequest } from './request.js';
import { send } from './response.js';
import { escapeXml } from './xml.js';

export const S3_NAMESPACE = 'http://s3.amazonaws.com/doc/2006-03-01/';

export function sendXml(
  res: ServerResponse,
  status: number,
  xml: string,
  headers: Record<string, string | number> = {},
) {
  send(res, status, `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`, {
    'Content-Type': 'application/xml',
    ...headers,
  });
}

export function writeRestXmlError(req: LocalRequest, res: ServerResponse, err: AwsError): void {
  if (err.status >= 500) req.cloud.log('error', `${req.service}: ${err.message}`);
  const extra = Object.entries(err.fields)
    .map(([k, v]) => `<${k}>${escapeXml(String(v))}</${k}>`)
    .join('');
  const xml = `<Error><Code>${escapeXml(err.code)}</Code><Message>${escapeXml(err.message)}</Message>${extra}<RequestId>${req.requestId}</RequestId></Error>`;
  const headers = { 'x-amz-request-id': req.requestId, 'x-amz-id-2': req.requestId, ...err.headers };
  if (req.method === 'HEAD') send(res, err.status, undefined, headers);
  else sendXml(res, err.status, xml, headers);
}
