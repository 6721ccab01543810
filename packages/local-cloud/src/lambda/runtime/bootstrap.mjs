// The Node.js runtime of the local cloud's Lambda: loads the handler and serves invocations through
// the Lambda Runtime API, as the managed nodejs runtimes do.

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { connect } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { format } from 'node:util';
import { redirectHttpsToCloud } from './cloudHttps.mjs';

const [apiHost, apiPort] = process.env.AWS_LAMBDA_RUNTIME_API.split(':');
const handlerSpec = process.env._HANDLER ?? '';
const taskRoot = process.env.LAMBDA_TASK_ROOT ?? process.cwd();
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

// A minimal HTTP/1.1 client for the Runtime API (requests answered in order on one kept-alive socket):
// node:http costs several times more per invocation, and every answer of the API has a length.
let socket;
let received = Buffer.alloc(0);
/** Requests sent and not answered yet, oldest first. */
const pending = [];
const NEXT = `GET ${PREFIX}/invocation/next HTTP/1.1\r\nHost: ${apiHost}:${apiPort}\r\nContent-Length: 0\r\n\r\n`;

function onData(chunk) {
  received = received.length === 0 ? chunk : Buffer.concat([received, chunk]);
  while (pending.length > 0) {
    const end = received.indexOf('\r\n\r\n');
    if (end < 0) return;
    const lines = received.subarray(0, end).toString('latin1').split('\r\n');
    const headers = {};
    for (let i = 1; i < lines.length; i++) {
      const colon = lines[i].indexOf(':');
      headers[lines[i].slice(0, colon).trim().toLowerCase()] = lines[i].slice(colon + 1).trim();
    }
    const length = Number(headers['content-length'] ?? 0);
    if (received.length < end + 4 + length) return;
    const body = received.subarray(end + 4, end + 4 + length);
    received = received.subarray(end + 4 + length);
    const p = pending.shift();
    // Idle between requests, so a handler's own pending work decides when the event loop is empty.
    if (pending.length === 0) socket.unref();
    p.resolve({ res: { statusCode: Number(lines[0].split(' ')[1]), headers }, body });
  }
}

function failAll(err) {
  for (const p of pending.splice(0)) p.reject(err);
}

function connection() {
  if (socket && !socket.destroyed) return socket;
  received = Buffer.alloc(0);
  socket = connect(Number(apiPort), apiHost);
  socket.setNoDelay(true);
  socket.on('data', onData);
  socket.on('error', failAll);
  socket.on('close', () => failAll(new Error('Runtime API connection closed')));
  return socket;
}

function request(method, urlPath, body, headers) {
  const payload = body ?? '';
  let head = `${method} ${urlPath} HTTP/1.1\r\nHost: ${apiHost}:${apiPort}\r\nContent-Length: ${Buffer.byteLength(payload)}\r\n`;
  for (const [k, v] of Object.entries(headers)) head += `${k}: ${v}\r\n`;
  return `${head}\r\n${payload}`;
}

function expect() {
  return new Promise((resolve, reject) => pending.push({ resolve, reject }));
}

function call(method, urlPath, body, headers = {}) {
  const answer = expect();
  const s = connection();
  s.ref();
  s.write(request(method, urlPath, body, headers));
  return answer;
}

/**
 * Posts an invocation's answer and asks for the next invocation in the same write (HTTP/1.1
 * pipelining): one system call and one wake-up of the API instead of two. Resolves with the next.
 */
function answerAndNext(method, urlPath, body, headers = {}) {
  expect().catch(() => {});
  const next = expect();
  const s = connection();
  s.ref();
  s.write(request(method, urlPath, body, headers) + NEXT);
  return next;
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

function postError(urlPath, error, send = call) {
  const payload = toRapidResponse(error);
  const body = JSON.stringify(payload);
  return send('POST', urlPath, body, {
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

/**
 * For a package not found (not a file of the code): the folders searched, in order, and where it may
 * come from. Lambda's runtimes carry the AWS SDK; here it comes from the host's node_modules.
 */
function whereLooked(message) {
  const m = /^Cannot find (?:package|module) '([^']+)'/.exec(message);
  const specifier = m?.[1];
  if (!specifier || /^(\.|\/|file:|node:)/.test(specifier)) return '';
  const parts = specifier.split('/');
  const pkg = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  const dirs = [
    path.join(taskRoot, 'node_modules'),
    ...(process.env.NODE_PATH ?? '').split(path.delimiter).filter((d) => d && d !== taskRoot),
  ];
  const from = pkg.startsWith('@aws-sdk/')
    ? "Lambda's Node.js runtimes include the AWS SDK v3; the local cloud takes it from the function's code, its layers or the host's node_modules: install it in the service's directory or the repository (npm install " +
      pkg +
      '), or set LOCAL_CLOUD_SERVICE_DIR to the directory whose node_modules has it.'
    : 'Package it with the function or in a layer (nodejs/node_modules).';
  return `\nThe local cloud looked for '${pkg}' in: ${dirs.join(', ')}. ${from}`;
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
  const esm = isEsm(file);
  redirectHttpsToCloud(esm);
  let mod;
  try {
    mod = esm ? await import(pathToFileURL(file).href) : createRequire(file)(file);
  } catch (err) {
    if (err instanceof SyntaxError)
      throw new NamedError('Runtime.UserCodeSyntaxError', `${err.name}: ${err.message}`);
    if (err?.code === 'MODULE_NOT_FOUND' || err?.code === 'ERR_MODULE_NOT_FOUND') {
      throw new NamedError('Runtime.ImportModuleError', `Error: ${err.message}${whereLooked(err.message)}`);
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

let next = call('GET', `${PREFIX}/invocation/next`);
for (;;) {
  const { res, body } = await next;
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
  if (finished) {
    next = call('GET', `${PREFIX}/invocation/next`);
    continue;
  }
  finished = true;
  if (err !== undefined) {
    const payload = toRapidResponse(err);
    writeLine('ERROR', [
      `Invoke Error \t${JSON.stringify({ errorType: payload.errorType, errorMessage: payload.errorMessage, stack: payload.trace })}`,
    ]);
    next = postError(`${PREFIX}/invocation/${id}/error`, err, answerAndNext);
  } else {
    let out;
    try {
      out = result === undefined ? 'null' : JSON.stringify(result);
    } catch (e) {
      next = postError(`${PREFIX}/invocation/${id}/error`, e, answerAndNext);
      continue;
    }
    next = answerAndNext('POST', `${PREFIX}/invocation/${id}/response`, out, {
      'Content-Type': 'application/json',
    });
  }
}
