// ARNs, read in one place: `arn:<partition>:<service>:<region>:<account>:<resource>`, and the resource
// split into its type, name and what follows the name, as each service of the local cloud writes it.

export interface Arn {
  /** The ARN as written. */
  text: string;
  /** `aws`, `aws-cn`, `aws-us-gov`, ... */
  partition: string;
  /** `sqs`, `sns`, `lambda`, `events`, `s3`, `iam`, ... */
  service: string;
  /** Empty for global services (IAM, S3). */
  region: string;
  /** Empty where the service writes none (S3). */
  account: string;
  /** Everything after the account, as written: `q`, `function:f:live`, `event-bus/b`, `bucket/key`. */
  resource: string;
  /** `function`, `event-bus`, `role`, `log-group`, ...; empty for SQS, SNS and S3, whose resources are bare names. */
  resourceType: string;
  /** The name after the type: a queue, topic, bucket, function or bus name; `path/name` for a role. */
  resourceName: string;
  /** What follows the name: a Lambda version or alias, an SNS subscription id, an S3 object key, logs' `*`. */
  subresource?: string;
}

/** Services whose resource is a bare name (`q`, `topic`, `topic:<subscription>`, `bucket/key`). */
const UNTYPED = new Set(['sqs', 'sns', 's3']);

/** The ARN's parts, or undefined when the text is not `arn:` with six or more elements. */
export function parseArn(text: string): Arn | undefined {
  if (!text.startsWith('arn:')) return undefined;
  const parts = text.split(':');
  if (parts.length < 6) return undefined;
  const [, partition, service, region, account] = parts;
  const resource = parts.slice(5).join(':');
  const arn: Arn = {
    text,
    partition,
    service,
    region,
    account,
    resource,
    resourceType: '',
    resourceName: resource,
  };
  if (UNTYPED.has(service)) {
    // An S3 object's key follows its bucket after `/`; an SNS subscription's id follows its topic after `:`.
    const cut = service === 's3' ? resource.indexOf('/') : resource.indexOf(':');
    if (cut >= 0) {
      arn.resourceName = resource.slice(0, cut);
      arn.subresource = resource.slice(cut + 1);
    }
    return arn;
  }
  // `type/name...` or `type:name[:qualifier]`, whichever separator comes first.
  const slash = resource.indexOf('/');
  const colon = resource.indexOf(':');
  if (slash >= 0 && (colon < 0 || slash < colon)) {
    arn.resourceType = resource.slice(0, slash);
    arn.resourceName = resource.slice(slash + 1);
  } else if (colon >= 0) {
    arn.resourceType = resource.slice(0, colon);
    const rest = resource.slice(colon + 1);
    const next = rest.indexOf(':');
    arn.resourceName = next < 0 ? rest : rest.slice(0, next);
    if (next >= 0) arn.subresource = rest.slice(next + 1);
  }
  return arn;
}

/** The service part of an ARN (`sqs`, `sns`, `lambda`, `events`, `s3`), or undefined. */
export function arnService(text: string): string | undefined {
  return parseArn(text)?.service;
}

/** How many `:`-separated elements the text has, for errors that count them (SNS's "at least 6 elements"). */
export function arnElementCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) n++;
  return n;
}
