// The one export of dynalite 4 (a CommonJS module without types) the local cloud uses.
declare module 'dynalite' {
  import type { Server } from 'node:http';
  /** An http.Server whose request listener serves DynamoDB from a store made now (in memory without `path`). */
  export default function dynalite(options?: Record<string, unknown>): Server;
}
