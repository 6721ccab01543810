// The environment variables an execution environment starts with: Lambda's reserved set, the
// function's own variables, dummy credentials and the endpoint back to this cloud. Nothing else.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LocalCloud } from '../../cloud.js';
import { executionEnv, type RuntimeFamily } from '../runtimes.js';
import type { FunctionVersion, LambdaFunction } from '../store.js';
import { sdkNodeModules } from './sdkModules.js';

export interface EnvironmentNames {
  logGroup: string;
  logStream: string;
  runtimeApi: string;
}

export function childEnvironment(
  cloud: LocalCloud,
  fn: LambdaFunction,
  version: FunctionVersion,
  family: RuntimeFamily,
  names: EnvironmentNames,
): Record<string, string> {
  const c = version.config;
  const env: Record<string, string> = {
    ...(c.Environment?.Variables ?? {}),
    AWS_REGION: fn.region,
    AWS_DEFAULT_REGION: fn.region,
    AWS_LAMBDA_FUNCTION_NAME: fn.name,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(c.MemorySize ?? 128),
    AWS_LAMBDA_FUNCTION_VERSION: version.version,
    AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    AWS_LAMBDA_RUNTIME_API: names.runtimeApi,
    AWS_LAMBDA_LOG_GROUP_NAME: names.logGroup,
    AWS_LAMBDA_LOG_STREAM_NAME: names.logStream,
    TZ: ':UTC',
    _HANDLER: c.Handler ?? '',
    LAMBDA_TASK_ROOT: version.code.dir,
    LAMBDA_RUNTIME_DIR: path.dirname(fileURLToPath(import.meta.url)),
    LANG: 'en_US.UTF-8',
    // A key pair the cloud accepts (its first --auth-key), so handlers' calls pass --require-auth.
    AWS_ACCESS_KEY_ID: cloud.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: cloud.credentials.secretAccessKey,
    AWS_SESSION_TOKEN: 'test',
    AWS_ENDPOINT_URL: cloud.endpoint,
    // Bootstrap executables and interpreters are found on the host's PATH, not Lambda's.
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
  };
  const execEnv = executionEnv(c.Runtime ?? '');
  if (execEnv) env.AWS_EXECUTION_ENV = execEnv;
  if (family === 'nodejs') {
    const modules = sdkNodeModules();
    env.NODE_PATH = modules ? `${modules}${path.delimiter}${version.code.dir}` : version.code.dir;
  }
  if (family === 'python') env.PYTHONPATH = version.code.dir;
  return env;
}
