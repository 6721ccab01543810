// A request's template: the body given inline, or read from the local S3 at its TemplateURL.
import type { CloudFormationContext } from './context.js';
import { templateMissing, templateUrlUnreadable, templateUrlUnsupported } from './errors.js';

/** The two members CreateStack, UpdateStack, CreateChangeSet and ValidateTemplate give a template in. */
export interface TemplateSource {
  TemplateBody?: string;
  TemplateURL?: string;
}

/** `https://bucket.s3.amazonaws.com/key`, `https://s3.<region>.amazonaws.com/bucket/key`, or path-style. */
export function s3Location(url: string): { bucket: string; key: string } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw templateUrlUnsupported();
  }
  const path = decodeURIComponent(u.pathname.slice(1));
  const virtual = /^(.+)\.s3[.-]/.exec(u.hostname);
  if (virtual) return { bucket: virtual[1], key: path };
  const slash = path.indexOf('/');
  if (slash < 1) throw templateUrlUnsupported();
  return { bucket: path.slice(0, slash), key: path.slice(slash + 1) };
}

/** The template's text, or undefined when the request gives none. */
export async function givenTemplate(
  ctx: CloudFormationContext,
  source: TemplateSource,
): Promise<string | undefined> {
  if (source.TemplateBody !== undefined) return source.TemplateBody;
  if (source.TemplateURL === undefined) return undefined;
  const { bucket, key } = s3Location(source.TemplateURL);
  // The SDK loads at first use: a local cloud that never reads a template from S3 never pays its memory.
  const { GetObjectCommand } = await import('@aws-sdk/client-s3');
  const { s3Client } = await import('../stacks/clients.js');
  try {
    const out = await s3Client({
      endpoint: ctx.cloud.endpoint,
      region: ctx.region,
      credentials: ctx.cloud.credentials,
    }).send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    return await out.Body!.transformToString('utf8');
  } catch {
    throw templateUrlUnreadable(source.TemplateURL);
  }
}

/** As givenTemplate, for operations that need one. */
export async function requiredTemplate(ctx: CloudFormationContext, source: TemplateSource): Promise<string> {
  const body = await givenTemplate(ctx, source);
  if (body === undefined) throw templateMissing();
  return body;
}
