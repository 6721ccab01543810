import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);

// ../local-cloud/src/protocol/errors.ts
var AwsError = class extends Error {
  code;
  status;
  fault;
  queryCode;
  headers;
  fields;
  constructor(code, message, status = 400, options = {}) {
    super(message);
    this.name = code;
    this.code = code;
    this.status = status;
    this.fault = options.fault ?? (status >= 500 ? "Receiver" : "Sender");
    this.queryCode = options.queryCode;
    this.headers = options.headers ?? {};
    this.fields = options.fields ?? {};
  }
};
function toAwsError(err) {
  if (err instanceof AwsError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new AwsError(
    "InternalFailure",
    `We encountered an internal error. Please try again. (${message})`,
    500
  );
}

export {
  AwsError,
  toAwsError
};
//# sourceMappingURL=chunk-GVSLWIJQ.js.map
