// Lets Node.js handlers reach the local cloud's own URLs over HTTPS, as they reach AWS's: a node:https
// request to the cloud's host on port 443 goes to the cloud's plain-HTTP port. AWS's cfn-response module and
// the Serverless Framework's custom resources send CloudFormation's answer so, on https and port 443
// whatever the URL says. Every other request is left alone.

import { createRequire, syncBuiltinESMExports } from 'node:module';

const require = createRequire(import.meta.url);
const endpoint = URL.canParse(process.env.AWS_ENDPOINT_URL ?? '')
  ? new URL(process.env.AWS_ENDPOINT_URL)
  : undefined;

/** The request's URL (when given first), options and callback, as node:https takes them. */
function split(args) {
  const [first, second, third] = args;
  if (typeof first === 'string' || first instanceof URL) {
    const url = new URL(first);
    return typeof second === 'function'
      ? { url, options: {}, callback: second }
      : { url, options: second ?? {}, callback: third };
  }
  return { url: undefined, options: first ?? {}, callback: second };
}

function patch(https) {
  const http = require('node:http');
  const host = endpoint.hostname;
  const port = Number(endpoint.port || 80);
  const toCloud = (args) => {
    const { url, options, callback } = split(args);
    const hostname = options.hostname ?? options.host?.replace(/:\d+$/, '') ?? url?.hostname;
    const asked = Number(options.port ?? url?.port ?? 443) || 443;
    if (hostname !== host || (asked !== 443 && asked !== port)) return undefined;
    const plain = {
      ...options,
      protocol: 'http:',
      hostname: host,
      host: undefined,
      port,
      path: options.path ?? (url ? `${url.pathname}${url.search}` : '/'),
      // An https.Agent can't carry plain HTTP.
      agent: options.agent instanceof https.Agent ? undefined : options.agent,
    };
    return callback ? http.request(plain, callback) : http.request(plain);
  };
  const { request, get } = https;
  https.request = (...args) => toCloud(args) ?? request(...args);
  https.get = (...args) => {
    const req = toCloud(args);
    if (!req) return get(...args);
    req.end();
    return req;
  };
  syncBuiltinESMExports();
}

/**
 * Redirects node:https for the handler: at once for an ES module handler, else when the handler first
 * requires it (loading node:https costs every cold start milliseconds that most functions never use).
 */
export function redirectHttpsToCloud(esm) {
  if (endpoint?.protocol !== 'http:') return;
  if (esm) {
    patch(require('node:https'));
    return;
  }
  const Module = require('node:module');
  const load = Module._load;
  Module._load = function loadPatched(request, ...rest) {
    const loaded = load.call(this, request, ...rest);
    if (request === 'https' || request === 'node:https') {
      Module._load = load;
      patch(loaded);
    }
    return loaded;
  };
}
