// The Node.js runtime of the local cloud's Lambda: loads the handler and serves invocations through
// the Lambda Runtime API, as the managed nodejs runtimes do.

import { existsSync, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createRequire, register } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { format } from 'node:util';

const [apiHost, apiPort] = process.env.AWS_LAMBDA_RUNTIME_API.split(':');
const handlerSpec = process.env._HANDLER ?? '';
const taskRoot = process.env.LAMBDA_TASK_ROOT ?? process.cwd();
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
const PREFIX = '/2018-06-01/runtime';

let currentRequestId;

// Lambda's console: one log event per call, newlines kept inside the event (sent as \r on the pipe).
function writeLine(level, args) {
  const msg = format(...args).replace(/\n/g, '\r');
  process.stdout.write(`${new Date().toISOString()}\t${currentRequestId}\t${level}\t${msg}\n`);
}
console.log = (...a) => writeLine('INFO', a);
console.info = (...a) => writeLine('INFO', a);
console.warn = (...a) => writeLine('WARN', a);
console.error = (...a) => writeLine('ERROR', a);
console.debug = (...a) => writeLine('DEBUG', a);
console.trace = (...a) => writeLine('TRACE', a);

// Handler code imports the AWS SDK as on Lambda; ESM has no NODE_PATH, so a resolve hook adds it.
if (process.env.NODE_PATH && typeof register === 'function') {
  register('./loader.mjs', import.meta.url, {
    data: { dirs: process.env.NODE_PATH.split(path.delimiter).filter(Boolean) },
  });
}

function call(method, urlPath, body, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: apiHost, port: Number(apiPort), method, path: urlPath, agent, headers },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ res, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function toRapidResponse(error) {
  if (error instanceof Error || (error && typeof error === 'object' && 'stack' in error)) {
    return {
      errorType: error.name,
      errorMessage: error.message,
      trace: typeof error.stack === 'string' ? error.stack.split('\n') : [],
    };
  }
  return { errorType: typeof error, errorMessage: String(error), trace: [] };
}

function postError(urlPath, error) {
  const payload = toRapidResponse(error);
  const body = JSON.stringify(payload);
  return call('POST', urlPath, body, {
    'Content-Type': 'application/json',
    'Lambda-Runtime-Function-Error-Type': payload.errorType,
  });
}

async function initError(errorType, error) {
  const payload = toRapidResponse(error);
  if (errorType) payload.errorType = errorType;
  writeLine('ERROR', [
    `Uncaught Exception \t${JSON.stringify({ ...payload, stack: payload.trace, trace: undefined })}`,
  ]);
  await call('POST', `${PREFIX}/init/error`, JSON.stringify(payload), {
    'Content-Type': 'application/json',
    'Lambda-Runtime-Function-Error-Type': payload.errorType,
  });
  process.exit(129);
}

class NamedError extends Error {
  constructor(name, message) {
    super(message);
    this.name = name;
  }
}

function isEsm(file) {
  if (file.endsWith('.mjs')) return true;
  if (file.endsWith('.cjs')) return false;
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        return JSON.parse(readFileSync(pkg, 'utf8')).type === 'module';
      } catch {
        return false;
      }
    }
    if (dir === path.dirname(dir) || dir === path.dirname(taskRoot)) return false;
  }
}

async function loadHandler() {
  const slash = handlerSpec.lastIndexOf('/');
  const dot = handlerSpec.indexOf('.', slash + 1);
  if (dot < 0) throw new NamedError('Runtime.MalformedHandlerName', 'Bad handler');
  const modulePath = handlerSpec.slice(0, dot);
  const fnPath = handlerSpec.slice(dot + 1);
  const base = path.resolve(taskRoot, modulePath);
  const file = ['.js', '.mjs', '.cjs'].map((e) => base + e).find((f) => existsSync(f));
  if (!file) {
    throw new NamedError(
      'Runtime.ImportModuleError',
      `Error: Cannot find module '${path.basename(modulePath)}'\nRequire stack:\n- ${new URL(import.meta.url).pathname}`,
    );
  }
  let mod;
  try {
    mod = isEsm(file) ? await import(pathToFileURL(file).href) : createRequire(file)(file);
  } catch (err) {
    if (err instanceof SyntaxError)
      throw new NamedError('Runtime.UserCodeSyntaxError', `${err.name}: ${err.message}`);
    if (err?.code === 'MODULE_NOT_FOUND' || err?.code === 'ERR_MODULE_NOT_FOUND') {
      throw new NamedError('Runtime.ImportModuleError', `Error: ${err.message}`);
    }
    throw err;
  }
  let fn = mod;
  for (const part of fnPath.split('.')) fn = fn?.[part];
  if (typeof fn !== 'function' && mod?.default && typeof mod.default === 'object') {
    fn = mod.default;
    for (const part of fnPath.split('.')) fn = fn?.[part];
  }
  if (typeof fn !== 'function') {
    throw new NamedError(
      'Runtime.HandlerNotFound',
      `${path.basename(modulePath)}.${fnPath} is undefined or not exported`,
    );
  }
  return fn;
}

