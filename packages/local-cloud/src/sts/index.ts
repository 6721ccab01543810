// sts: GetCallerIdentity, AssumeRole and GetSessionToken, on awsQuery (what the SDKs and CLIs send) and
// on awsJson 1.0 (`X-Amz-Target: AWSSecurityTokenServiceV20110615.<Operation>`) for clients that move to it.
import type { Credentials } from '@aws-sdk/client-sts';
import type { LocalCloud, Service } from '../cloud.js';
import { serveAwsJson } from '../protocol/awsJson.js';
import { type QueryForm, serveAwsQuery } from '../protocol/awsQuery.js';
import { header } from '../protocol/request.js';
import { escapeXml } from '../protocol/xml.js';
import { assumeRole } from './assumeRole.js';
import { getCallerIdentity } from './getCallerIdentity.js';
import { getSessionToken } from './getSessionToken.js';

export const STS_NAMESPACE = 'https://sts.amazonaws.com/doc/2011-06-15/';
const JSON_TARGET_PREFIX = 'AWSSecurityTokenServiceV20110615';

const el = (name: string, v: string | number | undefined) =>
  v === undefined ? '' : `<${name}>${escapeXml(String(v))}</${name}>`;

function credentialsXml(c: Credentials | undefined): string {
  if (!c) return '';
  return `<Credentials>${el('AccessKeyId', c.AccessKeyId)}${el('SecretAccessKey', c.SecretAccessKey)}${el(
    'SessionToken',
    c.SessionToken,
  )}${el('Expiration', c.Expiration?.toISOString())}</Credentials>`;
}

function credentialsJson(c: Credentials | undefined) {
  return c && { ...c, Expiration: c.Expiration ? c.Expiration.getTime() / 1000 : undefined };
}

const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));

export function createStsService(cloud: LocalCloud): Service {
  const query = {
    namespace: STS_NAMESPACE,
    operations: {
      GetCallerIdentity: () => {
        const out = getCallerIdentity(cloud);
        return el('Arn', out.Arn) + el('UserId', out.UserId) + el('Account', out.Account);
      },
      AssumeRole: (form: QueryForm) => {
        const out = assumeRole({
          RoleArn: form.RoleArn,
          RoleSessionName: form.RoleSessionName,
          DurationSeconds: num(form.DurationSeconds),
          Policy: form.Policy,
        });
        const user = out.AssumedRoleUser;
        return (
          credentialsXml(out.Credentials) +
          `<AssumedRoleUser>${el('AssumedRoleId', user?.AssumedRoleId)}${el('Arn', user?.Arn)}</AssumedRoleUser>` +
          el('PackedPolicySize', out.PackedPolicySize)
        );
      },
      GetSessionToken: (form: QueryForm) =>
        credentialsXml(getSessionToken({ DurationSeconds: num(form.DurationSeconds) }).Credentials),
    },
  };
  const json = {
    targetPrefix: JSON_TARGET_PREFIX,
    version: '1.0' as const,
    operations: {
      GetCallerIdentity: () => getCallerIdentity(cloud),
      AssumeRole: (input: Parameters<typeof assumeRole>[0]) => {
        const out = assumeRole(input);
        return { ...out, Credentials: credentialsJson(out.Credentials) };
      },
      GetSessionToken: (input: Parameters<typeof getSessionToken>[0]) => ({
        Credentials: credentialsJson(getSessionToken(input).Credentials),
      }),
    },
  };
  return {
    name: 'sts',
    handle: (req, res) =>
      header(req, 'x-amz-target')?.startsWith(`${JSON_TARGET_PREFIX}.`)
        ? serveAwsJson(json, req, res)
        : serveAwsQuery(query, req, res),
  };
}
