// The CloudWatch operations by name: one implementation, served by both the JSON and the query protocol.
import type { Operations } from '../protocol/service.js';
import type { CloudWatchContext } from './context.js';
import { deleteAlarms } from './deleteAlarms.js';
import { describeAlarmHistory } from './describeAlarmHistory.js';
import { describeAlarms } from './describeAlarms.js';
import { describeAlarmsForMetric } from './describeAlarmsForMetric.js';
import { disableAlarmActions } from './disableAlarmActions.js';
import { enableAlarmActions } from './enableAlarmActions.js';
import { getMetricData } from './getMetricData.js';
import { getMetricStatistics } from './getMetricStatistics.js';
import { listMetrics } from './listMetrics.js';
import { putMetricAlarm } from './putMetricAlarm.js';
import { putMetricData } from './putMetricData.js';
import { setAlarmState } from './setAlarmState.js';

export const OPERATIONS: Operations<CloudWatchContext> = {
  PutMetricData: putMetricData,
  GetMetricStatistics: getMetricStatistics,
  GetMetricData: getMetricData,
  ListMetrics: listMetrics,
  PutMetricAlarm: putMetricAlarm,
  DescribeAlarms: describeAlarms,
  DescribeAlarmsForMetric: describeAlarmsForMetric,
  DeleteAlarms: deleteAlarms,
  SetAlarmState: setAlarmState,
  DescribeAlarmHistory: describeAlarmHistory,
  EnableAlarmActions: enableAlarmActions,
  DisableAlarmActions: disableAlarmActions,
};
