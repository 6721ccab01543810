// A minimal HTTP/1.1 server for one execution environment's Runtime API: requests are read straight
// from the socket's bytes and answered in order, so an answer and the next invocation can leave in one
// write (node:http costs several times more per invocation, and the API needs none of its features).
import { createServer, type Server, type Socket } from 'node:net';

/** Larger than any invocation answer Lambda accepts (6 MB), so that one reaches the environment to refuse. */
const MAX_BODY = 16 * 1024 * 1024;
const MAX_HEAD = 64 * 1024;
const REASONS: Record<number, string> = {
  200: 'OK',
  202: 'Accepted',
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  413: 'Payload Too Large',
  431: 'Request Header Fields Too Large',
  501: 'Not Implemented',
};

export interface ApiRequest {
  method: string;
  url: string;
  /** Names in lower case. */
  headers: Record<string, string>;
  body: Buffer;
  answer: Answer;
}

/** The answer to one request; written once every earlier request of its connection has its answer. */
export class Answer {
  data?: string;
  body?: Buffer | string;

  constructor(
    private readonly conn: Connection,
    readonly closeAfter: boolean,
  ) {}

  send(status: number, headers: Record<string, string | number>, body: Buffer | string): void {
    if (this.data !== undefined) return;
    let head = `HTTP/1.1 ${status} ${REASONS[status] ?? 'OK'}\r\n`;
    for (const name in headers) head += `${name}: ${headers[name]}\r\n`;
    head += `Content-Length: ${Buffer.byteLength(body)}\r\n`;
    if (this.closeAfter) head += 'Connection: close\r\n';
    this.data = `${head}\r\n`;
    this.body = body;
    this.conn.flush();
  }

  /** Ends the connection without an answer (the environment is going away). */
  destroy(): void {
    this.conn.socket.destroy();
  }

  /** Holds this connection's writes until uncork, so that several answers leave in one system call. */
  cork(): void {
    this.conn.socket.cork();
  }

  uncork(): void {
    this.conn.socket.uncork();
  }
}

class Connection {
  private chunks: Buffer[] = [];
  private size = 0;
  /** Bytes needed before parsing again is worth it (a body still arriving). */
  private need = 0;
  private continued = false;
  private readonly queue: Answer[] = [];
  private closing = false;

  constructor(
    readonly socket: Socket,
    private readonly onRequest: (req: ApiRequest) => void,
  ) {
    socket.setNoDelay(true);
    socket.on('data', (c: Buffer) => this.onData(c));
    // A runtime that goes away mid-request: nothing to answer.
    socket.on('error', () => {});
  }

