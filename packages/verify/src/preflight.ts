// The preflight (`destinations doctor`): the function, its runtime, its EventInvokeConfig, each destination
// and the role's permission to deliver there, a destination queue's consumers, and what each case will
// change on the function for its duration; each finding as one line saying what to change (or what will
// happen); the definite errors among them are `fatal`.
import { DescribeEventBusCommand } from '@aws-sdk/client-eventbridge';
import { SimulatePrincipalPolicyCommand } from '@aws-sdk/client-iam';
import { GetFunctionCommand } from '@aws-sdk/client-lambda';
import { HeadBucketCommand } from '@aws-sdk/client-s3';
import { GetTopicAttributesCommand } from '@aws-sdk/client-sns';
import { GetQueueAttributesCommand, GetQueueUrlCommand } from '@aws-sdk/client-sqs';
import {
  type DestinationType,
  destinationType,
  functionNameOf,
  parseArn,
  resourceName,
  unqualified,
} from './arn.js';
import { arrangementFor, describeArrangement } from './arrange.js';
import { type Clients, errorCode, errorStatus } from './clients.js';
import { type LocalCloudInfo, readRuntimes } from './cloudInfo.js';
import type { ResolvedFunction } from './resolve.js';
import { consumersOf, describeConsumers } from './tap/consumer.js';
import type { CaseSpec, DestinationKind, Problem } from './types.js';

/** What the execution role needs, per destination type (s3 needs both). */
export const DELIVERY_ACTIONS: Record<
  DestinationType,
  { action: string; resource: (arn: string) => string }[]
> = {
  sqs: [{ action: 'sqs:SendMessage', resource: (a) => a }],
  sns: [{ action: 'sns:Publish', resource: (a) => a }],
  events: [{ action: 'events:PutEvents', resource: (a) => a }],
  lambda: [{ action: 'lambda:InvokeFunction', resource: (a) => a }],
  s3: [
    { action: 's3:PutObject', resource: (a) => `${a}/*` },
    { action: 's3:ListBucket', resource: (a) => a },
  ],
};

/** Maximum receive counts at or below this are worth a warning: the SQS tap's receives count too. */
const LOW_MAX_RECEIVE = 5;

/**
 * `local`: what the endpoint says of itself when it is a local cloud; then an ARN in another account and
 * a runtime the machine cannot run are definite errors too.
 */
export async function preflight(
  clients: Clients,
  fn: ResolvedFunction,
  cases: CaseSpec[],
  local?: LocalCloudInfo,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  if (local)
    problems.push(
      ...(await checkRuntime(clients, `function ${fn.functionName}`, fn.functionArn, fn.runtime)),
    );
  if (!fn.destinations) {
    problems.push({
      level: 'error',
      check: 'eventInvokeConfig',
      subject: fn.functionArn,
      message: `function ${fn.functionName} has no EventInvokeConfig for ${fn.qualifier}: add destinations.onSuccess/onFailure to it in serverless.yml`,
    });
    return problems;
  }
  for (const kind of new Set(cases.map((c) => c.expect.destination))) {
    if (!fn.destinations[kind])
      problems.push({
        level: 'error',
        check: 'eventInvokeConfig',
        subject: fn.functionArn,
        destination: kind,
        message: `cases expect ${kind} but function ${fn.functionName} has no ${kind} destination: set destinations.${kind} in serverless.yml`,
      });
  }
  const checked = new Set<string>();
  for (const [kind, arn] of Object.entries(fn.destinations) as [DestinationKind, string][]) {
    problems.push(...(await checkDestination(clients, fn, kind, arn, local)));
    if (checked.has(arn)) continue;
    checked.add(arn);
    problems.push(...(await checkPermission(clients, fn, arn)));
    if (destinationType(arn) === 'sqs') problems.push(...(await checkConsumers(clients, arn)));
  }
  problems.push(...arrangements(fn, cases));
  return problems;
}

/** What each case will change on the function for its duration, and that it puts it back. */
function arrangements(fn: ResolvedFunction, cases: CaseSpec[]): Problem[] {
  return cases.flatMap((c) => {
    const a = arrangementFor(c, fn);
    if (!a) return [];
    return [
      {
        level: 'ok' as const,
        check: 'arrangement',
        subject: fn.functionArn,
        message: `case '${c.name}' will set ${describeArrangement(a, fn)} while it runs, after the function's other cases, and restore it when its records are in (recorded in the state file: a cancelled run's 'destinations cleanup' restores it too)`,
      },
    ];
  });
}

