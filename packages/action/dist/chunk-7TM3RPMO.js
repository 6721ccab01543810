import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  DeleteRule$,
  DescribeEventBus$,
  GetTopicAttributes$,
  PutRule$,
  PutTargets$,
  RemoveTargets$,
  Subscribe$,
  Unsubscribe$,
  commonParams,
  commonParams2,
  commonParams3
} from "./chunk-WA2KBYDV.js";
import {
  getEndpointPlugin,
  makeBuilder
} from "./chunk-L5RTCSRA.js";

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commandBuilder.js
var command = makeBuilder(commonParams2, "AWSEvents", "EventBridgeClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command, cs, config, o) => [];

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/DeleteRuleCommand.js
var DeleteRuleCommand = class extends command(_ep0, _mw0, "DeleteRule", DeleteRule$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/RemoveTargetsCommand.js
var RemoveTargetsCommand = class extends command(_ep0, _mw0, "RemoveTargets", RemoveTargets$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commandBuilder.js
var command2 = makeBuilder(commonParams3, "AmazonSimpleNotificationService", "SNSClient", getEndpointPlugin);
var _ep02 = {};
var _mw02 = (Command, cs, config, o) => [];

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/UnsubscribeCommand.js
var UnsubscribeCommand = class extends command2(_ep02, _mw02, "Unsubscribe", Unsubscribe$) {
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

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/GetTopicAttributesCommand.js
var GetTopicAttributesCommand = class extends command2(_ep02, _mw02, "GetTopicAttributes", GetTopicAttributes$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/SubscribeCommand.js
var SubscribeCommand = class extends command2(_ep02, _mw02, "Subscribe", Subscribe$) {
};

// ../../node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commandBuilder.js
var command3 = makeBuilder(commonParams, "Logs_20140328", "CloudWatchLogsClient", getEndpointPlugin);
var _ep03 = {};
var _mw03 = (Command, cs, config, o) => [];

export {
  command3 as command,
  _ep03 as _ep0,
  _mw03 as _mw0,
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
  GetTopicAttributesCommand,
  SubscribeCommand,
  UnsubscribeCommand
};
//# sourceMappingURL=chunk-7TM3RPMO.js.map
