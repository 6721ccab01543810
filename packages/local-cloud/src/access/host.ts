// Which `Host` headers the server answers: loopback names and addresses, the address it was bound to and
// the names `--allow-host` adds. Any other name is a page that rebound its own DNS name to this machine
// (DNS rebinding) or a request meant for somebody else.
import { isIPv4, isIPv6 } from 'node:net';

/** Verdicts kept per distinct Host value: clients send a handful, so the check is one map lookup. */
const MAX_REMEMBERED = 256;

/** Addresses that mean "every interface": binding one names no host a client would send. */
const UNSPECIFIED = new Set(['0.0.0.0', '::', '[::]']);

/**
 * The name a Host header (or an `--allow-host` value) names, as the URL parser writes it: lower case, no
 * port, IPv4 in dotted form, IPv6 in brackets and shortest form, no final dot. Undefined when it is no name.
 */
export function hostName(host: string): string | undefined {
  // A Host header holds a name and a port, nothing a URL parser would read as user or path.
  if (/[@/\\?#\s]/.test(host)) return undefined;
  try {
    const name = new URL(`http://${host}/`).hostname;
    return name.endsWith('.') ? name.slice(0, -1) : name;
  } catch {
    return undefined;
  }
}

/** `localhost` and its subdomains (RFC 6761), 127.0.0.0/8 and ::1; and LocalStack's names for 127.0.0.1. */
export function isLoopbackName(name: string): boolean {
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  // `<bucket>.s3.localhost.localstack.cloud` is what LocalStack's S3 clients address; the name is LocalStack's
  // own and resolves to 127.0.0.1, so a web page cannot rebind it.
  if (name === 'localhost.localstack.cloud' || name.endsWith('.localhost.localstack.cloud')) return true;
  if (isIPv4(name)) return name.startsWith('127.');
  // ::1, and 127.0.0.0/8 mapped into IPv6 (::ffff:7f00:1 is ::ffff:127.0.0.1).
  return name === '[::1]' || /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(name);
}

/** The address the server listens on, as the name a client sends in Host; undefined for every interface. */
export function boundName(host: string): string | undefined {
  if (UNSPECIFIED.has(host)) return undefined;
  return hostName(isIPv6(host) ? `[${host}]` : host);
}

export class HostGuard {
  private readonly exact = new Set<string>();
  private readonly suffixes: string[] = [];
  private readonly any: boolean;
  private readonly verdicts = new Map<string, boolean>();

  /**
   * `allowed`: names from `--allow-host`: `name`, `*.domain` (the domain's subdomains), `*` (every name).
   * `bound`: the address listened on, which clients of this machine's other interfaces send.
   */
  constructor(allowed: readonly string[], bound: string) {
    this.any = allowed.includes('*');
    for (const entry of allowed) {
      if (entry === '*') continue;
      if (entry.startsWith('*.')) {
        const domain = hostName(entry.slice(2));
        if (domain) this.suffixes.push(`.${domain}`);
        continue;
      }
      const name = hostName(isIPv6(entry) ? `[${entry}]` : entry);
      if (name) this.exact.add(name);
    }
    const own = boundName(bound);
    if (own) this.exact.add(own);
  }

  /** Whether a request naming `host` is served. A request without Host (HTTP/1.0) did not come from a browser. */
  allows(host: string | undefined): boolean {
    if (host === undefined || this.any) return true;
    const known = this.verdicts.get(host);
    if (known !== undefined) return known;
    const name = hostName(host);
    const verdict = name !== undefined && this.decide(name);
    if (this.verdicts.size < MAX_REMEMBERED) this.verdicts.set(host, verdict);
    return verdict;
  }

  private decide(name: string): boolean {
    if (isLoopbackName(name) || this.exact.has(name)) return true;
    return this.suffixes.some((s) => name.endsWith(s));
  }
}
