// The SQS operations by name: one implementation, served by both the JSON and the query protocol.

import type { Operations } from '../protocol/service.js';
import { addPermission } from './addPermission.js';
import { changeMessageVisibility } from './changeMessageVisibility.js';
import { changeMessageVisibilityBatch } from './changeMessageVisibilityBatch.js';
import type { SqsContext } from './context.js';
import { createQueue } from './createQueue.js';
import { deleteMessage } from './deleteMessage.js';
import { deleteMessageBatch } from './deleteMessageBatch.js';
import { deleteQueue } from './deleteQueue.js';
import { getQueueAttributes } from './getQueueAttributes.js';
import { getQueueUrl } from './getQueueUrl.js';
import { listDeadLetterSourceQueues } from './listDeadLetterSourceQueues.js';
import { listQueues } from './listQueues.js';
import { listQueueTags } from './listQueueTags.js';
import { purgeQueue } from './purgeQueue.js';
import { receiveMessage } from './receiveMessage.js';
import { removePermission } from './removePermission.js';
import { sendMessage } from './sendMessage.js';
import { sendMessageBatch } from './sendMessageBatch.js';
import { setQueueAttributes } from './setQueueAttributes.js';
import { tagQueue } from './tagQueue.js';
import { untagQueue } from './untagQueue.js';

export const OPERATIONS: Operations<SqsContext> = {
  CreateQueue: createQueue,
  GetQueueUrl: getQueueUrl,
  ListQueues: listQueues,
  GetQueueAttributes: getQueueAttributes,
  SetQueueAttributes: setQueueAttributes,
  SendMessage: sendMessage,
  SendMessageBatch: sendMessageBatch,
  ReceiveMessage: receiveMessage,
  DeleteMessage: deleteMessage,
  DeleteMessageBatch: deleteMessageBatch,
  ChangeMessageVisibility: changeMessageVisibility,
  ChangeMessageVisibilityBatch: changeMessageVisibilityBatch,
  PurgeQueue: purgeQueue,
  DeleteQueue: deleteQueue,
  TagQueue: tagQueue,
  UntagQueue: untagQueue,
  ListQueueTags: listQueueTags,
  ListDeadLetterSourceQueues: listDeadLetterSourceQueues,
  AddPermission: addPermission,
  RemovePermission: removePermission,
};
