// The two ways the bench drives a server. `wire` replays the exact requests @aws-sdk/client-sqs sends (its
// headers, captured once, and its JSON bodies) over keep-alive sockets, so the client costs little and the
// server sets the pace; `sdk` goes through the SDK client itself (signing, MD5 checks, parsing) end to end.
import { createHash } from 'node:crypto';
import { Agent } from 'node:http';
import { connect } from 'node:net';
import {
  CreateQueueCommand,
  DeleteMessageBatchCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { BODY } from './server.js';

const BODY_MD5 = createHash('md5').update(BODY).digest('hex');

export const CONCURRENCY = 16;

/** Ten entries with ids distinct within the batch, as SendMessageBatch needs. */
export const batchEntries = (i) =>
  Array.from({ length: 10 }, (_, j) => ({ Id: `m${i}-${j}`, MessageBody: BODY }));

function sdkClient(port) {
  return new SQSClient({
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    requestHandler: new NodeHttpHandler({
      httpAgent: new Agent({ keepAlive: true, maxSockets: CONCURRENCY }),
    }),
  });
}

export async function createQueue(port, name) {
  const sqs = sdkClient(port);
  try {
    return (await sqs.send(new CreateQueueCommand({ QueueName: name }))).QueueUrl;
  } finally {
    sqs.destroy();
  }
}

/** The SDK's driver: every call signs, serialises, checks MD5s and parses as an application would. */
export function sdkDriver(port) {
  const sqs = sdkClient(port);
  return {
    name: 'sdk',
    async send(QueueUrl) {
      await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: BODY }));
    },
    async sendBatch(QueueUrl, i) {
      const { Successful = [] } = await sqs.send(
        new SendMessageBatchCommand({ QueueUrl, Entries: batchEntries(i) }),
      );
      if (Successful.length !== 10) throw new Error('batch not fully accepted');
    },
    async receive(QueueUrl) {
      const { Messages = [] } = await sqs.send(
        new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, VisibilityTimeout: 120 }),
      );
      return Messages.map((m) => m.ReceiptHandle);
    },
    async deleteBatch(QueueUrl, handles) {
      const { Successful = [] } = await sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl,
          Entries: handles.map((h, k) => ({ Id: `d${k}`, ReceiptHandle: h })),
        }),
      );
      if (Successful.length !== handles.length) throw new Error('delete batch not fully accepted');
    },
    close: () => sqs.destroy(),
  };
}

/** The headers the SDK sends for `command` (signature included), captured without sending anything. */
async function sdkHeaders(port, command) {
  const sqs = sdkClient(port);
  let headers;
  sqs.middlewareStack.add(
    () => async (args) => {
      headers = { ...args.request.headers };
      throw new Error('captured');
    },
    { step: 'deserialize', priority: 'low' },
  );
  await sqs.send(command).catch(() => {});
  sqs.destroy();
  // Per-call values the SDK would renew; the servers check none of them.
  delete headers['content-length'];
  delete headers['amz-sdk-invocation-id'];
  return headers;
}

/**
 * One keep-alive HTTP/1.1 connection that sends a request and reads its answer (framed by Content-Length,
 * which all three servers send). Much cheaper than node:http's client, so the driver does not set the pace.
 * A connection the server closed while idle (local-aws-sqs keeps idle ones 5 s) is opened again.
 */
