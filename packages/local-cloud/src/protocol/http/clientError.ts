// Answers for requests Node's HTTP parser refuses before a handler sees them (a header section over its
// limit, a malformed request line): an AWS error, in JSON or XML as the request's first bytes suggest,
// instead of Node's bare status line.
import { randomUUID } from 'node:crypto';
import type { Duplex } from 'node:stream';
import { escapeXml } from '../xml.js';

interface ParserError extends Error {
  code?: string;
  rawPacket?: Buffer;
}

/** The code, status and words: S3 documents RequestHeaderSectionTooLarge as a 400. */
function describe(err: ParserError): { code: string; status: number; message: string } {
  if (err.code === 'HPE_HEADER_OVERFLOW') {
    return {
      code: 'RequestHeaderSectionTooLarge',
      status: 400,
      message: 'Your request header section exceeds the maximum allowed size.',
    };
  }
  return { code: 'BadRequest', status: 400, message: 'The request could not be parsed as HTTP/1.1.' };
}

/** The `clientError` listener of the server. */
export function answerClientError(err: ParserError, socket: Duplex): void {
  if (!socket.writable || err.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const { code, status, message } = describe(err);
  const head = (err.rawPacket ?? Buffer.alloc(0)).subarray(0, 8192).toString('latin1');
  const requestId = randomUUID();
  const json = /^x-amz-target:/im.test(head) || /^content-type:[^\r\n]*json/im.test(head);
  const query = !json && /^content-type:[^\r\n]*x-www-form-urlencoded/im.test(head);
  const body = json
    ? JSON.stringify({ __type: code, message })
    : query
      ? `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${escapeXml(message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`
      : `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${escapeXml(message)}</Message><RequestId>${requestId}</RequestId></Error>`;
  const type = json ? 'application/x-amz-json-1.1' : query ? 'text/xml' : 'application/xml';
  // A HEAD answer has no body (its length is still told).
  const shown = head.startsWith('HEAD ') ? '' : body;
  socket.end(
    `HTTP/1.1 ${status} Bad Request\r\nContent-Type: ${type}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `x-amzn-RequestId: ${requestId}\r\n${json ? `x-amzn-ErrorType: ${code}\r\n` : ''}Connection: close\r\n\r\n${shown}`,
  );
}
