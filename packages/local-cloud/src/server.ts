// The HTTP listener: reads a request, refuses foreign Host names, browser origins and (with
// --require-auth) bad signatures, serves /_localcloud/*, and hands everything else to the service the
// router names.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { authError, crossSiteRefused, hostRefused, originRefused } from './access/errors.js';
import { HostGuard, hostName, isLoopbackName } from './access/host.js';
import type { AuthFailure, SignedRequest } from './access/signature.js';
import { type CloudConfig, LocalCloud } from './cloud.js';
import { interpreters } from './lambda/runtime/interpreters.js';
import { SUPPORTED_RUNTIMES } from './lambda/runtimes.js';
import { faceFor } from './protocol/codecs/fallback.js';
import { AwsError, toAwsError } from './protocol/errors.js';
import { answerClientError } from './protocol/http/clientError.js';
import type { LocalRequest } from './protocol/request.js';
import { sendJson } from './protocol/response.js';
import { Router } from './router.js';
import { registerServices } from './services.js';
import { VERSION } from './version.js';

/** S3 objects can be large; anything beyond this is refused rather than buffered. */
const MAX_BODY_BYTES = 256 * 1024 * 1024;
const EMPTY = Buffer.alloc(0);

export interface RunningCloud {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  cloud: LocalCloud;
  stop(): Promise<void>;
}

/** What every request passes before a service sees it. */
interface Gate {
  hosts: HostGuard;
  /** Present only with --require-auth: the signature check, loaded then. */
  verify?: (req: SignedRequest) => Promise<AuthFailure | undefined>;
}

async function gateFor(config: CloudConfig): Promise<Gate> {
  const hosts = new HostGuard(config.allowHosts, config.host);
  if (!config.requireAuth) return { hosts };
  const { keyTable, verifySignature } = await import('./access/signature.js');
  const keys = keyTable(config.authKeys);
  return { hosts, verify: (req) => verifySignature(req, keys, Date.now()) };
}