/** A destination queue that a function consumes: records it takes first are followed into its log. */
async function checkConsumers(clients: Clients, queueArn: string): Promise<Problem[]> {
  const consumers = await consumersOf(clients, queueArn);
  if (!consumers)
    return [
      {
        level: 'skipped',
        check: 'consumer',
        subject: queueArn,
        message: `consumers of ${queueArn} not checked: the caller may not list event source mappings (lambda:ListEventSourceMappings)`,
      },
    ];
  if (consumers.length === 0) return [];
  return [
    {
      level: 'warning',
      check: 'consumer',
      subject: queueArn,
      message: `destination queue ${queueArn} has a consumer, ${describeConsumers(consumers)}, which may take and delete a record before the verifier reads it: such records are followed into the consumer's log, where it must log the event it gets as one JSON line`,
    },
  ];
}

async function checkDestination(
  clients: Clients,
  fn: ResolvedFunction,
  kind: DestinationKind,
  arn: string,
  local: LocalCloudInfo | undefined,
): Promise<Problem[]> {
  const type = destinationType(arn);
  const p = (level: Problem['level'], message: string, fatal?: true): Problem[] => [
    { level, check: 'destination', subject: arn, destination: kind, message, ...(fatal ? { fatal } : {}) },
  ];
  const account = parseArn(arn)?.account;
  if (local && type && account && account !== local.accountId)
    return p(
      'error',
      `${kind} destination ${arn} is in account ${account}, but everything on this local cloud is in account ${local.accountId}: write the account as \${AWS::AccountId} inside Fn::Sub (or \${aws:accountId}) instead of a fixed number`,
      true,
    );
  if (!type)
    return p(
      'error',
      `${kind} destination ${arn} is not a queue, topic, bus, function or bucket: Lambda cannot deliver there`,
    );
  if (type === 's3' && kind === 'onSuccess')
    return p(
      'error',
      `${kind} destination ${arn} is an S3 bucket: S3 takes failure records only, use it for onFailure`,
    );
  try {
    switch (type) {
      case 'sqs': {
        const a = parseArn(arn)!;
        const { QueueUrl } = await clients.sqs.send(
          new GetQueueUrlCommand({ QueueName: resourceName(arn), QueueOwnerAWSAccountId: a.account }),
        );
        const { Attributes } = await clients.sqs.send(
          // Asking a standard queue for FifoQueue by name is an InvalidAttributeName error on AWS.
          new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] }),
        );
        if (Attributes?.FifoQueue === 'true' || arn.endsWith('.fifo'))
          return p(
            'error',
            `${kind} destination ${arn} is a FIFO queue: Lambda cannot deliver to FIFO queues, use a standard queue`,
          );
        const max = Number(JSON.parse(Attributes?.RedrivePolicy ?? '{}').maxReceiveCount);
        if (Number.isFinite(max) && max <= LOW_MAX_RECEIVE)
          return p(
            'warning',
            `${kind} destination ${arn} moves messages to its dead-letter queue after ${max} receives: the verifier's receives of other messages count toward it`,
          );
        return [];
      }
      case 'sns': {
        const { Attributes } = await clients.sns.send(new GetTopicAttributesCommand({ TopicArn: arn }));
        if (Attributes?.FifoTopic === 'true' || arn.endsWith('.fifo'))
          return p(
            'error',
            `${kind} destination ${arn} is a FIFO topic: Lambda cannot deliver to FIFO topics, use a standard topic`,
          );
        return [];
      }
      case 'events':
        await clients.events.send(new DescribeEventBusCommand({ Name: arn }));
        return [];
      case 'lambda': {
        if (unqualified(arn) === fn.functionArn)
          return p(
            'error',
            `${kind} destination is the function itself: a function may not be its own destination`,
          );
        const { Configuration } = await clients.lambda.send(new GetFunctionCommand({ FunctionName: arn }));
        return local
          ? (
              await checkRuntime(
                clients,
                `${kind} destination function ${functionNameOf(arn)}`,
                arn,
                Configuration?.Runtime,
              )
            ).map((problem) => ({ ...problem, destination: kind }))
          : [];
      }
      case 's3':
        await clients.s3.send(new HeadBucketCommand({ Bucket: resourceName(arn) }));
        return [];
    }
  } catch (err) {
    if (notServed(err))
      return p(
        'skipped',
        `${kind} destination ${arn} could not be checked: ${type} is not served at this endpoint`,
      );
    const code = errorCode(err);
    if (code === 'AccessDenied' || code === 'AccessDeniedException' || code === 'AuthorizationError')
      return p(
        'skipped',
        `${kind} destination ${arn} could not be checked: the caller may not describe it (${code})`,
      );
    if (isNotFound(err))
      return p(
        'error',
        `${kind} destination ${arn} does not exist: create it or fix the ARN in serverless.yml`,
        true,
      );
    throw err;
  }
}