function connection(port) {
  let socket;
  let pending;
  let buffer = Buffer.alloc(0);
  const fail = (err) => {
    const p = pending;
    pending = undefined;
    p?.reject(err);
  };
  const open = () => {
    buffer = Buffer.alloc(0);
    const s = connect({ host: '127.0.0.1', port, noDelay: true });
    // Events of a socket already replaced concern no request.
    s.on('error', (err) => {
      if (socket === s) fail(err);
    });
    s.on('close', () => {
      if (socket !== s) return;
      socket = undefined;
      fail(Object.assign(new Error('connection closed'), { code: 'CLOSED' }));
    });
    s.on('data', (chunk) => {
      buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0 || !pending) return;
      const head = buffer.toString('latin1', 0, end);
      const m = /\r\ncontent-length:\s*(\d+)/i.exec(head);
      if (!m) return fail(new Error(`answer without Content-Length: ${head}`));
      const total = end + 4 + Number(m[1]);
      if (buffer.length < total) return;
      const body = buffer.toString('utf8', end + 4, total);
      buffer = buffer.subarray(total);
      const p = pending;
      pending = undefined;
      p.resolve({ status: Number(head.slice(9, 12)), body });
    });
    socket = s;
  };
  const once = (bytes) =>
    new Promise((resolve, reject) => {
      if (!socket || socket.destroyed) open();
      pending = { resolve, reject };
      socket.write(bytes);
    });
  return {
    async request(bytes) {
      try {
        return await once(bytes);
      } catch (err) {
        // Closed by the server just as the request went out: once more on a fresh connection.
        if (err.code !== 'CLOSED' && err.code !== 'ECONNRESET' && err.code !== 'EPIPE') throw err;
        socket?.destroy();
        socket = undefined;
        return once(bytes);
      }
    },
    close: () => socket?.destroy(),
  };
}

/** The wire driver: the SDK's requests, replayed over raw keep-alive connections, each answer checked. */
export async function wireDriver(port) {
  const QueueUrl = `http://127.0.0.1:${port}/000000000000/bench`;
  const heads = {};
  for (const [op, command] of [
    ['SendMessage', new SendMessageCommand({ QueueUrl, MessageBody: BODY })],
    ['SendMessageBatch', new SendMessageBatchCommand({ QueueUrl, Entries: batchEntries(0) })],
    ['ReceiveMessage', new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10 })],
    [
      'DeleteMessageBatch',
      new DeleteMessageBatchCommand({ QueueUrl, Entries: [{ Id: 'd0', ReceiptHandle: 'x' }] }),
    ],
  ]) {
    const headers = await sdkHeaders(port, command);
    heads[op] = `POST / HTTP/1.1\r\n${Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('')}`;
  }
  const idle = Array.from({ length: CONCURRENCY }, () => connection(port));
  const all = [...idle];
  const call = async (op, body) => {
    const conn = idle.pop();
    if (!conn) throw new Error('more calls in flight than connections');
    const { status, body: text } = await conn.request(
      `${heads[op]}content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
    idle.push(conn);
    if (status !== 200) throw new Error(`${op}: HTTP ${status} ${text}`);
    // An empty answer (local-aws-sqs's empty ReceiveMessage) reads as no members.
    return text ? JSON.parse(text) : {};
  };
  // The bodies the SDK serialises for these inputs (it writes the input's members in order).
  const sendBody = (url) => JSON.stringify({ QueueUrl: url, MessageBody: BODY });
  return {
    name: 'wire',
    async send(url) {
      const out = await call('SendMessage', sendBody(url));
      if (out.MD5OfMessageBody !== BODY_MD5) throw new Error('SendMessage: wrong MD5OfMessageBody');
    },
    async sendBatch(url, i) {
      const out = await call('SendMessageBatch', JSON.stringify({ QueueUrl: url, Entries: batchEntries(i) }));
      if (out.Successful?.length !== 10 || out.Successful[0].MD5OfMessageBody !== BODY_MD5) {
        throw new Error('SendMessageBatch: not fully accepted');
      }
    },
    async receive(url) {
      const out = await call(
        'ReceiveMessage',
        JSON.stringify({ QueueUrl: url, MaxNumberOfMessages: 10, VisibilityTimeout: 120 }),
      );
      const messages = out.Messages ?? [];
      for (const m of messages) {
        if (m.MD5OfBody !== BODY_MD5) throw new Error('ReceiveMessage: wrong MD5OfBody');
      }
      return messages.map((m) => m.ReceiptHandle);
    },
    async deleteBatch(url, handles) {
      const out = await call(
        'DeleteMessageBatch',
        JSON.stringify({
          QueueUrl: url,
          Entries: handles.map((h, k) => ({ Id: `d${k}`, ReceiptHandle: h })),
        }),
      );
      if ((out.Successful?.length ?? 0) !== handles.length)
        throw new Error('DeleteMessageBatch: not all deleted');
    },
    close: () => {
      for (const c of all) c.close();
    },
  };
}
