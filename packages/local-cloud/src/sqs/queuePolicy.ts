// The queue policy that AddPermission and RemovePermission edit: one statement per label, in the document
// AWS generates (`Version` 2008-10-17, `Id` `<queue ARN>/SQSDefaultPolicy`).
import {
  labelExists,
  labelNotFound,
  ownerOnlyAction,
  tooManyActions,
  unknownAction,
  unverifiedPrincipal,
} from './errors.js';
import type { Queue } from './queue.js';

/** Actions a permission may grant, besides `*` (the batch versions come with their single ones). */
const GRANTABLE = new Set([
  'ChangeMessageVisibility',
  'DeleteMessage',
  'GetQueueAttributes',
  'GetQueueUrl',
  'ListDeadLetterSourceQueues',
  'PurgeQueue',
  'ReceiveMessage',
  'SendMessage',
]);

/** Actions cross-account permissions do not apply to (the developer guide's list). */
const OWNER_ONLY = new Set([
  'AddPermission',
  'CancelMessageMoveTask',
  'CreateQueue',
  'DeleteQueue',
  'ListMessageMoveTasks',
  'ListQueues',
  'ListQueueTags',
  'RemovePermission',
  'SetQueueAttributes',
  'StartMessageMoveTask',
  'TagQueue',
  'UntagQueue',
]);

/** "An Amazon SQS policy can have a maximum of seven actions per statement." */
const MAX_ACTIONS = 7;

interface Statement {
  Sid?: string;
  [key: string]: unknown;
}

interface PolicyDocument {
  Statement?: Statement | Statement[];
  [key: string]: unknown;
}

function readPolicy(queue: Queue): PolicyDocument | undefined {
  const text = queue.attributes.Policy;
  if (!text) return undefined;
  const doc = JSON.parse(text) as PolicyDocument;
  return doc && typeof doc === 'object' ? doc : undefined;
}

function statementsOf(doc: PolicyDocument | undefined): Statement[] {
  const s = doc?.Statement;
  return s === undefined ? [] : Array.isArray(s) ? s : [s];
}

/** The actions as a statement names them (`SQS:SendMessage`), after AWS's checks. */
export function grantedActions(actions: string[]): string[] {
  if (actions.length > MAX_ACTIONS) throw tooManyActions(actions.length, MAX_ACTIONS);
  return actions.map((a) => {
    const name = `SQS:${a}`;
    if (OWNER_ONLY.has(a)) throw ownerOnlyAction(name);
    if (a !== '*' && !GRANTABLE.has(a)) throw unknownAction(name);
    return name;
  });
}

export function addStatement(queue: Queue, label: string, accounts: string[], actions: string[]): void {
  for (const a of accounts) if (!/^\d{12}$/.test(a)) throw unverifiedPrincipal(a);
  const doc = readPolicy(queue) ?? { Version: '2008-10-17', Id: `${queue.arn}/SQSDefaultPolicy` };
  const statements = statementsOf(doc);
  if (statements.some((s) => s.Sid === label)) throw labelExists(label);
  // AWS lists the principals in the reverse of the request's order (one recording with two accounts).
  const principals = accounts.map((a) => `arn:aws:iam::${a}:root`).reverse();
  statements.push({
    Sid: label,
    Effect: 'Allow',
    Principal: { AWS: principals.length === 1 ? principals[0] : principals },
    Action: actions.length === 1 ? actions[0] : actions,
    Resource: queue.arn,
  });
  queue.setAttributes({ Policy: JSON.stringify({ ...doc, Statement: statements }) });
}

/** Removes the label's statement; the policy goes away with its last statement, as on AWS. */
export function removeStatement(queue: Queue, label: string): void {
  const doc = readPolicy(queue);
  const statements = statementsOf(doc);
  const kept = statements.filter((s) => s.Sid !== label);
  if (kept.length === statements.length) throw labelNotFound(label);
  queue.setAttributes({ Policy: kept.length === 0 ? '' : JSON.stringify({ ...doc, Statement: kept }) });
}
