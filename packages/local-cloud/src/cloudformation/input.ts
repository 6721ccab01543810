// Request pieces several CloudFormation operations share: template source, parameters, tags, capabilities.
import { type QueryForm, queryList, queryStructs } from '../protocol/awsQuery.js';
import { AwsError } from '../protocol/errors.js';
import type { LocalRequest } from '../protocol/request.js';
import type { StackInput } from '../stacks/engine.js';
import { parseTemplate, type Template } from '../stacks/template.js';

/** `https://bucket.s3.amazonaws.com/key`, `https://s3.<region>.amazonaws.com/bucket/key`, or path-style. */
export function s3Location(url: string): { bucket: string; key: string } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new AwsError('ValidationError', 'TemplateURL must be a supported URL.');
  }
  const path = decodeURIComponent(u.pathname.slice(1));
  const virtual = /^(.+)\.s3[.-]/.exec(u.hostname);
  if (virtual) return { bucket: virtual[1], key: path };
  const slash = path.indexOf('/');
  if (slash < 1) throw new AwsError('ValidationError', 'TemplateURL must be a supported URL.');
  return { bucket: path.slice(0, slash), key: path.slice(slash + 1) };
}

/** The template body given inline or as TemplateURL (read from the local S3 through its API). */
export async function templateBody(
  form: QueryForm,
  req: LocalRequest,
  optional = false,
): Promise<string | undefined> {
  if (form.TemplateBody !== undefined) return form.TemplateBody;
  if (form.TemplateURL !== undefined) {
    const { bucket, key } = s3Location(form.TemplateURL);
    // The SDK loads at first use: a local cloud that never reads a template from S3 never pays its memory.
    const { GetObjectCommand } = await import('@aws-sdk/client-s3');
    const { s3Client } = await import('../stacks/clients.js');
    try {
      const out = await s3Client({ endpoint: req.cloud.endpoint, region: req.region }).send(
        new GetObjectCommand({ Bucket: bucket, Key: key }),
      );
      return await out.Body!.transformToString('utf8');
    } catch {
      throw new AwsError('ValidationError', `S3 error: Access Denied (reading ${form.TemplateURL})`);
    }
  }
  if (optional) return undefined;
  throw new AwsError('ValidationError', 'Either Template URL or Template Body must be specified.');
}

export function parameters(form: QueryForm): { values: Record<string, string>; previous: string[] } {
  const values: Record<string, string> = {};
  const previous: string[] = [];
  for (const p of queryStructs(form, 'Parameters.member')) {
    if (!p.ParameterKey) continue;
    if (p.UsePreviousValue === 'true') previous.push(p.ParameterKey);
    else values[p.ParameterKey] = p.ParameterValue ?? '';
  }
  return { values, previous };
}

export function tags(form: QueryForm): { Key: string; Value: string }[] | undefined {
  const list = queryStructs(form, 'Tags.member').map((t) => ({ Key: t.Key, Value: t.Value ?? '' }));
  return list.length > 0 || form.Tags === '' ? list : undefined;
}

/** CAPABILITY_IAM / CAPABILITY_NAMED_IAM as CloudFormation demands them for IAM resources. */
export function checkCapabilities(template: Template, given: string[]): void {
  let need: string | undefined;
  for (const r of Object.values(template.Resources)) {
    if (!r.Type.startsWith('AWS::IAM::')) continue;
    const named = ['RoleName', 'UserName', 'GroupName', 'ManagedPolicyName', 'InstanceProfileName'].some(
      (k) => r.Properties?.[k] !== undefined,
    );
    if (named) need = 'CAPABILITY_NAMED_IAM';
    else need ??= 'CAPABILITY_IAM';
  }
  if (!need) return;
  const ok =
    need === 'CAPABILITY_IAM'
      ? given.some((c) => c.endsWith('_IAM'))
      : given.includes('CAPABILITY_NAMED_IAM');
  if (!ok) throw new AwsError('InsufficientCapabilitiesException', `Requires capabilities : [${need}]`);
}

/** A StackInput from the form of CreateStack, UpdateStack or CreateChangeSet. */
export function stackInput(form: QueryForm, body: string): StackInput {
  const capabilities = queryList(form, 'Capabilities.member');
  checkCapabilities(parseTemplate(body), capabilities);
  const p = parameters(form);
  return {
    stackName: form.StackName,
    templateBody: body,
    parameters: p.values,
    previousParameters: p.previous,
    capabilities,
    tags: tags(form),
    disableRollback: form.DisableRollback === 'true' || form.OnFailure === 'DO_NOTHING',
  };
}

export function requireName(form: QueryForm, name = 'StackName'): string {
  const v = form[name];
  if (!v) {
    throw new AwsError(
      'ValidationError',
      `1 validation error detected: Value null at '${name.charAt(0).toLowerCase()}${name.slice(1)}' failed to satisfy constraint: Member must not be null`,
    );
  }
  return v;
}