let handler;
try {
  handler = await loadHandler();
} catch (err) {
  await initError(err instanceof NamedError ? err.name : undefined, err);
}

let pendingId;
let finished = true;
function fatal(err) {
  writeLine('ERROR', [`Uncaught Exception \t${JSON.stringify(toRapidResponse(err))}`]);
  if (!finished && pendingId) {
    finished = true;
    postError(`${PREFIX}/invocation/${pendingId}/error`, err).finally(() => process.exit(129));
  } else process.exit(129);
}
process.on('uncaughtException', fatal);
process.on('unhandledRejection', (reason) => {
  const err =
    reason instanceof Error ? reason : new NamedError('Runtime.UnhandledPromiseRejection', String(reason));
  fatal(err);
});

function invokeOnce(event, context) {
  return new Promise((resolve) => {
    let done = false;
    const finish = (err, result) => {
      if (done) return;
      done = true;
      resolve({ err, result });
    };
    const callback = (err, result) => {
      if (done) return;
      // With callbackWaitsForEmptyEventLoop the answer waits until the handler's pending work is done.
      if (context.callbackWaitsForEmptyEventLoop)
        process.once('beforeExit', () => finish(err ?? undefined, result));
      else finish(err ?? undefined, result);
    };
    context.done = (err, result) => callback(err, result);
    context.succeed = (result) => callback(null, result);
    context.fail = (err) => callback(err ?? 'handled');
    try {
      const out = handler(event, context, callback);
      if (out && typeof out.then === 'function')
        out.then(
          (r) => finish(undefined, r),
          (e) => finish(e ?? new Error('undefined')),
        );
      else if (handler.length < 3) finish(undefined, out);
    } catch (err) {
      finish(err);
    }
  });
}

for (;;) {
  const { res, body } = await call('GET', `${PREFIX}/invocation/next`);
  const h = res.headers;
  const id = String(h['lambda-runtime-aws-request-id']);
  const deadline = Number(h['lambda-runtime-deadline-ms']);
  currentRequestId = id;
  pendingId = id;
  finished = false;
  let event;
  try {
    event = JSON.parse(body.toString('utf8'));
  } catch {
    event = body.toString('utf8');
  }
  const clientContext = h['lambda-runtime-client-context'];
  const identity = h['lambda-runtime-cognito-identity'];
  const context = {
    callbackWaitsForEmptyEventLoop: true,
    functionName: process.env.AWS_LAMBDA_FUNCTION_NAME,
    functionVersion: process.env.AWS_LAMBDA_FUNCTION_VERSION,
    invokedFunctionArn: String(h['lambda-runtime-invoked-function-arn']),
    memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
    awsRequestId: id,
    logGroupName: process.env.AWS_LAMBDA_LOG_GROUP_NAME,
    logStreamName: process.env.AWS_LAMBDA_LOG_STREAM_NAME,
    identity: identity ? JSON.parse(String(identity)) : undefined,
    clientContext: clientContext ? JSON.parse(String(clientContext)) : undefined,
    getRemainingTimeInMillis: () => deadline - Date.now(),
  };
  const { err, result } = await invokeOnce(event, context);
  if (finished) continue;
  finished = true;
  if (err !== undefined) {
    const payload = toRapidResponse(err);
    writeLine('ERROR', [
      `Invoke Error \t${JSON.stringify({ errorType: payload.errorType, errorMessage: payload.errorMessage, stack: payload.trace })}`,
    ]);
    await postError(`${PREFIX}/invocation/${id}/error`, err);
  } else {
    let out;
    try {
      out = result === undefined ? 'null' : JSON.stringify(result);
    } catch (e) {
      await postError(`${PREFIX}/invocation/${id}/error`, e);
      continue;
    }
    await call('POST', `${PREFIX}/invocation/${id}/response`, out, { 'Content-Type': 'application/json' });
  }
}
