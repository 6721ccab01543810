// The invocation record sent to destinations: section 1's shape and key order, compact JSON, the
// caller's payload embedded byte for byte.

export type Condition = 'Success' | 'RetriesExhausted' | 'EventAgeExceeded' | 'ZeroReservedConcurrency';

export interface RecordParts {
  timestamp: Date;
  requestId: string;
  /** Always qualified (`:$LATEST`, `:<alias>`, `:<version>`). */
  functionArn: string;
  condition: Condition;
  approximateInvokeCount: number;
  /** The caller's payload bytes as sent (valid JSON, checked at Invoke). */
  requestPayload: Buffer;
  /** Absent for ZeroReservedConcurrency. */
  response?: {
    executedVersion: string;
    functionError?: string;
    /** What the runtime answered. */
    payload: Buffer;
  };
}

/** The record as JSON text; `dropPayloads` leaves both payloads out, as AWS does for SNS's size limit. */
export function serializeRecord(r: RecordParts, dropPayloads = false): string {
  let out =
    `{"version":"1.0","timestamp":"${r.timestamp.toISOString()}",` +
    `"requestContext":{"requestId":${JSON.stringify(r.requestId)},"functionArn":${JSON.stringify(r.functionArn)},` +
    `"condition":"${r.condition}","approximateInvokeCount":${r.approximateInvokeCount}}`;
  if (!dropPayloads) out += `,"requestPayload":${eventText(r.requestPayload)}`;
  if (r.response) {
    out += `,"responseContext":{"statusCode":200,"executedVersion":${JSON.stringify(r.response.executedVersion)}`;
    if (r.response.functionError) out += `,"functionError":${JSON.stringify(r.response.functionError)}`;
    out += '}';
    if (!dropPayloads) out += `,"responsePayload":${jsonText(r.response.payload)}`;
  }
  return `${out}}`;
}

/** The event as handlers and records see it: an empty payload is `{}`. */
export function eventText(payload: Buffer): string {
  return payload.length === 0 ? '{}' : payload.toString('utf8');
}

/** A runtime's answer as a JSON value: empty is `null`, text that is not JSON becomes a JSON string. */
export function jsonText(payload: Buffer): string {
  if (payload.length === 0) return 'null';
  const text = payload.toString('utf8');
  try {
    JSON.parse(text);
    return text;
  } catch {
    return JSON.stringify(text);
  }
}
