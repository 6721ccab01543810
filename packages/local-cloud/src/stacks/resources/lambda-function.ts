// AWS::Lambda::Function: CreateFunction with the code read from S3 (S3Bucket/S3Key) or inline (ZipFile).
// A function of that name that already exists fails the create; it is never updated or deleted.

import {
  CreateFunctionCommand,
  type CreateFunctionRequest,
  DeleteFunctionCommand,
  DeleteFunctionConcurrencyCommand,
  PutFunctionConcurrencyCommand,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand,
} from '@aws-sdk/client-lambda';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { zipSync } from 'fflate';
import { canonical } from '../canonical.js';
import { codeOf, gone, lambdaClient, num, optional, s3Client, str, tagMap } from '../clients.js';
import { alreadyExists } from '../handlerErrors.js';
import type { HandlerContext, Provisioned, ResourceHandler } from '../types.js';

/** The zip bytes of `Code`: an S3 object, or CloudFormation's inline source as `index.<ext>`. */
async function codeBytes(
  ctx: HandlerContext,
  code: Record<string, unknown>,
  runtime: string,
): Promise<Uint8Array> {
  if (typeof code.ZipFile === 'string') {
    const ext = runtime.startsWith('python') ? 'py' : runtime.startsWith('nodejs') ? 'js' : 'txt';
    return zipSync({ [`index.${ext}`]: new TextEncoder().encode(code.ZipFile) });
  }
  if (code.S3Bucket === undefined || code.S3Key === undefined) {
    throw new Error('Properties validation failed: Code must have S3Bucket and S3Key, or ZipFile');
  }
  try {
    const out = await s3Client(ctx).send(
      new GetObjectCommand({
        Bucket: String(code.S3Bucket),
        Key: String(code.S3Key),
        VersionId: str(code.S3ObjectVersion),
      }),
    );
    return await out.Body!.transformToByteArray();
  } catch (err) {
    const name = (err as Error).name;
    const message =
      name === 'NoSuchKey'
        ? 'The specified key does not exist.'
        : name === 'NoSuchBucket'
          ? 'The specified bucket does not exist'
          : (err as Error).message;
    throw new Error(
      `Error occurred while GetObject. S3 Error Code: ${name}. S3 Error Message: ${message} (s3://${code.S3Bucket}/${code.S3Key})`,
    );
  }
}

function configuration(props: Record<string, unknown>) {
  return {
    Role: str(props.Role),
    Handler: str(props.Handler),
    Runtime: str(props.Runtime) as CreateFunctionRequest['Runtime'],
    Description: str(props.Description),
    Timeout: num(props.Timeout),
    MemorySize: num(props.MemorySize),
    Environment: props.Environment as CreateFunctionRequest['Environment'],
    DeadLetterConfig: props.DeadLetterConfig as CreateFunctionRequest['DeadLetterConfig'],
    TracingConfig: props.TracingConfig as CreateFunctionRequest['TracingConfig'],
    Layers: props.Layers as string[] | undefined,
    EphemeralStorage: props.EphemeralStorage as CreateFunctionRequest['EphemeralStorage'],
    LoggingConfig: props.LoggingConfig as CreateFunctionRequest['LoggingConfig'],
  };
}

async function concurrency(
  ctx: HandlerContext,
  name: string,
  value: unknown,
  before: unknown,
): Promise<void> {
  const lambda = lambdaClient(ctx);
  if (value !== undefined) {
    await optional(ctx, 'PutFunctionConcurrency', () =>
      lambda.send(
        new PutFunctionConcurrencyCommand({
          FunctionName: name,
          ReservedConcurrentExecutions: Number(value),
        }),
      ),
    );
  } else if (before !== undefined) {
    await optional(ctx, 'DeleteFunctionConcurrency', () =>
      lambda.send(new DeleteFunctionConcurrencyCommand({ FunctionName: name })),
    );
  }
}

function provisioned(arn: string, name: string): Provisioned {
  return { physicalId: name, ref: name, attributes: { Arn: arn } };
}

export const lambdaFunction: ResourceHandler = {
  required: ['Code', 'Role'],
  nameProperty: 'FunctionName',
  replaceOn: ['FunctionName', 'PackageType'],
  async create(ctx, props) {
    const name = str(props.FunctionName) ?? ctx.physicalName({ maxLength: 64 });
    const code = props.Code as Record<string, unknown>;
    const out = await lambdaClient(ctx)
      .send(
        new CreateFunctionCommand({
          FunctionName: name,
          ...configuration(props),
          Code: code.ImageUri
            ? { ImageUri: String(code.ImageUri) }
            : { ZipFile: await codeBytes(ctx, code, String(props.Runtime ?? '')) },
          PackageType: str(props.PackageType) as CreateFunctionRequest['PackageType'],
          Architectures: props.Architectures as CreateFunctionRequest['Architectures'],
          VpcConfig: props.VpcConfig as CreateFunctionRequest['VpcConfig'],
          Tags: tagMap(props.Tags),
        }),
      )
      .catch((err) => {
        throw codeOf(err) === 'ResourceConflictException'
          ? alreadyExists('AWS::Lambda::Function', name)
          : err;
      });
    await concurrency(ctx, name, props.ReservedConcurrentExecutions, undefined);
    return provisioned(out.FunctionArn!, name);
  },
  async update(ctx, current, props) {
    const lambda = lambdaClient(ctx);
    const name = current.physicalId;
    const out = await lambda.send(
      new UpdateFunctionConfigurationCommand({
        FunctionName: name,
        ...configuration(props),
        // Layers left out of the template are removed, as CloudFormation does.
        Layers: (props.Layers as string[] | undefined) ?? (current.properties.Layers ? [] : undefined),
      }),
    );
    if (canonical(props.Code) !== canonical(current.properties.Code)) {
      const code = props.Code as Record<string, unknown>;
      await lambda.send(
        new UpdateFunctionCodeCommand({
          FunctionName: name,
          ...(code.ImageUri
            ? { ImageUri: String(code.ImageUri) }
            : { ZipFile: await codeBytes(ctx, code, String(props.Runtime ?? '')) }),
        }),
      );
    }
    if (
      canonical(props.ReservedConcurrentExecutions) !==
      canonical(current.properties.ReservedConcurrentExecutions)
    ) {
      await concurrency(
        ctx,
        name,
        props.ReservedConcurrentExecutions,
        current.properties.ReservedConcurrentExecutions,
      );
    }
    return provisioned(out.FunctionArn ?? String(current.attributes.Arn), name);
  },
  async delete(ctx, current) {
    await gone(() => lambdaClient(ctx).send(new DeleteFunctionCommand({ FunctionName: current.physicalId })));
  },
};
