// Which service a request is for: SigV4 credential scope, then X-Amz-Target, then path, then form Action.
import type { IncomingHttpHeaders } from 'node:http';

export interface Route {
  service: string;
  region?: string;
}

const TARGET_PREFIXES: Record<string, string> = {
  AmazonSQS: 'sqs',
  AWSEvents: 'events',
  Logs_20140328: 'logs',
  AWSSecurityTokenServiceV20110615: 'sts',
};

const SQS_ACTIONS = new Set([
  'CreateQueue',
  'GetQueueUrl',
  'ListQueues',
  'GetQueueAttributes',
  'SetQueueAttributes',
  'SendMessage',
  'SendMessageBatch',
  'ReceiveMessage',
  'DeleteMessage',
  'DeleteMessageBatch',
  'ChangeMessageVisibility',
  'ChangeMessageVisibilityBatch',
  'PurgeQueue',
  'DeleteQueue',
  'TagQueue',
  'UntagQueue',
  'ListQueueTags',
  'ListDeadLetterSourceQueues',
  'AddPermission',
  'RemovePermission',
]);
const SNS_ACTIONS = new Set([
  'CreateTopic',
  'DeleteTopic',
  'ListTopics',
  'GetTopicAttributes',
  'SetTopicAttributes',
  'Subscribe',
  'Unsubscribe',
  'ListSubscriptions',
  'ListSubscriptionsByTopic',
  'GetSubscriptionAttributes',
  'SetSubscriptionAttributes',
  'Publish',
  'PublishBatch',
  'ConfirmSubscription',
  'TagResource',
  'UntagResource',
  'ListTagsForResource',
]);
const STS_ACTIONS = new Set(['GetCallerIdentity', 'AssumeRole', 'GetSessionToken']);

/** Reads `Credential=AKID/20260101/us-east-1/sqs/aws4_request` from the Authorization header or query. */
export function credentialScope(headers: IncomingHttpHeaders, query: URLSearchParams): Route | undefined {
  const auth = String(headers.authorization ?? '');
  const m = /Credential=[^/,\s]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(auth);
  if (m) return { region: m[1], service: m[2] };
  const q = query.get('X-Amz-Credential');
  const parts = q?.split('/');
  if (parts && parts.length >= 5) return { region: parts[2], service: parts[3] };
  return undefined;
}

/** Normalises signing names to the folder names of this package. */
function normalise(service: string): string {
  if (service === 'execute-api') return 'apigateway';
  return service;
}

export function routeRequest(
  path: string,
  headers: IncomingHttpHeaders,
  query: URLSearchParams,
  formAction: () => string | undefined,
): Route {
  const scope = credentialScope(headers, query);
  if (scope) return { service: normalise(scope.service), region: scope.region };

  const target = String(headers['x-amz-target'] ?? '');
  if (target) {
    const prefix = target.slice(0, target.indexOf('.'));
    if (TARGET_PREFIXES[prefix]) return { service: TARGET_PREFIXES[prefix] };
  }
  if (/^\/20\d\d-\d\d-\d\d\/(functions|event-source-mappings|tags|layers)/.test(path))
    return { service: 'lambda' };

  const action = formAction();
  if (action) {
    if (SQS_ACTIONS.has(action)) return { service: 'sqs' };
    if (SNS_ACTIONS.has(action)) return { service: 'sns' };
    if (STS_ACTIONS.has(action)) return { service: 'sts' };
    if (/Stack|ChangeSet|Template|Export/.test(action)) return { service: 'cloudformation' };
    if (/Role|Policy|User|Simulate/.test(action)) return { service: 'iam' };
  }
  return { service: 's3' };
}
