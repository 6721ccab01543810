// Finds the deployed function a spec names, and asks Lambda where its records go.
import {
  GetFunctionCommand,
  type GetFunctionCommandOutput,
  GetFunctionEventInvokeConfigCommand,
  type GetFunctionEventInvokeConfigCommandOutput,
} from '@aws-sdk/client-lambda';
import { parseArn, unqualified } from './arn.js';
import { type Clients, errorCode } from './clients.js';
import { ConfigError } from './errors.js';
import type { ServerlessService } from './spec/serverless.js';
import type { DestinationKind } from './types.js';

export interface ResolvedFunction {
  /** As the spec wrote it. */
  ref: string;
  functionName: string;
  /** Unqualified. */
  functionArn: string;
  qualifier: string;
  role?: string;
  /** `python3.13`, `nodejs22.x`, ...; undefined for a container image. */
  runtime?: string;
  /** Seconds. */
  timeout: number;
  maximumRetryAttempts: number;
  maximumEventAgeInSeconds: number;
  /** Undefined when the function has no EventInvokeConfig. */
  destinations?: Partial<Record<DestinationKind, string>>;
}

/** The function name to call for a spec's `function`: an ARN, a logical name of serverless.yml, or a name. */
export function functionNameFor(ref: string, service?: ServerlessService): string {
  if (parseArn(ref)) return ref;
  return service?.functions[ref] ?? ref;
}

export class FunctionNotFound extends ConfigError {}
export class NoEventInvokeConfig extends ConfigError {}

export async function resolveFunction(
  clients: Clients,
  ref: string,
  qualifier: string | undefined,
  service?: ServerlessService,
): Promise<ResolvedFunction> {
  const name = functionNameFor(ref, service);
  const q = qualifier ?? '$LATEST';
  let config: GetFunctionCommandOutput;
  try {
    config = await clients.lambda.send(
      new GetFunctionCommand({ FunctionName: name, Qualifier: q === '$LATEST' ? undefined : q }),
    );
  } catch (err) {
    if (errorCode(err) === 'ResourceNotFoundException') {
      const hint =
        service && !service.functions[ref] && !parseArn(ref)
          ? ` ('${ref}' is not a function of serverless.yml either)`
          : '';
      throw new FunctionNotFound(
        `function ${name} not found in ${clients.region}${hint}: deploy the stage first, or check --stage and --region`,
      );
    }
    throw err;
  }
  const functionArn = unqualified(config.Configuration?.FunctionArn ?? name);
  const functionName = config.Configuration?.FunctionName ?? name;
  let eic: GetFunctionEventInvokeConfigCommandOutput | undefined;
  try {
    eic = await clients.lambda.send(
      new GetFunctionEventInvokeConfigCommand({ FunctionName: functionName, Qualifier: q }),
    );
  } catch (err) {
    if (errorCode(err) !== 'ResourceNotFoundException') throw err;
  }
  const dc = eic?.DestinationConfig;
  const destinations: Partial<Record<DestinationKind, string>> | undefined = eic
    ? {
        ...(dc?.OnSuccess?.Destination ? { onSuccess: dc.OnSuccess.Destination } : {}),
        ...(dc?.OnFailure?.Destination ? { onFailure: dc.OnFailure.Destination } : {}),
      }
    : undefined;
  return {
    ref,
    functionName,
    functionArn,
    qualifier: q,
    role: config.Configuration?.Role,
    runtime: config.Configuration?.Runtime,
    timeout: config.Configuration?.Timeout ?? 3,
    maximumRetryAttempts: eic?.MaximumRetryAttempts ?? 2,
    maximumEventAgeInSeconds: eic?.MaximumEventAgeInSeconds ?? 21600,
    destinations,
  };
}
