// logs: CloudWatch Logs on awsJson 1.1 (`Logs_20140328.*`), and the internal interface Lambda writes
// its functions' output through.
import type { LocalCloud, Service } from '../cloud.js';
import type { LogsInternal } from '../internal.js';
import type { Call } from '../protocol/call.js';
import { awsJsonFace } from '../protocol/codecs/awsJson.js';
import { LogsContext } from './context.js';
import { OPERATIONS } from './operations.js';
import { LogsStore } from './store.js';

export function createLogsService(cloud: LocalCloud): Service {
  const { maxLogEventsPerGroup, maxLogEvents, maxLogBytes } = cloud.config;
  const store = new LogsStore(cloud.accountId, {
    maxEventsPerGroup: maxLogEventsPerGroup,
    maxEvents: maxLogEvents,
    maxBytes: maxLogBytes,
  });
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
    faces: [
      // A JSON 1.1 service: errors carry the bare code in `__type`, as CloudWatch Logs sends them.
      awsJsonFace({
        client: () => import('@aws-sdk/client-cloudwatch-logs'),
        version: '1.1',
        targetPrefix: 'Logs_20140328',
        operations: OPERATIONS,
        context: (call: Call) => new LogsContext(store, call),
      }),
    ],
  };
}
