// Shape checks of the function operations, apart from their behaviour, with AWS's own wording.
import type { CreateFunctionRequest, UpdateFunctionConfigurationRequest } from '@aws-sdk/client-lambda';
import {
  containerImagesUnsupported,
  createFunctionNameFailure,
  nullFailure,
  patternFailure,
  reservedEnvironmentKeys,
  unsupportedRuntime,
  validationError,
  zipNeeds,
} from './errors.js';
import { SUPPORTED_RUNTIMES } from './runtimes.js';

export function throwIfAny(failures: string[]): void {
  if (failures.length > 0) throw validationError(failures);
}

export function rangeFailures(value: unknown, member: string, min: number, max: number): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    return [
      `Value '${String(value)}' at '${member}' failed to satisfy constraint: Member must be an integer`,
    ];
  }
  if (value < min)
    return [
      `Value '${value}' at '${member}' failed to satisfy constraint: Member must have value greater than or equal to ${min}`,
    ];
  if (value > max)
    return [
      `Value '${value}' at '${member}' failed to satisfy constraint: Member must have value less than or equal to ${max}`,
    ];
  return [];
}

const ROLE = /^arn:(aws[a-zA-Z-]*)?:iam::\d{12}:role\/?[a-zA-Z_0-9+=,.@\-_/]+$/;
const HANDLER = /^[^\s]+$/;
const RESERVED_KEYS = new Set([
  '_HANDLER',
  '_X_AMZN_TRACE_ID',
  'AWS_DEFAULT_REGION',
  'AWS_REGION',
  'AWS_EXECUTION_ENV',
  'AWS_LAMBDA_FUNCTION_NAME',
  'AWS_LAMBDA_FUNCTION_MEMORY_SIZE',
  'AWS_LAMBDA_FUNCTION_VERSION',
  'AWS_LAMBDA_INITIALIZATION_TYPE',
  'AWS_LAMBDA_LOG_GROUP_NAME',
  'AWS_LAMBDA_LOG_STREAM_NAME',
  'AWS_ACCESS_KEY',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_LAMBDA_RUNTIME_API',
  'LAMBDA_TASK_ROOT',
  'LAMBDA_RUNTIME_DIR',
]);

type ConfigFields = Pick<
  UpdateFunctionConfigurationRequest,
  'Role' | 'Handler' | 'Runtime' | 'Timeout' | 'MemorySize' | 'Environment' | 'Description'
>;

export function validateConfiguration(input: ConfigFields): void {
  const failures: string[] = [];
  if (input.Role !== undefined && !ROLE.test(input.Role)) {
    failures.push(
      patternFailure(input.Role, 'role', 'arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+'),
    );
  }
  if (input.Handler !== undefined && (!HANDLER.test(input.Handler) || input.Handler.length > 128)) {
    failures.push(patternFailure(input.Handler, 'handler', '[^\\s]+'));
  }
  failures.push(...rangeFailures(input.Timeout, 'timeout', 1, 900));
  failures.push(...rangeFailures(input.MemorySize, 'memorySize', 128, 10240));
  throwIfAny(failures);
  if (input.Runtime !== undefined && !SUPPORTED_RUNTIMES.includes(input.Runtime)) {
    throw unsupportedRuntime(input.Runtime, SUPPORTED_RUNTIMES);
  }
  const reserved = Object.keys(input.Environment?.Variables ?? {}).filter((k) => RESERVED_KEYS.has(k));
  if (reserved.length > 0) throw reservedEnvironmentKeys(reserved);
}

export function validateCreateFunction(input: CreateFunctionRequest): void {
  const failures: string[] = [];
  if (!input.FunctionName) failures.push(nullFailure('functionName'));
  else if (!/^[a-zA-Z0-9_-]{1,64}$/.test(input.FunctionName) && !/^arn:/.test(input.FunctionName)) {
    failures.push(createFunctionNameFailure(input.FunctionName));
  }
  if (!input.Role) failures.push(nullFailure('role'));
  if (!input.Code) failures.push(nullFailure('code'));
  throwIfAny(failures);
  validateConfiguration(input);
  if ((input.PackageType ?? 'Zip') === 'Image') throw containerImagesUnsupported();
  if (!input.Runtime) throw zipNeeds('Runtime');
  if (!input.Handler) throw zipNeeds('Handler');
}
