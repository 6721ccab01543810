// CloudWatch (metrics and alarms) in the local cloud: one implementation per operation, served on awsJson
// 1.0 (X-Amz-Target: GraniteServiceVersion20100801.*, query-compatible, as the JS SDK v3 and current
// botocore send it) and on awsQuery (Action=..., as AWS CLI v2.9 and older botocore send it).
import type { LocalCloud, Service } from '../cloud.js';
import type { Call } from '../protocol/call.js';
import { awsJsonFace } from '../protocol/codecs/awsJson.js';
import { awsQueryFace } from '../protocol/codecs/awsQuery.js';
import { AlarmEngine } from './alarmEngine.js';
import { AlarmStore } from './alarmStore.js';
import { CloudWatchContext } from './context.js';
import { invalidValue } from './errors.js';
import { cloudWatchInternal } from './internalApi.js';
import { MetricStore } from './metricStore.js';
import { OPERATIONS } from './operations.js';

export const CLOUDWATCH_NAMESPACE = 'http://monitoring.amazonaws.com/doc/2010-08-01/';

export function createCloudWatchService(cloud: LocalCloud): Service {
  const metrics = new MetricStore();
  const engine = new AlarmEngine(cloud, metrics, new AlarmStore());
  cloud.cloudwatch = cloudWatchInternal(metrics);
  engine.start();
  const context = (call: Call) => new CloudWatchContext(engine, call);
  return {
    // The SigV4 signing name of CloudWatch.
    name: 'monitoring',
    faces: [
      awsJsonFace({
        client: () => import('@aws-sdk/client-cloudwatch'),
        version: '1.0',
        targetPrefix: 'GraniteServiceVersion20100801',
        errorNamespace: 'com.amazonaws.cloudwatch',
        queryCompatible: true,
        operations: OPERATIONS,
        context,
      }),
      awsQueryFace({
        client: () => import('@aws-sdk/client-cloudwatch'),
        namespace: CLOUDWATCH_NAMESPACE,
        operations: OPERATIONS,
        context,
        malformed: (e) => invalidValue(e.path, e.value),
      }),
    ],
    stop() {
      engine.stop();
    },
  };
}