/** A function whose runtime the local cloud cannot run here (no interpreter), or runs on another version. */
async function checkRuntime(
  clients: Clients,
  shown: string,
  subject: string,
  runtime: string | undefined,
): Promise<Problem[]> {
  if (!runtime || !clients.endpoint) return [];
  const info = (await readRuntimes(clients.endpoint, [runtime]))?.[runtime];
  if (info === undefined) return [];
  const p = (level: Problem['level'], message: string, fatal?: true): Problem[] => [
    { level, check: 'runtime', subject, message, ...(fatal ? { fatal } : {}) },
  ];
  if (info === null) return p('error', `${shown}: runtime ${runtime} is not one this local cloud runs`, true);
  if (info.missing)
    return p(
      'error',
      `${shown}: runtime ${runtime} cannot run on this machine: ${info.missing}; install it, or start the local cloud with --${runtime.startsWith('python') ? 'python' : 'node'} ${runtime}=<interpreter>`,
      true,
    );
  if (info.mismatch) return p('warning', `${shown}: ${info.mismatch}`);
  return [];
}

async function checkPermission(clients: Clients, fn: ResolvedFunction, arn: string): Promise<Problem[]> {
  const type = destinationType(arn);
  if (!type) return [];
  if (!fn.role)
    return [
      {
        level: 'skipped',
        check: 'permission',
        subject: arn,
        message: `function ${fn.functionName} reports no execution role: permissions not checked`,
      },
    ];
  const problems: Problem[] = [];
  for (const { action, resource } of DELIVERY_ACTIONS[type]) {
    try {
      const out = await clients.iam.send(
        new SimulatePrincipalPolicyCommand({
          PolicySourceArn: fn.role,
          ActionNames: [action],
          ResourceArns: [resource(arn)],
        }),
      );
      const decision = out.EvaluationResults?.[0]?.EvalDecision;
      if (decision !== 'allowed')
        problems.push({
          level: 'error',
          check: 'permission',
          subject: arn,
          message: `the role ${fn.role} lacks ${action} on ${resource(arn)}: allow it in the role's policy (provider.iam.role.statements)`,
        });
    } catch (err) {
      const code = errorCode(err);
      const why = notServed(err)
        ? 'IAM simulation is not served at this endpoint'
        : code === 'AccessDenied' || code === 'AccessDeniedException'
          ? 'the caller lacks iam:SimulatePrincipalPolicy'
          : code === 'NoSuchEntity' || code === 'NoSuchEntityException'
            ? `the role ${fn.role} was not found by IAM`
            : undefined;
      if (!why) throw err;
      problems.push({
        level: 'skipped',
        check: 'permission',
        subject: arn,
        message: `${action} on ${resource(arn)} not checked: ${why}`,
      });
      break;
    }
  }
  return problems;
}

/** The service answered that it does not serve the operation (a partial local cloud). */
function notServed(err: unknown): boolean {
  const code = errorCode(err);
  const status = errorStatus(err);
  return (
    status === 501 ||
    code === 'NotImplemented' ||
    code === 'UnknownOperationException' ||
    code === 'UnknownService' ||
    code === 'InvalidAction'
  );
}

function isNotFound(err: unknown): boolean {
  const code = errorCode(err) ?? '';
  return errorStatus(err) === 404 || /NotFound|NonExistent|DoesNotExist|NoSuch/.test(code);
}