export async function startLocalCloud(options: Partial<CloudConfig> = {}): Promise<RunningCloud> {
  const cloud = new LocalCloud(options);
  registerServices(cloud);
  const router = new Router(cloud.services.values());
  const gate = await gateFor(cloud.config);
  const server = createServer((req, res) => {
    handle(cloud, router, gate, req, res).catch((err) => {
      cloud.log('error', `unhandled: ${err instanceof Error ? err.stack : String(err)}`);
      if (!res.headersSent) sendJson(res, 500, { __type: 'InternalFailure', message: 'internal error' });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 60_000;
  server.headersTimeout = 65_000;
  server.on('clientError', answerClientError);
  await listen(server, cloud.config.port, cloud.config.host);
  const port = (server.address() as AddressInfo).port;
  // Every interface includes loopback: handlers and the printed URL use that.
  const shownHost = { '0.0.0.0': '127.0.0.1', '::': '::1' }[cloud.config.host] ?? cloud.config.host;
  cloud.endpoint = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;
  warnIfExposed(cloud, port);
  for (const s of cloud.services.values()) s.start?.();
  let stopped: Promise<void> | undefined;
  return {
    url: cloud.endpoint,
    port,
    cloud,
    stop: () => {
      stopped ??= (async () => {
        await cloud.stop();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
      })();
      return stopped;
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** Listening beyond loopback lets other machines drive this cloud: say so, and what still guards it. */
function warnIfExposed(cloud: LocalCloud, port: number): void {
  const { host, requireAuth } = cloud.config;
  if (isLoopbackName(hostName(host.includes(':') ? `[${host}]` : host) ?? '')) return;
  cloud.log(
    'error',
    `warning: listening on ${host}:${port}, reachable from other machines; ` +
      (requireAuth
        ? 'requests must be signed with a configured key'
        : 'anyone who reaches it can create and run code as this user (add --require-auth)') +
      '; requests must name a loopback host, the bound address or a name given with --allow-host',
  );
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        // The rest is read and dropped, not refused by closing: a reset socket would lose the answer too.
        req.removeAllListeners('data');
        chunks.length = 0;
        req.resume();
        reject(
          new AwsError('RequestEntityTooLargeException', 'Request body is too large.', 413, {
            headers: { Connection: 'close' },
          }),
        );
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function originAllowed(cloud: LocalCloud, origin: string): boolean {
  const allowed = cloud.config.allowOrigins;
  return allowed.includes('*') || allowed.includes(origin);
}

async function handle(
  cloud: LocalCloud,
  router: Router,
  gate: Gate,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const origin = req.headers.origin;
  // JSON-protocol SDK calls all POST to `/`: skip the URL parser for them.
  const url =
    req.url === '/'
      ? { pathname: '/', searchParams: new URLSearchParams() }
      : new URL(req.url ?? '/', 'http://localhost');
  const method = req.method ?? 'GET';
  const requestId = randomUUID();
  const host = req.headers.host ?? cloud.endpoint.replace(/^http:\/\//, '');
  const localRequest: LocalRequest = {
    method,
    path: url.pathname,
    query: url.searchParams,
    headers: req.headers,
    body: EMPTY,
    service: '',
    region: cloud.config.region,
    requestId,
    baseUrl: `http://${host}`,
    cloud,
  };

  if (!gate.hosts.allows(req.headers.host)) {
    // A page that rebound its own name to 127.0.0.1 sends that name: it must not reach the cloud.
    req.resume();
    const host = req.headers.host ?? '';
    faceFor(localRequest).writeError(localRequest, res, hostRefused(host, hostName(host) ?? host));
    return;
  }
  if (origin !== undefined && !originAllowed(cloud, origin)) {
    // Web pages must not be able to drive a local cloud; CLIs and SDKs never send Origin.
    req.resume();
    faceFor(localRequest).writeError(localRequest, res, originRefused(origin));
    return;
  }
  const site = req.headers['sec-fetch-site'];
  if (origin === undefined && site !== undefined && site !== 'none' && site !== 'same-origin') {
    // A cross-site link or image is a GET without Origin; a query API acts on GET (`?Action=DeleteQueue`).
    req.resume();
    faceFor(localRequest).writeError(localRequest, res, crossSiteRefused(site));
    return;
  }
  if (origin !== undefined) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Expose-Headers', '*');
    if (method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', 'GET,PUT,POST,DELETE,HEAD');
      res.setHeader(
        'Access-Control-Allow-Headers',
        String(req.headers['access-control-request-headers'] ?? '*'),
      );
      sendJson(res, 204, undefined);
      return;
    }
  }
  if (url.pathname.startsWith('/_localcloud/')) return internal(cloud, url.pathname, url.searchParams, res);

  try {
    localRequest.body = await readBody(req);
  } catch (err) {
    faceFor(localRequest).writeError(localRequest, res, toAwsError(err));
    return;
  }

  let formCache: URLSearchParams | undefined;
  const formAction = () => {
    if (url.searchParams.has('Action')) return url.searchParams.get('Action') ?? undefined;
    const type = String(req.headers['content-type'] ?? '');
    if (method !== 'POST' || !type.includes('x-www-form-urlencoded')) return undefined;
    formCache ??= new URLSearchParams(localRequest.body.toString('utf8'));
    return formCache.get('Action') ?? undefined;
  };
  const routed = router.route({
    method,
    path: url.pathname,
    headers: req.headers,
    query: url.searchParams,
    formAction,
  });
  // Signed requests are routed at once: only the rare unsigned one waits for a model to load.
  const route = routed instanceof Promise ? await routed : routed;
  const service = cloud.services.get(route.service);
  localRequest.service = route.service;
  if (route.region) localRequest.region = route.region;
  if (!service) {
    const unknown = new AwsError(
      'UnknownService',
      `Service ${route.service} is not served by this local cloud.`,
      400,
    );
    faceFor(localRequest).writeError(localRequest, res, unknown);
    return;
  }
  // Only build the line when it is printed: this runs for every request.
  if (cloud.config.logLevel === 'debug') {
    cloud.log('debug', `${method} ${url.pathname} -> ${route.service} (${localRequest.region})`);
  }
  const face = faceFor(localRequest, service.faces);
  if (gate.verify) {
    const failure = await gate.verify({
      method,
      url: req.url ?? '/',
      headers: req.headers,
      body: localRequest.body,
    });
    if (failure) {
      face.writeError(localRequest, res, authError(failure, face.protocol));
      return;
    }
  }
  await face.serve(localRequest, res);
}

function internal(cloud: LocalCloud, path: string, query: URLSearchParams, res: ServerResponse): void {
  if (path === '/_localcloud/health') {
    sendJson(res, 200, {
      status: 'running',
      version: VERSION,
      services: [...cloud.services.keys()],
      uptime: (Date.now() - cloud.startedAt) / 1000,
      region: cloud.config.region,
      accountId: cloud.config.accountId,
      timeScale: cloud.config.timeScale,
    });
    return;
  }
  if (path === '/_localcloud/runtimes') {
    // What each runtime runs on here, or why it cannot (`?runtime=a,b` for some of them).
    const only = query.get('runtime')?.split(',').filter(Boolean);
    sendJson(res, 200, { supported: SUPPORTED_RUNTIMES, runtimes: interpreters(cloud, only) });
    return;
  }
  if (path === '/_localcloud/metrics') {
    const out: Record<string, Record<string, number>> = {};
    for (const [name, dims] of cloud.metrics) out[name] = Object.fromEntries(dims);
    sendJson(res, 200, out);
    return;
  }
  sendJson(res, 404, { message: `No such local-cloud endpoint: ${path}` });
}
