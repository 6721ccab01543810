// Shape and meaning checks of Put/UpdateFunctionEventInvokeConfig, with the messages AWS sends.
import type { DestinationConfig } from '@aws-sdk/client-lambda';
import { AwsError } from '../protocol/errors.js';
import type { LambdaContext } from './context.js';
import { arnService } from './names.js';
import type { LambdaFunction } from './store.js';
import { rangeFailures, throwIfAny } from './validation.js';

export interface EventInvokeConfigInput {
  MaximumRetryAttempts?: number;
  MaximumEventAgeInSeconds?: number;
  DestinationConfig?: DestinationConfig;
}

const ARN_PATTERN =
  '^$|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:([a-z]{2}(-gov)?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)';
const ARN = /^$|^arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9-])+:([a-z]{2}(-gov)?-[a-z]+-\d{1})?:(\d{12})?:(.*)$/;
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
      failures.push(
        `Value '${d}' at 'destinationConfig.${member}.destination' failed to satisfy constraint: Member must satisfy regular expression pattern: ${ARN_PATTERN}`,
      );
    }
  }
  throwIfAny(failures);
}

function javaToString(c: DestinationConfig | undefined): string {
  const s = c?.OnSuccess?.Destination ? `OnSuccess(destination=${c.OnSuccess.Destination})` : 'null';
  const f = c?.OnFailure?.Destination ? `OnFailure(destination=${c.OnFailure.Destination})` : 'null';
  return `DestinationConfig(onSuccess=${s}, onFailure=${f})`;
}

/** The meaning checks: something to set, supported services, no self-destination, functions exist. */
export function validateMeaning(ctx: LambdaContext, fn: LambdaFunction, input: EventInvokeConfigInput): void {
  const success = input.DestinationConfig?.OnSuccess?.Destination || undefined;
  const failure = input.DestinationConfig?.OnFailure?.Destination || undefined;
  if (
    input.MaximumRetryAttempts === undefined &&
    input.MaximumEventAgeInSeconds === undefined &&
    !success &&
    !failure
  ) {
    throw new AwsError(
      'InvalidParameterValueException',
      'You must specify at least one of error handling or destination setting.',
      400,
    );
  }
  const invalid = () =>
    new AwsError(
      'InvalidParameterValueException',
      `The provided destination config ${javaToString(input.DestinationConfig)} is invalid.`,
      400,
    );
  for (const [arn, isSuccess] of [
    [success, true],
    [failure, false],
  ] as const) {
    if (!arn) continue;
    const service = arnService(arn) ?? '';
    if (!SERVICES.has(service) || (service === 's3' && isSuccess)) throw invalid();
    if (service === 'lambda') {
      const region = arn.split(':')[3] || fn.region;
      const target = ctx.store.find({ name: arn.split(':')[6] ?? '', region }, region);
      if (target === fn) {
        throw new AwsError(
          'InvalidParameterValueException',
          "You can't specify the function as a destination for itself.",
          400,
        );
      }
      if (!target)
        throw new AwsError('InvalidParameterValueException', `The destination ARN ${arn} is invalid.`, 400);
    }
  }
}
