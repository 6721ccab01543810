// The DynamoDB operations the local cloud serves itself, on the one operation contract; dynalite serves
// the rest (DYNALITE_OPERATIONS).
import type { Operations } from '../protocol/service.js';
import type { DynamoDbContext } from './context.js';
import { describeTimeToLive } from './describeTimeToLive.js';
import { transactGetItems } from './transactGetItems.js';
import { transactWriteItems } from './transactWriteItems.js';
import { updateTimeToLive } from './updateTimeToLive.js';

export const OPERATIONS: Operations<DynamoDbContext> = {
  TransactWriteItems: transactWriteItems,
  TransactGetItems: transactGetItems,
  UpdateTimeToLive: updateTimeToLive,
  DescribeTimeToLive: describeTimeToLive,
};

/** What dynalite 4 serves itself (its `validOperations`, less DescribeTimeToLive, which is answered here). */
export const DYNALITE_OPERATIONS: ReadonlySet<string> = new Set([
  'BatchGetItem',
  'BatchWriteItem',
  'CreateTable',
  'DeleteItem',
  'DeleteTable',
  'DescribeTable',
  'GetItem',
  'ListTables',
  'PutItem',
  'Query',
  'Scan',
  'TagResource',
  'UntagResource',
  'ListTagsOfResource',
  'UpdateItem',
  'UpdateTable',
]);
