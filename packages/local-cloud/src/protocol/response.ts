// Writing answers: the few helpers every codec shares.
import type { ServerResponse } from 'node:http';

export function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer | undefined,
  headers: Record<string, string | number> = {},
): void {
  const payload = body === undefined ? undefined : typeof body === 'string' ? Buffer.from(body) : body;
  res.statusCode = status;
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  res.setHeader('Content-Length', payload ? payload.length : 0);
  res.end(payload);
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  contentType = 'application/json',
  headers: Record<string, string | number> = {},
): void {
  send(res, status, body === undefined ? '' : JSON.stringify(body), {
    'Content-Type': contentType,
    ...headers,
  });
}
