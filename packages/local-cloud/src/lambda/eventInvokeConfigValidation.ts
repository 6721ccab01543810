// Shape and meaning checks of Put/UpdateFunctionEventInvokeConfig, with the messages AWS sends.
import type { DestinationConfig, PutFunctionEventInvokeConfigRequest } from '@aws-sdk/client-lambda';
import { parseArn } from '../arn.js';
import type { LambdaContext } from './context.js';
import {
  invalidDestinationArn,
  invalidDestinationConfig,
  nothingToConfigure,
  patternFailure,
  selfDestination,
} from './errors.js';
import type { LambdaFunction } from './store.js';
import { rangeFailures, throwIfAny } from './validation.js';

/** The settings Put and Update share (and a merged config, checked again). */
export type EventInvokeConfigInput = Pick<
  PutFunctionEventInvokeConfigRequest,
  'MaximumRetryAttempts' | 'MaximumEventAgeInSeconds' | 'DestinationConfig'
>;

// The DestinationArn pattern of Lambda's current model, printed in the message as AWS prints it.
const ARN_PATTERN =
  '$|kafka://([^.]([a-zA-Z0-9\\-_.]{0,248}))|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)';
// The same pattern matched whole, as the service's validator matches it.
const ARN =
  /^(?:|kafka:\/\/([^.]([a-zA-Z0-9\-_.]{0,248}))|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1})?:(\d{12})?:(.*))$/;
const SERVICES = new Set(['sqs', 'sns', 'lambda', 'events', 's3']);

/** Constraint failures of the shape (ranges, ARN pattern), all reported together as AWS does. */
export function validateShape(input: EventInvokeConfigInput): void {
  const failures = [
    ...rangeFailures(input.MaximumRetryAttempts, 'maximumRetryAttempts', 0, 2),
    ...rangeFailures(input.MaximumEventAgeInSeconds, 'maximumEventAgeInSeconds', 60, 21600),
  ];
  for (const [key, member] of [
    ['OnSuccess', 'onSuccess'],
    ['OnFailure', 'onFailure'],
  ] as const) {
    const d = input.DestinationConfig?.[key]?.Destination;
    if (d === undefined || d === null) continue;
    if (d.length > 350) {
      failures.push(
        `Value '${d}' at 'destinationConfig.${member}.destination' failed to satisfy constraint: Member must have length less than or equal to 350`,
      );
    } else if (!ARN.test(d)) {
      failures.push(patternFailure(d, `destinationConfig.${member}.destination`, ARN_PATTERN));
    }
  }
  throwIfAny(failures);
}

function javaToString(c: DestinationConfig | undefined): string {
  const s = c?.OnSuccess?.Destination ? `OnSuccess(destination=${c.OnSuccess.Destination})` : 'null';
  const f = c?.OnFailure?.Destination ? `OnFailure(destination=${c.OnFailure.Destination})` : 'null';
  return `DestinationConfig(onSuccess=${s}, onFailure=${f})`;
}

/**
 * Something to set: a limit, or a destination member (`{"OnSuccess": {}}` counts, and clears it).
 * AWS checks this before it looks the function up.
 */
export function validateSomethingToSet(input: EventInvokeConfigInput): void {
  const d = input.DestinationConfig;
  if (
    input.MaximumRetryAttempts === undefined &&
    input.MaximumEventAgeInSeconds === undefined &&
    !d?.OnSuccess &&
    !d?.OnFailure
  )
    throw nothingToConfigure();
}

/** The meaning checks: supported services, no self-destination, destination functions exist. */
export function validateMeaning(ctx: LambdaContext, fn: LambdaFunction, input: EventInvokeConfigInput): void {
  const success = input.DestinationConfig?.OnSuccess?.Destination || undefined;
  const failure = input.DestinationConfig?.OnFailure?.Destination || undefined;
  for (const [arn, isSuccess] of [
    [success, true],
    [failure, false],
  ] as const) {
    if (!arn) continue;
    const parsed = parseArn(arn);
    const service = parsed?.service ?? '';
    if (!SERVICES.has(service) || (service === 's3' && isSuccess))
      throw invalidDestinationConfig(javaToString(input.DestinationConfig));
    if (parsed && service === 'lambda') {
      const region = parsed.region || fn.region;
      const name = parsed.resourceType === 'function' ? parsed.resourceName : '';
      const target = ctx.store.find({ name, region }, region);
      if (target === fn) throw selfDestination();
      if (!target) throw invalidDestinationArn(arn);
    }
  }
}
