// Error writers for answers the server gives before a service's own codec has the request (a browser
// origin refused, a body too large, a service not served): the protocol is read from the request's
// shape, so a query client gets XML, a JSON client JSON, anything else S3's XML.
import type { LocalRequest } from '../request.js';
import type { Face } from '../service.js';
import { buildAwsJsonFace } from './awsJson.js';
import { buildAwsQueryFace } from './awsQuery.js';
import { buildRestXmlFace } from './restXml.js';

const bare = { operations: {}, context: () => undefined };

let faces: { json: Face; query: Face; xml: Face } | undefined;

function bareFaces() {
  faces ??= {
    json: buildAwsJsonFace({ ...bare, version: '1.1', targetPrefix: '' }),
    query: buildAwsQueryFace({ ...bare, namespace: 'https://local-cloud/doc/' }),
    xml: buildRestXmlFace(bare),
  };
  return faces;
}

/** The face whose error shape this request's client reads. */
export function faceFor(req: LocalRequest, served?: readonly Face[]): Face {
  const own = served?.find((f) => f.accepts(req));
  if (own) return own;
  const f = bareFaces();
  if (req.headers['x-amz-target'] !== undefined) return f.json;
  const type = String(req.headers['content-type'] ?? '');
  if (type.includes('x-www-form-urlencoded') || req.query.has('Action')) return f.query;
  return f.xml;
}
