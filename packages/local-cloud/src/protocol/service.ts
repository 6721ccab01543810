// The one operation contract every service implements, and what a service offers the router.
//
// An operation is `(ctx, input: <SDK request type>) => <SDK response type>`: its codec turns the wire
// into the input and the output into the wire, so no operation touches HTTP, XML or form encoding.
import type { ServerResponse } from 'node:http';
import type { Call } from './call.js';
import type { AwsError } from './errors.js';
import type { LocalRequest } from './request.js';

export type Operation<C, I, O> = (ctx: C, input: I) => O | Promise<O>;

/**
 * A service's operations by their AWS names. `never` input: each operation narrows it to its own SDK
 * request type, and the codec guarantees the input has that shape.
 */
export type Operations<C> = Readonly<Record<string, Operation<C, never, unknown>>>;

/** One protocol a service speaks (SQS speaks two), built by the protocol's codec. */
export interface Face {
  readonly protocol: 'awsJson1_0' | 'awsJson1_1' | 'awsQuery' | 'restJson1' | 'restXml';
  /** awsJson: the part of `X-Amz-Target` before the dot. */
  readonly targetPrefix?: string;
  /**
   * For a request that names no service (unsigned): whether this face's model has its form `Action`
   * (awsQuery) or its path (rest protocols), and whether it serves it or only knows it (answering 501).
   * A face built on demand loads its model to answer.
   */
  knows?(question: Question): Knows | Promise<Knows>;
  /** Whether this face reads this request (the choice between the faces of one service). */
  accepts(req: LocalRequest): boolean;
  serve(req: LocalRequest, res: ServerResponse): Promise<void>;
  /** The protocol's one error writer. */
  writeError(req: LocalRequest, res: ServerResponse, err: AwsError): void;
}

export interface Question {
  method: string;
  path: string;
  action?: string;
}

export type Knows = 'serves' | 'knows' | undefined;

export interface FaceOptions<C> {
  /** The SDK client whose schemas the face reads, imported at first use: `() => import('@aws-sdk/client-sqs')`. */
  client: () => Promise<object>;
  operations: Operations<C>;
  /** The context each operation receives, built per request. */
  context: (call: Call) => C;
}
