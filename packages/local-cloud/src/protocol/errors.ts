// AWS errors as values: one class thrown everywhere, turned into each protocol's shape in its codec.

export interface AwsErrorOptions {
  /** `Sender` (the caller's fault, default) or `Receiver` (ours). */
  fault?: 'Sender' | 'Receiver';
  /** The code the awsQuery protocol uses when it differs from the JSON shape name (SQS's legacy codes). */
  queryCode?: string;
  /** Extra headers, e.g. `Retry-After` on a throttle. */
  headers?: Record<string, string>;
  /** Extra members of a JSON error body, e.g. Lambda's `Reason`. */
  fields?: Record<string, unknown>;
}

export class AwsError extends Error {
  readonly code: string;
  readonly status: number;
  readonly fault: 'Sender' | 'Receiver';
  readonly queryCode?: string;
  readonly headers: Record<string, string>;
  readonly fields: Record<string, unknown>;

  constructor(code: string, message: string, status = 400, options: AwsErrorOptions = {}) {
    super(message);
    this.name = code;
    this.code = code;
    this.status = status;
    this.fault = options.fault ?? (status >= 500 ? 'Receiver' : 'Sender');
    this.queryCode = options.queryCode;
    this.headers = options.headers ?? {};
    this.fields = options.fields ?? {};
  }
}

/** Whatever was thrown, as an AwsError: unexpected throws become AWS's generic 500. */
export function toAwsError(err: unknown): AwsError {
  if (err instanceof AwsError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new AwsError(
    'InternalFailure',
    `We encountered an internal error. Please try again. (${message})`,
    500,
  );
}
