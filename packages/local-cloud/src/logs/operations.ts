// The CloudWatch Logs operations by name, served on awsJson 1.1.
import type { Operations } from '../protocol/service.js';
import type { LogsContext } from './context.js';
import { createLogGroup } from './createLogGroup.js';
import { createLogStream } from './createLogStream.js';
import { deleteLogGroup } from './deleteLogGroup.js';
import { deleteRetentionPolicy } from './deleteRetentionPolicy.js';
import { describeLogGroups } from './describeLogGroups.js';
import { describeLogStreams } from './describeLogStreams.js';
import { filterLogEvents } from './filterLogEvents.js';
import { getLogEvents } from './getLogEvents.js';
import { putLogEvents } from './putLogEvents.js';
import { putLogGroupDeletionProtection } from './putLogGroupDeletionProtection.js';
import { putRetentionPolicy } from './putRetentionPolicy.js';

export const OPERATIONS: Operations<LogsContext> = {
  CreateLogGroup: createLogGroup,
  DeleteLogGroup: deleteLogGroup,
  DescribeLogGroups: describeLogGroups,
  CreateLogStream: createLogStream,
  DescribeLogStreams: describeLogStreams,
  PutLogEvents: putLogEvents,
  GetLogEvents: getLogEvents,
  FilterLogEvents: filterLogEvents,
  PutRetentionPolicy: putRetentionPolicy,
  DeleteRetentionPolicy: deleteRetentionPolicy,
  PutLogGroupDeletionProtection: putLogGroupDeletionProtection,
};
