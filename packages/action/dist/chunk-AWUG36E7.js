import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  CreateQueue$,
  DeleteMessageBatch$,
  DeleteQueue$,
  DeleteRule$,
  DescribeEventBus$,
  GetQueueAttributes$,
  GetQueueUrl$,
  PutRule$,
  PutTargets$,
  ReceiveMessage$,
  RemoveTargets$,
  SetQueueAttributes$,
  Subscribe$,
  Unsubscribe$,
  commonParams,
  commonParams2,
  commonParams3,
  commonParams4,
  getReceiveMessagePlugin
} from "./chunk-LXMC4KRI.js";
import {
  getEndpointPlugin,
  getLongPollPlugin,
  makeBuilder
} from "./chunk-MGKNGR5I.js";

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commandBuilder.js
var command = makeBuilder(commonParams2, "AWSEvents", "EventBridgeClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command, cs, config, o) => [];

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/DeleteRuleCommand.js
var DeleteRuleCommand = class extends command(_ep0, _mw0, "DeleteRule", DeleteRule$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/DescribeEventBusCommand.js
var DescribeEventBusCommand = class extends command(_ep0, _mw0, "DescribeEventBus", DescribeEventBus$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/PutRuleCommand.js
var PutRuleCommand = class extends command(_ep0, _mw0, "PutRule", PutRule$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/PutTargetsCommand.js
var PutTargetsCommand = class extends command(_ep0, _mw0, "PutTargets", PutTargets$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/RemoveTargetsCommand.js
var RemoveTargetsCommand = class extends command(_ep0, _mw0, "RemoveTargets", RemoveTargets$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commandBuilder.js
var command2 = makeBuilder(commonParams3, "AmazonSimpleNotificationService", "SNSClient", getEndpointPlugin);
var _ep02 = {};
var _mw02 = (Command, cs, config, o) => [];

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/SubscribeCommand.js
var SubscribeCommand = class extends command2(_ep02, _mw02, "Subscribe", Subscribe$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/UnsubscribeCommand.js
var UnsubscribeCommand = class extends command2(_ep02, _mw02, "Unsubscribe", Unsubscribe$) {
};

// ../../node_modules/@aws-sdk/client-sqs/dist-es/commandBuilder.js
var command3 = makeBuilder(commonParams4, "AmazonSQS", "SQSClient", getEndpointPlugin);
var _ep03 = {};
var _mw03 = (Command, cs, config, o) => [];
var _mw1 = (Command, cs, config, o) => [
  getReceiveMessagePlugin(config),
  getLongPollPlugin(config)
];

// ../../node_modules/@aws-sdk/client-sqs/dist-es/commands/CreateQueueCommand.js
var CreateQueueCommand = class extends command3(_ep03, _mw03, "CreateQueue", CreateQueue$) {
};

// ../../node_modules/@aws-sdk/client-sqs/dist-es/commands/DeleteQueueCommand.js
var DeleteQueueCommand = class extends command3(_ep03, _mw03, "DeleteQueue", DeleteQueue$) {
};

// ../../node_modules/@aws-sdk/client-sqs/dist-es/commands/GetQueueAttributesCommand.js
var GetQueueAttributesCommand = class extends command3(_ep03, _mw03, "GetQueueAttributes", GetQueueAttributes$) {
};

// ../../node_modules/@aws-sdk/client-sqs/dist-es/commands/GetQueueUrlCommand.js
var GetQueueUrlCommand = class extends command3(_ep03, _mw03, "GetQueueUrl", GetQueueUrl$) {
};

// ../../node_modules/@aws-sdk/client-sqs/dist-es/commands/SetQueueAttributesCommand.js
var SetQueueAttributesCommand = class extends command3(_ep03, _mw03, "SetQueueAttributes", SetQueueAttributes$) {
};

// ../../node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commandBuilder.js
var command4 = makeBuilder(commonParams, "Logs_20140328", "CloudWatchLogsClient", getEndpointPlugin);
var _ep04 = {};
var _mw04 = (Command, cs, config, o) => [];

// ../../node_modules/@aws-sdk/client-sqs/dist-es/commands/DeleteMessageBatchCommand.js
var DeleteMessageBatchCommand = class extends command3(_ep03, _mw03, "DeleteMessageBatch", DeleteMessageBatch$) {
};

// ../../node_modules/@aws-sdk/client-sqs/dist-es/commands/ReceiveMessageCommand.js
var ReceiveMessageCommand = class extends command3(_ep03, _mw1, "ReceiveMessage", ReceiveMessage$) {
};

export {
  command4 as command,
  _ep04 as _ep0,
  _mw04 as _mw0,
  command as command2,
  _ep0 as _ep02,
  _mw0 as _mw02,
  DeleteRuleCommand,
  DescribeEventBusCommand,
  PutRuleCommand,
  PutTargetsCommand,
  RemoveTargetsCommand,
  command2 as command3,
  _ep02 as _ep03,
  _mw02 as _mw03,
  SubscribeCommand,
  UnsubscribeCommand,
  command3 as command4,
  _ep03 as _ep04,
  _mw03 as _mw04,
  CreateQueueCommand,
  DeleteMessageBatchCommand,
  DeleteQueueCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  ReceiveMessageCommand,
  SetQueueAttributesCommand
};
//# sourceMappingURL=chunk-AWUG36E7.js.map
