// sts: GetCallerIdentity, AssumeRole and GetSessionToken, on awsQuery (what the SDKs and CLIs send) and
// on awsJson 1.0 (`X-Amz-Target: AWSSecurityTokenServiceV20110615.<Operation>`) for clients that move to it.
import type { Credentials } from '@aws-sdk/client-sts';
import type { LocalCloud, Service } from '../cloud.js';
import { serveAwsJson } from '../protocol/awsJson.js';
import { type QueryForm, serveAwsQuery } from '../protocol/awsQuery.js';
import { header } from '../protocol/request.js';
import { toXml } from '../protocol/xml.js';
import { assumeRole } from './assumeRole.js';
import { getCallerIdentity } from './getCallerIdentity.js';
import { getSessionToken } from './getSessionToken.js';

export const STS_NAMESPACE = 'https://sts.amazonaws.com/doc/2011-06-15/';
const JSON_TARGET_PREFIX = 'AWSSecurityTokenServiceV20110615';

function credentialsXml(c: Credentials | undefined): string {
  if (!c) return '';
  const { AccessKeyId, SecretAccessKey, SessionToken } = c;
  return toXml({
    Credentials: { AccessKeyId, SecretAccessKey, SessionToken, Expiration: c.Expiration?.toISOString() },
  });
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
        const { Arn, UserId, Account } = getCallerIdentity(cloud);
        return toXml({ Arn, UserId, Account });
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
          toXml({
            AssumedRoleUser: { AssumedRoleId: user?.AssumedRoleId, Arn: user?.Arn },
            PackedPolicySize: out.PackedPolicySize,
          })
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
