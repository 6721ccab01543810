// logs: CloudWatch Logs on awsJson 1.1 (`Logs_20140328.*`), and the internal interface Lambda writes
// its functions' output through.
import type { LocalCloud, Service } from '../cloud.js';
import type { LogsInternal } from '../internal.js';
import { type JsonOperation, serveAwsJson } from '../protocol/awsJson.js';
import { createLogGroup } from './createLogGroup.js';
import { createLogStream } from './createLogStream.js';
import { deleteLogGroup } from './deleteLogGroup.js';
import { deleteRetentionPolicy } from './deleteRetentionPolicy.js';
import { describeLogGroups } from './describeLogGroups.js';
import { describeLogStreams } from './describeLogStreams.js';
import { filterLogEvents } from './filterLogEvents.js';
import { getLogEvents } from './getLogEvents.js';
import { putLogEvents } from './putLogEvents.js';
import { putRetentionPolicy } from './putRetentionPolicy.js';
import { LogsStore } from './store.js';

export function createLogsService(cloud: LocalCloud): Service {
  const store = new LogsStore(cloud.accountId);
  const op =
    // biome-ignore lint/suspicious/noExplicitAny: each operation narrows its input with the SDK's own type
      (fn: (s: LogsStore, input: any, req: Parameters<JsonOperation>[1]) => unknown): JsonOperation =>
      (input, req) =>
        fn(store, input, req);
  const operations: Record<string, JsonOperation> = {
    CreateLogGroup: op(createLogGroup),
    DeleteLogGroup: op(deleteLogGroup),
    DescribeLogGroups: op(describeLogGroups),
    CreateLogStream: op(createLogStream),
    DescribeLogStreams: op(describeLogStreams),
    PutLogEvents: op(putLogEvents),
    GetLogEvents: op(getLogEvents),
    FilterLogEvents: op(filterLogEvents),
    PutRetentionPolicy: op(putRetentionPolicy),
    DeleteRetentionPolicy: op(deleteRetentionPolicy),
  };
  const internal: LogsInternal = {
    putLogEvents(region, group, stream, events) {
      const g = store.find(region, group) ?? store.createGroup(region, group);
      const s = g.streams.get(stream) ?? store.createStream(g, stream);
      store.append(g, s, events);
    },
  };
  cloud.logs = internal;
  return {
    name: 'logs',
    handle: (req, res) =>
      serveAwsJson({ targetPrefix: 'Logs_20140328', version: '1.1', operations }, req, res),
  };
}
