// The environment variables an execution environment starts with: Lambda's reserved set, the
// function's own variables, dummy credentials, the endpoint back to this cloud and the paths where the
// runtime finds the code, its layers and the host's modules. Nothing else.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LocalCloud } from '../../cloud.js';
import { executionEnv, type RuntimeFamily } from '../runtimes.js';
import type { FunctionVersion, LambdaFunction } from '../store.js';
import type { ExecutionRoot } from './executionRoot.js';

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
  root: ExecutionRoot,
  names: EnvironmentNames,
): Record<string, string> {
  const c = version.config;
  const opt = root.optDir;
  // Bootstrap executables and interpreters are found on the host's PATH, not Lambda's; Lambda puts the
  // layers' bin last.
  const hostPath = process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin';
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
    LAMBDA_TASK_ROOT: root.taskDir,
    LAMBDA_RUNTIME_DIR: path.dirname(fileURLToPath(import.meta.url)),
    LANG: 'en_US.UTF-8',
    // A key pair the cloud accepts (its first --auth-key), so handlers' calls pass --require-auth.
    AWS_ACCESS_KEY_ID: cloud.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: cloud.credentials.secretAccessKey,
    AWS_SESSION_TOKEN: 'test',
    AWS_ENDPOINT_URL: cloud.endpoint,
    PATH: opt ? `${hostPath}${path.delimiter}${path.join(opt, 'bin')}` : hostPath,
  };
  const execEnv = executionEnv(c.Runtime ?? '');
  if (execEnv) env.AWS_EXECUTION_ENV = execEnv;
  if (family === 'nodejs') env.NODE_PATH = [...root.nodePath, root.taskDir].join(path.delimiter);
  if (family === 'python') {
    // Lambda's order: the task, then the layers' site-packages of the runtime's version, then python/.
    const paths = [root.taskDir];
    if (opt)
      paths.push(path.join(opt, 'python', 'lib', c.Runtime ?? '', 'site-packages'), path.join(opt, 'python'));
    env.PYTHONPATH = paths.join(path.delimiter);
  }
  // Only a `provided` runtime's own bootstrap gets the layers' libraries: the host's node and python3
  // must not load libraries built for Amazon Linux.
  if (family === 'provided' && opt) env.LD_LIBRARY_PATH = path.join(opt, 'lib');
  return env;
}