  private onData(chunk: Buffer): void {
    if (this.closing) return;
    this.chunks.push(chunk);
    this.size += chunk.length;
    if (this.size < this.need) return;
    let buf = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.size);
    for (;;) {
      const used = this.parse(buf);
      if (used === 0) break;
      buf = buf.subarray(used);
      if (this.closing || buf.length === 0) break;
    }
    this.chunks = buf.length > 0 && !this.closing ? [buf] : [];
    this.size = this.chunks.length > 0 ? buf.length : 0;
  }

  /** Parses and dispatches one request from `buf`; the bytes it used, 0 when it is incomplete. */
  private parse(buf: Buffer): number {
    this.need = 0;
    const end = buf.indexOf('\r\n\r\n');
    if (end < 0) {
      if (buf.length > MAX_HEAD) this.fail(431);
      return 0;
    }
    const lines = buf.toString('latin1', 0, end).split('\r\n');
    const [method, url, version] = lines[0].split(' ');
    if (!method || !url || !version?.startsWith('HTTP/1.')) return this.fail(400);
    const headers: Record<string, string> = {};
    for (let i = 1; i < lines.length; i++) {
      const colon = lines[i].indexOf(':');
      if (colon <= 0) return this.fail(400);
      headers[lines[i].slice(0, colon).trim().toLowerCase()] = lines[i].slice(colon + 1).trim();
    }
    const start = end + 4;
    let body: Buffer;
    let used: number;
    const te = headers['transfer-encoding'];
    if (te !== undefined && te.toLowerCase() !== 'identity') {
      if (!/(^|,)\s*chunked\s*$/i.test(te)) return this.fail(501);
      const got = dechunk(buf, start);
      if (got === null) return this.fail(400);
      if (got === undefined) return this.waitForBody(headers, buf.length + 1);
      if (got.body.length > MAX_BODY) return this.fail(413);
      ({ body, end: used } = got);
    } else {
      const length = headers['content-length'] === undefined ? 0 : Number(headers['content-length']);
      if (!Number.isSafeInteger(length) || length < 0) return this.fail(400);
      if (length > MAX_BODY) return this.fail(413);
      if (buf.length < start + length) return this.waitForBody(headers, start + length);
      body = buf.subarray(start, start + length);
      used = start + length;
    }
    this.continued = false;
    const connection = (headers.connection ?? '').toLowerCase();
    const close = connection === 'close' || (version === 'HTTP/1.0' && connection !== 'keep-alive');
    const answer = new Answer(this, close);
    this.queue.push(answer);
    if (close) this.closing = true;
    this.onRequest({ method, url, headers, body, answer });
    return used;
  }

  /** A body still on its way: say 100 Continue once if the client waits for it (curl does, past 1 KB). */
  private waitForBody(headers: Record<string, string>, need: number): number {
    this.need = need;
    if (!this.continued && headers.expect?.toLowerCase() === '100-continue') {
      this.continued = true;
      this.socket.write('HTTP/1.1 100 Continue\r\n\r\n');
    }
    return 0;
  }

  private fail(status: number): number {
    const answer = new Answer(this, true);
    this.queue.push(answer);
    this.closing = true;
    answer.send(status, { 'Content-Type': 'application/json' }, '{"errorType":"InvalidRequest"}');
    return 0;
  }

  /** Writes the answers that are ready, in request order. */
  flush(): void {
    let corked = false;
    while (this.queue.length > 0 && this.queue[0].data !== undefined) {
      const a = this.queue.shift()!;
      if (!corked && this.queue.length > 0 && this.queue[0].data !== undefined) {
        this.socket.cork();
        corked = true;
      }
      this.socket.write(a.data!);
      this.socket.write(a.body!);
      if (a.closeAfter) {
        this.socket.end();
        break;
      }
    }
    if (corked) this.socket.uncork();
  }
}

/** The body of a chunked request from `start`: undefined while incomplete, null when malformed. */
function dechunk(buf: Buffer, start: number): { body: Buffer; end: number } | undefined | null {
  const parts: Buffer[] = [];
  let pos = start;
  for (;;) {
    const eol = buf.indexOf('\r\n', pos);
    if (eol < 0) return undefined;
    const size = Number.parseInt(buf.toString('latin1', pos, eol).split(';')[0].trim(), 16);
    if (!Number.isFinite(size) || size < 0) return null;
    if (size === 0) {
      // Optional trailer fields, then an empty line.
      if (buf.length < eol + 4) return undefined;
      if (buf[eol + 2] === 13 && buf[eol + 3] === 10) return { body: Buffer.concat(parts), end: eol + 4 };
      const trailerEnd = buf.indexOf('\r\n\r\n', eol + 2);
      return trailerEnd < 0 ? undefined : { body: Buffer.concat(parts), end: trailerEnd + 4 };
    }
    if (buf.length < eol + 2 + size + 2) return undefined;
    parts.push(buf.subarray(eol + 2, eol + 2 + size));
    pos = eol + 2 + size + 2;
  }
}

export interface RuntimeApiServer {
  server: Server;
  /** Ends the listener and every connection. */
  close(): void;
}

export function createRuntimeApi(onRequest: (req: ApiRequest) => void): RuntimeApiServer {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    new Connection(socket, onRequest);
  });
  return {
    server,
    close() {
      server.close();
      for (const s of sockets) s.destroy();
      sockets.clear();
    },
  };
}
