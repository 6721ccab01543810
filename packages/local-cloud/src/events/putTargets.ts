// PutTargets: adds or replaces targets of a rule by Id; at most 5 per rule, as AWS's default quota.
import type { PutTargetsRequest, PutTargetsResponse, Target } from '@aws-sdk/client-eventbridge';
import { parseArn } from '../arn.js';
import type { EventsContext } from './context.js';
import { constraintViolation, tooManyTargets, validationError } from './errors.js';
import { parseJsonPath } from './inputPath.js';
import { checkName, checkRuleName, required } from './validate.js';

const MAX_TARGETS_PER_RULE = 5;
const ID_RE = /^[.\-_A-Za-z0-9]+$/;
const ARN_RE = /^arn:aws[\w-]*:[\w-]+:[\w-]*:\d*:.+$/;

export function putTargets(ctx: EventsContext, input: PutTargetsRequest): PutTargetsResponse {
  const name = checkRuleName(input.Rule, 'rule');
  const targets = required(input.Targets, 'targets');
  if (targets.length === 0) {
    throw constraintViolation('[]', 'targets', 'Member must have length greater than or equal to 1');
  }
  if (targets.length > 10) {
    // AWS shows the list as its Java text, which is not reproduced here (see FIDELITY).
    throw validationError(
      "1 validation error detected: Value at 'targets' failed to satisfy constraint: Member must have length less than or equal to 10",
    );
  }
  targets.forEach(checkTarget);
  const bus = ctx.store.bus(input.EventBusName, ctx.region);
  const rule = ctx.store.rule(bus, name);
  const ids = new Set([...rule.targets.keys(), ...targets.map((t) => t.Id as string)]);
  if (ids.size > MAX_TARGETS_PER_RULE) throw tooManyTargets();
  for (const t of targets) {
    const arn = t.Arn as string;
    const fifoQueue = parseArn(arn)?.service === 'sqs' && arn.endsWith('.fifo');
    if (fifoQueue && !t.SqsParameters?.MessageGroupId) {
      throw validationError(`Parameter(s) SqsParameters must be specified for target: ${t.Id}.`);
    }
  }
  for (const t of targets) rule.targets.set(t.Id as string, t);
  // AWS fails single entries only under concurrent modification, which one process never sees.
  return { FailedEntryCount: 0, FailedEntries: [] };
}

function checkTarget(t: Target, i: number): void {
  const at = `targets.${i + 1}.member`;
  const id = required(t.Id, `${at}.id`);
  const arn = required(t.Arn, `${at}.arn`);
  checkName(id, `${at}.id`, 64, ID_RE, '[\\.\\-_A-Za-z0-9]+');
  if (!ARN_RE.test(arn)) {
    throw validationError(`Parameter ${arn} is not valid. Reason: Provided Arn is not in correct format.`);
  }
  const inputs = [t.Input, t.InputPath, t.InputTransformer].filter((v) => v !== undefined).length;
  if (inputs > 1) {
    throw validationError(
      `Only one of Input, InputPath, or InputTransformer must be provided for target ${id}.`,
    );
  }
  if (t.Input !== undefined) {
    try {
      JSON.parse(t.Input);
    } catch {
      throw validationError(`Input for target ${id} is not valid JSON text.`);
    }
  }
  if (t.InputPath !== undefined && !parseJsonPath(t.InputPath)) {
    throw validationError(`Parameter InputPath is not valid for target ${id}.`);
  }
  if (t.InputTransformer !== undefined) {
    required(t.InputTransformer.InputTemplate, `${at}.inputTransformer.inputTemplate`);
    for (const path of Object.values(t.InputTransformer.InputPathsMap ?? {})) {
      if (!parseJsonPath(path)) {
        throw validationError(`Parameter InputPathsMap is not valid for target ${id}.`);
      }
    }
  }
}
