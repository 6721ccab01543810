// dynalite ships no types: its one export is a factory of an http.Server whose listener is a DynamoDB.
declare module 'dynalite' {
  import type { Server } from 'node:http';

  const createDynalite: (options: Record<string, unknown>) => Server;
  export default createDynalite;
}
