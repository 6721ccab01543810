import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  bool,
  codeOf,
  eventsClient,
  exists,
  gone,
  iamClient,
  jsonText,
  lambdaClient,
  logsClient,
  num,
  optional,
  s3Client,
  snsClient,
  sqsClient,
  str,
  tagMap
} from "./chunk-XXXCHORV.js";
import {
  AwsError,
  checkShapes,
  creationOrder,
  dependencies,
  evaluateConditions,
  parameterValues,
  parseTemplate,
  physicalName,
  references,
  resolve,
  resolveParameters,
  templateError,
  zipSync
} from "./chunk-R42R5ZDA.js";
import {
  DeleteRuleCommand,
  DescribeEventBusCommand,
  GetTopicAttributesCommand,
  PutRuleCommand,
  PutTargetsCommand,
  RemoveTargetsCommand,
  SubscribeCommand,
  UnsubscribeCommand,
  _ep0,
  _ep02,
  _ep03,
  _mw0,
  _mw02,
  _mw03,
  command,
  command2,
  command3
} from "./chunk-7TM3RPMO.js";
import {
  CreateEventBus$,
  CreateLogGroup$,
  CreateTopic$,
  DeleteEventBus$,
  DeleteLogGroup$,
  DeleteRetentionPolicy$,
  DeleteTopic$,
  DescribeRule$,
  PutRetentionPolicy$,
  SetSubscriptionAttributes$,
  SetTopicAttributes$
} from "./chunk-WA2KBYDV.js";
import {
  AttachRolePolicyCommand,
  CreateRoleCommand,
  DeleteRoleCommand,
  DeleteRolePolicyCommand,
  DetachRolePolicyCommand,
  PutRolePolicyCommand,
  UpdateAssumeRolePolicyCommand
} from "./chunk-ATWEOBVI.js";
import "./chunk-DYN64FB4.js";
import {
  CreateQueueCommand,
  DeleteMessageBatchCommand,
  DeleteQueueCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  ReceiveMessageCommand,
  SetQueueAttributesCommand
} from "./chunk-APPDZLP7.js";
import {
  AddPermissionCommand,
  CreateAliasCommand,
  CreateFunctionCommand,
  DeleteAliasCommand,
  DeleteFunctionCommand,
  DeleteFunctionConcurrencyCommand,
  DeleteFunctionEventInvokeConfigCommand,
  InvokeCommand,
  PublishVersionCommand,
  PutFunctionConcurrencyCommand,
  PutFunctionEventInvokeConfigCommand,
  RemovePermissionCommand,
  UpdateAliasCommand,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand
} from "./chunk-4GYIVAOB.js";
import {
  CreateBucketCommand,
  DeleteBucketCommand,
  DeleteBucketPolicyCommand,
  GetObjectCommand,
  HeadBucketCommand,
  PutBucketPolicyCommand,
  PutBucketVersioningCommand
} from "./chunk-VZJYUGPX.js";
import "./chunk-USKHDH5L.js";
import "./chunk-ICFWPHZT.js";
import "./chunk-5UABYKYS.js";
import "./chunk-ZGHTCLCK.js";
import "./chunk-TXLY2R7U.js";
import "./chunk-L5RRZF5F.js";
import "./chunk-MOH3A3KK.js";
import "./chunk-L5RTCSRA.js";
import "./chunk-CD3RXBJC.js";
import "./chunk-3JE6MROH.js";
import "./chunk-GFD54S3Z.js";

// ../local-cloud/src/stacks/changeSets.ts
import { randomUUID as randomUUID3 } from "node:crypto";

// ../local-cloud/src/stacks/canonical.ts
function canonical(v) {
  return JSON.stringify(
    v ?? null,
    (_k, value) => value && typeof value === "object" && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) : value
  );
}

// ../local-cloud/src/stacks/resources/cdk-metadata.ts
var cdkMetadata = {
  async create(ctx) {
    return { physicalId: ctx.physicalName({ maxLength: 128 }) };
  },
  async update(_ctx, current) {
    return { physicalId: current.physicalId };
  },
  async delete() {
  }
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/CreateEventBusCommand.js
var CreateEventBusCommand = class extends command2(_ep02, _mw02, "CreateEventBus", CreateEventBus$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/DeleteEventBusCommand.js
var DeleteEventBusCommand = class extends command2(_ep02, _mw02, "DeleteEventBus", DeleteEventBus$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/DescribeRuleCommand.js
var DescribeRuleCommand = class extends command2(_ep02, _mw02, "DescribeRule", DescribeRule$) {
};

// ../../node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/CreateLogGroupCommand.js
var CreateLogGroupCommand = class extends command(_ep0, _mw0, "CreateLogGroup", CreateLogGroup$) {
};

// ../../node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DeleteLogGroupCommand.js
var DeleteLogGroupCommand = class extends command(_ep0, _mw0, "DeleteLogGroup", DeleteLogGroup$) {
};

// ../../node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DeleteRetentionPolicyCommand.js
var DeleteRetentionPolicyCommand = class extends command(_ep0, _mw0, "DeleteRetentionPolicy", DeleteRetentionPolicy$) {
};

// ../../node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/PutRetentionPolicyCommand.js
var PutRetentionPolicyCommand = class extends command(_ep0, _mw0, "PutRetentionPolicy", PutRetentionPolicy$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/CreateTopicCommand.js
var CreateTopicCommand = class extends command3(_ep03, _mw03, "CreateTopic", CreateTopic$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/DeleteTopicCommand.js
var DeleteTopicCommand = class extends command3(_ep03, _mw03, "DeleteTopic", DeleteTopic$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/SetSubscriptionAttributesCommand.js
var SetSubscriptionAttributesCommand = class extends command3(_ep03, _mw03, "SetSubscriptionAttributes", SetSubscriptionAttributes$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/SetTopicAttributesCommand.js
var SetTopicAttributesCommand = class extends command3(_ep03, _mw03, "SetTopicAttributes", SetTopicAttributes$) {
};

// ../local-cloud/src/stacks/handlerErrors.ts
import { randomUUID } from "node:crypto";
function handlerFailure(message, code) {
  const reason = `Resource handler returned message: "${message}" (RequestToken: ${randomUUID()}, HandlerErrorCode: ${code})`;
  return code === "AlreadyExists" ? new AlreadyExistsError(reason) : new Error(reason);
}
var AlreadyExistsError = class extends Error {
};
function alreadyExists(type, identifier) {
  return handlerFailure(
    `Resource of type '${type}' with identifier '${identifier}' already exists.`,
    "AlreadyExists"
  );
}
function serviceMessage(err, service) {
  const e = err;
  return `${e.message ?? String(err)} (Service: ${service}, Status Code: ${e.$metadata?.httpStatusCode ?? 400}, Request ID: ${e.$metadata?.requestId ?? randomUUID()})`;
}

// ../local-cloud/src/stacks/resources/events-eventBus.ts
var eventsEventBus = {
  required: ["Name"],
  nameProperty: "Name",
  replaceOn: ["Name", "EventSourceName"],
  async create(ctx, props) {
    const name = String(props.Name);
    const out = await eventsClient(ctx).send(
      new CreateEventBusCommand({
        Name: name,
        EventSourceName: str(props.EventSourceName),
        Description: str(props.Description),
        Tags: props.Tags
      })
    ).catch((err) => {
      if (codeOf(err) !== "ResourceAlreadyExistsException") throw err;
      throw handlerFailure(serviceMessage(err, "EventBridge"), "AlreadyExists");
    });
    const arn = out.EventBusArn ?? `arn:${ctx.partition}:events:${ctx.region}:${ctx.accountId}:event-bus/${name}`;
    return { physicalId: name, ref: name, attributes: { Arn: arn, Name: name, Policy: "" } };
  },
  async update(ctx, current) {
    const out = await eventsClient(ctx).send(new DescribeEventBusCommand({ Name: current.physicalId }));
    return {
      physicalId: current.physicalId,
      attributes: { ...current.attributes, Policy: out.Policy ?? "" }
    };
  },
  async delete(ctx, current) {
    await gone(() => eventsClient(ctx).send(new DeleteEventBusCommand({ Name: current.physicalId })));
  }
};

// ../local-cloud/src/stacks/resources/events-rule.ts
function busName(props) {
  const bus = str(props.EventBusName);
  if (!bus) return void 0;
  return bus.startsWith("arn:") ? bus.slice(bus.indexOf("event-bus/") + "event-bus/".length) : bus;
}
function targets(props) {
  return (props.Targets ?? []).map((t) => ({
    ...t,
    Input: t.Input === void 0 ? void 0 : jsonText(t.Input)
  }));
}
async function put(ctx, name, props) {
  const events = eventsClient(ctx);
  const bus = busName(props);
  const out = await events.send(
    new PutRuleCommand({
      Name: name,
      EventBusName: str(props.EventBusName),
      EventPattern: jsonText(props.EventPattern),
      ScheduleExpression: str(props.ScheduleExpression),
      State: str(props.State) ?? "ENABLED",
      Description: str(props.Description),
      RoleArn: str(props.RoleArn)
    })
  );
  const list = targets(props);
  if (list.length > 0) {
    const res = await events.send(
      new PutTargetsCommand({ Rule: name, EventBusName: str(props.EventBusName), Targets: list })
    );
    if (res.FailedEntryCount) throw new Error(`PutTargets failed: ${res.FailedEntries?.[0]?.ErrorMessage}`);
  }
  const ref = bus && bus !== "default" ? `${bus}|${name}` : name;
  return { physicalId: ref, ref, attributes: { Arn: out.RuleArn } };
}
function ruleName(physicalId) {
  return physicalId.includes("|") ? physicalId.slice(physicalId.indexOf("|") + 1) : physicalId;
}
var eventsRule = {
  nameProperty: "Name",
  replaceOn: ["Name", "EventBusName"],
  async create(ctx, props) {
    const name = str(props.Name) ?? ctx.physicalName({ maxLength: 64 });
    const read = new DescribeRuleCommand({ Name: name, EventBusName: str(props.EventBusName) });
    if (await exists(() => eventsClient(ctx).send(read))) throw alreadyExists("AWS::Events::Rule", name);
    return put(ctx, name, props);
  },
  async update(ctx, current, props) {
    const name = ruleName(current.physicalId);
    const keep = new Set(targets(props).map((t) => t.Id));
    const dropped = targets(current.properties).map((t) => t.Id).filter((id) => !keep.has(id));
    if (dropped.length > 0) {
      await eventsClient(ctx).send(
        new RemoveTargetsCommand({ Rule: name, EventBusName: str(props.EventBusName), Ids: dropped })
      );
    }
    return put(ctx, name, props);
  },
  async delete(ctx, current) {
    const events = eventsClient(ctx);
    const name = ruleName(current.physicalId);
    const bus = str(current.properties.EventBusName);
    const ids = targets(current.properties).map((t) => t.Id);
    if (ids.length > 0)
      await gone(() => events.send(new RemoveTargetsCommand({ Rule: name, EventBusName: bus, Ids: ids })));
    await gone(() => events.send(new DeleteRuleCommand({ Name: name, EventBusName: bus })));
  }
};

// ../local-cloud/src/stacks/resources/iam-policy.ts
async function put2(ctx, props) {
  if (props.Users?.length || props.Groups?.length) {
    ctx.warn("IAM users and groups are not served by this local cloud; only Roles get the policy");
  }
  for (const role of props.Roles ?? []) {
    await iamClient(ctx).send(
      new PutRolePolicyCommand({
        RoleName: String(role),
        PolicyName: String(props.PolicyName),
        PolicyDocument: jsonText(props.PolicyDocument)
      })
    );
  }
}
async function remove(ctx, roles, policyName) {
  for (const role of roles) {
    await gone(
      () => iamClient(ctx).send(new DeleteRolePolicyCommand({ RoleName: role, PolicyName: policyName }))
    );
  }
}
var iamPolicy = {
  required: ["PolicyDocument", "PolicyName"],
  async create(ctx, props) {
    await put2(ctx, props);
    return { physicalId: ctx.physicalName({ maxLength: 128 }) };
  },
  async update(ctx, current, props) {
    const before = current.properties.Roles ?? [];
    const after = props.Roles ?? [];
    const renamed = current.properties.PolicyName !== props.PolicyName;
    await remove(
      ctx,
      renamed ? before : before.filter((r) => !after.includes(r)),
      String(current.properties.PolicyName)
    );
    await put2(ctx, props);
    return { physicalId: current.physicalId };
  },
  async delete(ctx, current) {
    await remove(ctx, current.properties.Roles ?? [], String(current.properties.PolicyName));
  }
};

// ../local-cloud/src/stacks/resources/iam-role.ts
async function putPolicies(ctx, role, policies) {
  for (const p of policies) {
    await iamClient(ctx).send(
      new PutRolePolicyCommand({
        RoleName: role,
        PolicyName: p.PolicyName,
        PolicyDocument: jsonText(p.PolicyDocument)
      })
    );
  }
}
async function attach(ctx, role, arns) {
  for (const arn of arns)
    await iamClient(ctx).send(new AttachRolePolicyCommand({ RoleName: role, PolicyArn: arn }));
}
function provisioned(name, arn, id) {
  return { physicalId: name, ref: name, attributes: { Arn: arn, RoleId: id } };
}
var iamRole = {
  required: ["AssumeRolePolicyDocument"],
  nameProperty: "RoleName",
  replaceOn: ["RoleName", "Path"],
  async create(ctx, props) {
    const name = str(props.RoleName) ?? ctx.physicalName({ maxLength: 64 });
    const out = await iamClient(ctx).send(
      new CreateRoleCommand({
        RoleName: name,
        Path: str(props.Path),
        AssumeRolePolicyDocument: jsonText(props.AssumeRolePolicyDocument),
        Description: str(props.Description),
        MaxSessionDuration: num(props.MaxSessionDuration),
        PermissionsBoundary: str(props.PermissionsBoundary),
        Tags: props.Tags
      })
    ).catch((err) => {
      throw codeOf(err) === "EntityAlreadyExistsException" ? alreadyExists("AWS::IAM::Role", name) : err;
    });
    await putPolicies(ctx, name, props.Policies ?? []);
    await attach(ctx, name, props.ManagedPolicyArns ?? []);
    return provisioned(name, out.Role.Arn, out.Role.RoleId);
  },
  async update(ctx, current, props) {
    const iam = iamClient(ctx);
    const name = current.physicalId;
    if (canonical(props.AssumeRolePolicyDocument) !== canonical(current.properties.AssumeRolePolicyDocument)) {
      await iam.send(
        new UpdateAssumeRolePolicyCommand({
          RoleName: name,
          PolicyDocument: jsonText(props.AssumeRolePolicyDocument)
        })
      );
    }
    const before = current.properties.Policies ?? [];
    const after = props.Policies ?? [];
    for (const p of before) {
      if (!after.some((a) => a.PolicyName === p.PolicyName)) {
        await gone(() => iam.send(new DeleteRolePolicyCommand({ RoleName: name, PolicyName: p.PolicyName })));
      }
    }
    await putPolicies(ctx, name, after);
    const oldArns = current.properties.ManagedPolicyArns ?? [];
    const newArns = props.ManagedPolicyArns ?? [];
    for (const arn of oldArns.filter((a) => !newArns.includes(a))) {
      await gone(() => iam.send(new DetachRolePolicyCommand({ RoleName: name, PolicyArn: arn })));
    }
    await attach(
      ctx,
      name,
      newArns.filter((a) => !oldArns.includes(a))
    );
    return provisioned(name, String(current.attributes.Arn), String(current.attributes.RoleId));
  },
  async delete(ctx, current) {
    const iam = iamClient(ctx);
    const name = current.physicalId;
    for (const p of current.properties.Policies ?? []) {
      await gone(() => iam.send(new DeleteRolePolicyCommand({ RoleName: name, PolicyName: p.PolicyName })));
    }
    for (const arn of current.properties.ManagedPolicyArns ?? []) {
      await gone(() => iam.send(new DetachRolePolicyCommand({ RoleName: name, PolicyArn: arn })));
    }
    await gone(() => iam.send(new DeleteRoleCommand({ RoleName: name })));
  }
};

// ../local-cloud/src/stacks/resources/lambda-alias.ts
var lambdaAlias = {
  required: ["FunctionName", "FunctionVersion", "Name"],
  replaceOn: ["FunctionName", "Name"],
  async create(ctx, props) {
    const out = await lambdaClient(ctx).send(
      new CreateAliasCommand({
        FunctionName: String(props.FunctionName),
        Name: String(props.Name),
        FunctionVersion: String(props.FunctionVersion),
        Description: str(props.Description),
        RoutingConfig: props.RoutingConfig
      })
    );
    return { physicalId: out.AliasArn, ref: out.AliasArn, attributes: { AliasArn: out.AliasArn } };
  },
  async update(ctx, current, props) {
    const out = await lambdaClient(ctx).send(
      new UpdateAliasCommand({
        FunctionName: String(props.FunctionName),
        Name: String(props.Name),
        FunctionVersion: String(props.FunctionVersion),
        Description: str(props.Description),
        RoutingConfig: props.RoutingConfig
      })
    );
    return { physicalId: current.physicalId, ref: out.AliasArn, attributes: { AliasArn: out.AliasArn } };
  },
  async delete(ctx, current) {
    await gone(
      () => lambdaClient(ctx).send(
        new DeleteAliasCommand({
          FunctionName: String(current.properties.FunctionName),
          Name: String(current.properties.Name)
        })
      )
    );
  }
};

// ../local-cloud/src/stacks/resources/lambda-eventInvokeConfig.ts
async function put3(ctx, props) {
  const out = await lambdaClient(ctx).send(
    new PutFunctionEventInvokeConfigCommand({
      FunctionName: String(props.FunctionName),
      Qualifier: String(props.Qualifier),
      MaximumRetryAttempts: num(props.MaximumRetryAttempts),
      MaximumEventAgeInSeconds: num(props.MaximumEventAgeInSeconds),
      DestinationConfig: props.DestinationConfig
    })
  );
  const id = out.FunctionArn ?? `${props.FunctionName}:${props.Qualifier}`;
  return { physicalId: id };
}
var lambdaEventInvokeConfig = {
  required: ["FunctionName", "Qualifier"],
  replaceOn: ["FunctionName", "Qualifier"],
  create: put3,
  update: (ctx, _current, props) => put3(ctx, props),
  async delete(ctx, current) {
    await gone(
      () => lambdaClient(ctx).send(
        new DeleteFunctionEventInvokeConfigCommand({
          FunctionName: String(current.properties.FunctionName),
          Qualifier: String(current.properties.Qualifier)
        })
      )
    );
  }
};

// ../local-cloud/src/stacks/resources/lambda-eventSourceMapping.ts
import { randomUUID as randomUUID2 } from "node:crypto";

// ../local-cloud/src/stacks/eventSourceMapping/poller.ts
function sqsEvent(messages, queueArn, region) {
  return {
    Records: messages.map((m) => ({
      messageId: m.MessageId,
      receiptHandle: m.ReceiptHandle,
      body: m.Body,
      attributes: m.Attributes ?? {},
      messageAttributes: Object.fromEntries(
        Object.entries(m.MessageAttributes ?? {}).map(([k, v]) => [
          k,
          {
            stringValue: v.StringValue,
            binaryValue: v.BinaryValue ? Buffer.from(v.BinaryValue).toString("base64") : void 0,
            stringListValues: [],
            binaryListValues: [],
            dataType: v.DataType
          }
        ])
      ),
      md5OfBody: m.MD5OfBody,
      eventSource: "aws:sqs",
      eventSourceARN: queueArn,
      awsRegion: region
    }))
  };
}
function succeeded(messages, functionError, payload, reportBatchItemFailures) {
  if (functionError) return [];
  if (!reportBatchItemFailures) return messages;
  let failures;
  try {
    failures = payload ? JSON.parse(payload)?.batchItemFailures : void 0;
  } catch {
    return [];
  }
  if (failures === void 0 || failures === null) return messages;
  if (!Array.isArray(failures)) return [];
  const ids = /* @__PURE__ */ new Set();
  for (const f of failures) {
    const id = f?.itemIdentifier;
    if (typeof id !== "string" || id === "" || !messages.some((m) => m.MessageId === id)) return [];
    ids.add(id);
  }
  return messages.filter((m) => !ids.has(m.MessageId));
}
var SqsPoller = class {
  constructor(o) {
    this.o = o;
    this.done = this.loop();
  }
  o;
  abort = new AbortController();
  done;
  async stop() {
    this.abort.abort();
    await this.done;
  }
  async loop() {
    const signal = this.abort.signal;
    while (!signal.aborted) {
      try {
        const messages = await this.receive(signal);
        if (signal.aborted || messages.length === 0) continue;
        const out = await this.o.lambda.send(
          new InvokeCommand({
            FunctionName: this.o.functionName,
            InvocationType: "RequestResponse",
            Payload: Buffer.from(JSON.stringify(sqsEvent(messages, this.o.queueArn, this.o.region)))
          }),
          { abortSignal: signal }
        );
        const payload = out.Payload ? Buffer.from(out.Payload).toString("utf8") : "";
        const ok = succeeded(messages, out.FunctionError, payload, this.o.reportBatchItemFailures);
        for (let i = 0; i < ok.length; i += 10) {
          await this.o.sqs.send(
            new DeleteMessageBatchCommand({
              QueueUrl: this.o.queueUrl,
              Entries: ok.slice(i, i + 10).map((m, n) => ({ Id: String(n), ReceiptHandle: m.ReceiptHandle }))
            })
          );
        }
      } catch (err) {
        if (signal.aborted) break;
        this.o.onError?.(
          `event source mapping ${this.o.queueArn} -> ${this.o.functionName}: ${err.message}`
        );
        await sleep(this.o.errorBackoffMs ?? 1e3, signal);
      }
    }
  }
  async receive(signal) {
    const batch = [];
    while (batch.length < this.o.batchSize && !signal.aborted) {
      const out = await this.o.sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: this.o.queueUrl,
          MaxNumberOfMessages: Math.min(10, this.o.batchSize - batch.length),
          // long-poll for the first messages, then take what is there right now
          WaitTimeSeconds: batch.length === 0 ? 20 : 0,
          MessageSystemAttributeNames: ["All"],
          MessageAttributeNames: ["All"]
        }),
        { abortSignal: signal }
      );
      const got = out.Messages ?? [];
      batch.push(...got);
      if (got.length === 0 || batch.length >= this.o.batchSize || got.length < 10) break;
    }
    return batch;
  }
};
function sleep(ms, signal) {
  return new Promise((resolve2) => {
    const t = setTimeout(resolve2, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(t);
      resolve2();
    });
  });
}

// ../local-cloud/src/stacks/resources/lambda-eventSourceMapping.ts
async function startPoller(ctx, id, props) {
  const arn = String(props.EventSourceArn);
  const parts = arn.split(":");
  if (parts[2] !== "sqs") {
    throw new Error(`Event source ${arn} is not supported by this local cloud: only SQS queues are polled`);
  }
  if (props.Enabled === false || props.Enabled === "false") return;
  const sqs = sqsClient({ endpoint: ctx.endpoint, region: parts[3] || ctx.region });
  const url = await sqs.send(
    new GetQueueUrlCommand({ QueueName: parts[5], QueueOwnerAWSAccountId: parts[4] })
  );
  const types = props.FunctionResponseTypes ?? [];
  const poller = new SqsPoller({
    functionName: String(props.FunctionName),
    queueUrl: url.QueueUrl,
    queueArn: arn,
    region: parts[3] || ctx.region,
    batchSize: Number(props.BatchSize ?? 10),
    reportBatchItemFailures: types.includes("ReportBatchItemFailures"),
    sqs,
    lambda: lambdaClient(ctx),
    onError: (m) => ctx.warn(m)
  });
  ctx.pollers.start(id, () => poller.stop());
}
function provisioned2(ctx, id) {
  return {
    physicalId: id,
    attributes: {
      Id: id,
      EventSourceMappingArn: `arn:${ctx.partition}:lambda:${ctx.region}:${ctx.accountId}:event-source-mapping:${id}`
    }
  };
}
var lambdaEventSourceMapping = {
  required: ["FunctionName"],
  replaceOn: ["EventSourceArn", "StartingPosition"],
  async create(ctx, props) {
    const id = randomUUID2();
    await startPoller(ctx, id, props);
    return provisioned2(ctx, id);
  },
  async update(ctx, current, props) {
    await ctx.pollers.stop(current.physicalId);
    await startPoller(ctx, current.physicalId, props);
    return provisioned2(ctx, current.physicalId);
  },
  async delete(ctx, current) {
    await ctx.pollers.stop(current.physicalId);
  }
};

// ../local-cloud/src/stacks/resources/lambda-function.ts
async function codeBytes(ctx, code, runtime) {
  if (typeof code.ZipFile === "string") {
    const ext = runtime.startsWith("python") ? "py" : runtime.startsWith("nodejs") ? "js" : "txt";
    return zipSync({ [`index.${ext}`]: new TextEncoder().encode(code.ZipFile) });
  }
  if (code.S3Bucket === void 0 || code.S3Key === void 0) {
    throw new Error("Properties validation failed: Code must have S3Bucket and S3Key, or ZipFile");
  }
  try {
    const out = await s3Client(ctx).send(
      new GetObjectCommand({
        Bucket: String(code.S3Bucket),
        Key: String(code.S3Key),
        VersionId: str(code.S3ObjectVersion)
      })
    );
    return await out.Body.transformToByteArray();
  } catch (err) {
    const name = err.name;
    const message = name === "NoSuchKey" ? "The specified key does not exist." : name === "NoSuchBucket" ? "The specified bucket does not exist" : err.message;
    throw new Error(
      `Error occurred while GetObject. S3 Error Code: ${name}. S3 Error Message: ${message} (s3://${code.S3Bucket}/${code.S3Key})`
    );
  }
}
function configuration(props) {
  return {
    Role: str(props.Role),
    Handler: str(props.Handler),
    Runtime: str(props.Runtime),
    Description: str(props.Description),
    Timeout: num(props.Timeout),
    MemorySize: num(props.MemorySize),
    Environment: props.Environment,
    DeadLetterConfig: props.DeadLetterConfig,
    TracingConfig: props.TracingConfig,
    Layers: props.Layers,
    EphemeralStorage: props.EphemeralStorage,
    LoggingConfig: props.LoggingConfig
  };
}
async function concurrency(ctx, name, value, before) {
  const lambda = lambdaClient(ctx);
  if (value !== void 0) {
    await optional(
      ctx,
      "PutFunctionConcurrency",
      () => lambda.send(
        new PutFunctionConcurrencyCommand({
          FunctionName: name,
          ReservedConcurrentExecutions: Number(value)
        })
      )
    );
  } else if (before !== void 0) {
    await optional(
      ctx,
      "DeleteFunctionConcurrency",
      () => lambda.send(new DeleteFunctionConcurrencyCommand({ FunctionName: name }))
    );
  }
}
function provisioned3(arn, name) {
  return { physicalId: name, ref: name, attributes: { Arn: arn } };
}
var lambdaFunction = {
  required: ["Code", "Role"],
  nameProperty: "FunctionName",
  replaceOn: ["FunctionName", "PackageType"],
  async create(ctx, props) {
    const name = str(props.FunctionName) ?? ctx.physicalName({ maxLength: 64 });
    const code = props.Code;
    const out = await lambdaClient(ctx).send(
      new CreateFunctionCommand({
        FunctionName: name,
        ...configuration(props),
        Code: code.ImageUri ? { ImageUri: String(code.ImageUri) } : { ZipFile: await codeBytes(ctx, code, String(props.Runtime ?? "")) },
        PackageType: str(props.PackageType),
        Architectures: props.Architectures,
        VpcConfig: props.VpcConfig,
        Tags: tagMap(props.Tags)
      })
    ).catch((err) => {
      throw codeOf(err) === "ResourceConflictException" ? alreadyExists("AWS::Lambda::Function", name) : err;
    });
    await concurrency(ctx, name, props.ReservedConcurrentExecutions, void 0);
    return provisioned3(out.FunctionArn, name);
  },
  async update(ctx, current, props) {
    const lambda = lambdaClient(ctx);
    const name = current.physicalId;
    const out = await lambda.send(
      new UpdateFunctionConfigurationCommand({ FunctionName: name, ...configuration(props) })
    );
    if (canonical(props.Code) !== canonical(current.properties.Code)) {
      const code = props.Code;
      await lambda.send(
        new UpdateFunctionCodeCommand({
          FunctionName: name,
          ...code.ImageUri ? { ImageUri: String(code.ImageUri) } : { ZipFile: await codeBytes(ctx, code, String(props.Runtime ?? "")) }
        })
      );
    }
    if (canonical(props.ReservedConcurrentExecutions) !== canonical(current.properties.ReservedConcurrentExecutions)) {
      await concurrency(
        ctx,
        name,
        props.ReservedConcurrentExecutions,
        current.properties.ReservedConcurrentExecutions
      );
    }
    return provisioned3(out.FunctionArn ?? String(current.attributes.Arn), name);
  },
  async delete(ctx, current) {
    await gone(() => lambdaClient(ctx).send(new DeleteFunctionCommand({ FunctionName: current.physicalId })));
  }
};

// ../local-cloud/src/stacks/resources/lambda-permission.ts
var lambdaPermission = {
  required: ["Action", "FunctionName", "Principal"],
  async create(ctx, props) {
    const statementId = ctx.physicalName({ maxLength: 100 });
    await optional(
      ctx,
      "Lambda AddPermission",
      () => lambdaClient(ctx).send(
        new AddPermissionCommand({
          FunctionName: String(props.FunctionName),
          StatementId: statementId,
          Action: String(props.Action),
          Principal: String(props.Principal),
          SourceArn: str(props.SourceArn),
          SourceAccount: str(props.SourceAccount),
          EventSourceToken: str(props.EventSourceToken),
          PrincipalOrgID: str(props.PrincipalOrgID)
        })
      )
    );
    return { physicalId: statementId };
  },
  async delete(ctx, current) {
    await optional(
      ctx,
      "Lambda RemovePermission",
      () => gone(
        () => lambdaClient(ctx).send(
          new RemovePermissionCommand({
            FunctionName: String(current.properties.FunctionName),
            StatementId: current.physicalId
          })
        )
      )
    );
  }
};

// ../local-cloud/src/stacks/resources/lambda-version.ts
var lambdaVersion = {
  required: ["FunctionName"],
  async create(ctx, props) {
    const out = await lambdaClient(ctx).send(
      new PublishVersionCommand({
        FunctionName: String(props.FunctionName),
        Description: str(props.Description),
        CodeSha256: str(props.CodeSha256)
      })
    );
    const arn = out.FunctionArn;
    return {
      physicalId: arn,
      ref: arn,
      attributes: { Version: out.Version, FunctionArn: arn.slice(0, arn.lastIndexOf(":")) }
    };
  },
  async delete(ctx, current) {
    const arn = current.physicalId;
    const cut = arn.lastIndexOf(":");
    await gone(
      () => lambdaClient(ctx).send(
        new DeleteFunctionCommand({ FunctionName: arn.slice(0, cut), Qualifier: arn.slice(cut + 1) })
      )
    );
  }
};

// ../local-cloud/src/stacks/resources/logs-logGroup.ts
function provisioned4(ctx, name) {
  return {
    physicalId: name,
    ref: name,
    attributes: { Arn: `arn:${ctx.partition}:logs:${ctx.region}:${ctx.accountId}:log-group:${name}:*` }
  };
}
async function retention(ctx, name, days, before) {
  const logs = logsClient(ctx);
  if (days !== void 0) {
    await optional(
      ctx,
      "Logs PutRetentionPolicy",
      () => logs.send(new PutRetentionPolicyCommand({ logGroupName: name, retentionInDays: Number(days) }))
    );
  } else if (before !== void 0) {
    await optional(
      ctx,
      "Logs DeleteRetentionPolicy",
      () => logs.send(new DeleteRetentionPolicyCommand({ logGroupName: name }))
    );
  }
}
var logsLogGroup = {
  nameProperty: "LogGroupName",
  replaceOn: ["LogGroupName", "LogGroupClass"],
  async create(ctx, props) {
    const name = str(props.LogGroupName) ?? ctx.physicalName({ maxLength: 512 });
    try {
      await logsClient(ctx).send(
        new CreateLogGroupCommand({
          logGroupName: name,
          kmsKeyId: str(props.KmsKeyId),
          tags: tagMap(props.Tags)
        })
      );
    } catch (err) {
      if (codeOf(err) === "ResourceAlreadyExistsException") {
        throw alreadyExists("AWS::Logs::LogGroup", JSON.stringify({ "/properties/LogGroupName": name }));
      }
      throw err;
    }
    await retention(ctx, name, props.RetentionInDays, void 0);
    return provisioned4(ctx, name);
  },
  async update(ctx, current, props) {
    if (props.RetentionInDays !== current.properties.RetentionInDays) {
      await retention(ctx, current.physicalId, props.RetentionInDays, current.properties.RetentionInDays);
    }
    return provisioned4(ctx, current.physicalId);
  },
  async delete(ctx, current) {
    await gone(() => logsClient(ctx).send(new DeleteLogGroupCommand({ logGroupName: current.physicalId })));
  }
};

// ../local-cloud/src/stacks/resources/s3-bucket.ts
function provisioned5(ctx, name) {
  const suffix = ctx.region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
  return {
    physicalId: name,
    ref: name,
    attributes: {
      Arn: `arn:${ctx.partition}:s3:::${name}`,
      DomainName: `${name}.s3.${suffix}`,
      RegionalDomainName: `${name}.s3.${ctx.region}.${suffix}`,
      DualStackDomainName: `${name}.s3.dualstack.${ctx.region}.${suffix}`,
      WebsiteURL: `http://${name}.s3-website-${ctx.region}.${suffix}`
    }
  };
}
async function versioning(ctx, name, config) {
  if (config === void 0) return;
  await optional(
    ctx,
    "S3 PutBucketVersioning",
    () => s3Client(ctx).send(
      new PutBucketVersioningCommand({
        Bucket: name,
        VersioningConfiguration: config
      })
    )
  );
}
var s3Bucket = {
  nameProperty: "BucketName",
  replaceOn: ["BucketName", "ObjectLockEnabled"],
  async create(ctx, props) {
    const name = str(props.BucketName) ?? ctx.physicalName({ maxLength: 63, lowercase: true });
    const taken = new AlreadyExistsError(`${name} already exists`);
    if (await exists(() => s3Client(ctx).send(new HeadBucketCommand({ Bucket: name })))) throw taken;
    await s3Client(ctx).send(
      new CreateBucketCommand({
        Bucket: name,
        CreateBucketConfiguration: ctx.region === "us-east-1" ? void 0 : { LocationConstraint: ctx.region }
      })
    ).catch((err) => {
      throw ["BucketAlreadyOwnedByYou", "BucketAlreadyExists"].includes(codeOf(err)) ? taken : err;
    });
    await versioning(ctx, name, props.VersioningConfiguration);
    return provisioned5(ctx, name);
  },
  async update(ctx, current, props) {
    if (canonical(props.VersioningConfiguration) !== canonical(current.properties.VersioningConfiguration)) {
      await versioning(ctx, current.physicalId, props.VersioningConfiguration);
    }
    return provisioned5(ctx, current.physicalId);
  },
  async delete(ctx, current) {
    await gone(() => s3Client(ctx).send(new DeleteBucketCommand({ Bucket: current.physicalId })));
  }
};

// ../local-cloud/src/stacks/resources/s3-bucketPolicy.ts
async function put4(ctx, props) {
  await optional(
    ctx,
    "S3 PutBucketPolicy",
    () => s3Client(ctx).send(
      new PutBucketPolicyCommand({ Bucket: String(props.Bucket), Policy: jsonText(props.PolicyDocument) })
    )
  );
}
var s3BucketPolicy = {
  required: ["Bucket", "PolicyDocument"],
  replaceOn: ["Bucket"],
  async create(ctx, props) {
    await put4(ctx, props);
    return { physicalId: String(props.Bucket) };
  },
  async update(ctx, current, props) {
    await put4(ctx, props);
    return { physicalId: current.physicalId };
  },
  async delete(ctx, current) {
    await optional(
      ctx,
      "S3 DeleteBucketPolicy",
      () => gone(() => s3Client(ctx).send(new DeleteBucketPolicyCommand({ Bucket: current.physicalId })))
    );
  }
};

// ../local-cloud/src/stacks/resources/sns-subscription.ts
var ATTRIBUTES = [
  "DeliveryPolicy",
  "FilterPolicy",
  "FilterPolicyScope",
  "RawMessageDelivery",
  "RedrivePolicy",
  "SubscriptionRoleArn",
  "ReplayPolicy"
];
function attributes(props) {
  const out = {};
  for (const a of ATTRIBUTES) {
    if (props[a] !== void 0)
      out[a] = typeof props[a] === "object" ? jsonText(props[a]) : String(props[a]);
  }
  return out;
}
var snsSubscription = {
  required: ["Protocol", "TopicArn"],
  replaceOn: ["TopicArn", "Protocol", "Endpoint", "Region"],
  async create(ctx, props) {
    const region = props.Region ? String(props.Region) : ctx.region;
    const out = await snsClient({ endpoint: ctx.endpoint, region }).send(
      new SubscribeCommand({
        TopicArn: String(props.TopicArn),
        Protocol: String(props.Protocol),
        Endpoint: props.Endpoint === void 0 ? void 0 : String(props.Endpoint),
        Attributes: attributes(props),
        ReturnSubscriptionArn: true
      })
    );
    return { physicalId: out.SubscriptionArn, ref: out.SubscriptionArn };
  },
  async update(ctx, current, props) {
    const before = attributes(current.properties);
    const after = attributes(props);
    for (const a of ATTRIBUTES) {
      if (canonical(before[a]) === canonical(after[a])) continue;
      const value = after[a] ?? (a === "RawMessageDelivery" ? "false" : "");
      await snsClient(ctx).send(
        new SetSubscriptionAttributesCommand({
          SubscriptionArn: current.physicalId,
          AttributeName: a,
          AttributeValue: value
        })
      );
    }
    return { physicalId: current.physicalId, ref: current.physicalId };
  },
  async delete(ctx, current) {
    await gone(() => snsClient(ctx).send(new UnsubscribeCommand({ SubscriptionArn: current.physicalId })));
  }
};

// ../local-cloud/src/stacks/resources/sns-topic.ts
function attributes2(props) {
  const out = {};
  if (props.DisplayName !== void 0) out.DisplayName = String(props.DisplayName);
  if (props.KmsMasterKeyId !== void 0) out.KmsMasterKeyId = String(props.KmsMasterKeyId);
  if (props.ContentBasedDeduplication !== void 0)
    out.ContentBasedDeduplication = String(props.ContentBasedDeduplication);
  if (props.DeliveryStatusLogging !== void 0) out.DeliveryPolicy = jsonText(props.DeliveryStatusLogging);
  if (props.ArchivePolicy !== void 0) out.ArchivePolicy = jsonText(props.ArchivePolicy);
  return out;
}
async function subscribe(ctx, topicArn, subs) {
  for (const s of subs) {
    await snsClient(ctx).send(
      new SubscribeCommand({
        TopicArn: topicArn,
        Protocol: s.Protocol,
        Endpoint: s.Endpoint,
        ReturnSubscriptionArn: true
      })
    );
  }
}
function provisioned6(arn) {
  return {
    physicalId: arn,
    ref: arn,
    attributes: { TopicArn: arn, TopicName: arn.slice(arn.lastIndexOf(":") + 1) }
  };
}
var snsTopic = {
  nameProperty: "TopicName",
  replaceOn: ["TopicName", "FifoTopic"],
  async create(ctx, props) {
    const fifo = bool(props.FifoTopic) === true;
    const name = str(props.TopicName) ?? ctx.physicalName({ maxLength: 256, suffix: fifo ? ".fifo" : "" });
    const arn = `arn:${ctx.partition}:sns:${ctx.region}:${ctx.accountId}:${name}`;
    if (await exists(() => snsClient(ctx).send(new GetTopicAttributesCommand({ TopicArn: arn })))) {
      throw alreadyExists("AWS::SNS::Topic", name);
    }
    const attrs = attributes2(props);
    if (fifo) attrs.FifoTopic = "true";
    const tags = props.Tags;
    const out = await snsClient(ctx).send(
      new CreateTopicCommand({ Name: name, Attributes: attrs, Tags: tags })
    );
    await subscribe(ctx, out.TopicArn, props.Subscription ?? []);
    return provisioned6(out.TopicArn);
  },
  async update(ctx, current, props) {
    const sns = snsClient(ctx);
    for (const [name, value] of Object.entries(attributes2(props))) {
      await sns.send(
        new SetTopicAttributesCommand({
          TopicArn: current.physicalId,
          AttributeName: name,
          AttributeValue: value
        })
      );
    }
    const before = current.properties.Subscription ?? [];
    const after = props.Subscription ?? [];
    const key = (s) => `${s.Protocol} ${s.Endpoint}`;
    await subscribe(
      ctx,
      current.physicalId,
      after.filter((s) => !before.some((b) => key(b) === key(s)))
    );
    if (before.some((b) => !after.some((s) => key(b) === key(s)))) {
      ctx.warn(
        "removing an inline Subscription of a topic is not done by this local cloud; unsubscribe it yourself"
      );
    }
    return provisioned6(current.physicalId);
  },
  async delete(ctx, current) {
    await gone(() => snsClient(ctx).send(new DeleteTopicCommand({ TopicArn: current.physicalId })));
  }
};

// ../local-cloud/src/stacks/resources/sns-topicPolicy.ts
async function setPolicy(ctx, topics, policy) {
  for (const arn of topics ?? []) {
    await snsClient(ctx).send(
      new SetTopicAttributesCommand({
        TopicArn: String(arn),
        AttributeName: "Policy",
        AttributeValue: policy
      })
    );
  }
}
var snsTopicPolicy = {
  required: ["PolicyDocument", "Topics"],
  async create(ctx, props) {
    await setPolicy(ctx, props.Topics, jsonText(props.PolicyDocument));
    return { physicalId: ctx.physicalName({ maxLength: 128 }) };
  },
  async update(ctx, current, props) {
    await setPolicy(ctx, props.Topics, jsonText(props.PolicyDocument));
    return { physicalId: current.physicalId };
  },
  async delete(ctx, current) {
    await gone(() => setPolicy(ctx, current.properties.Topics, ""));
  }
};

// ../local-cloud/src/stacks/resources/sqs-queue.ts
var ATTRIBUTES2 = [
  "ContentBasedDeduplication",
  "DeduplicationScope",
  "DelaySeconds",
  "FifoThroughputLimit",
  "KmsDataKeyReusePeriodSeconds",
  "KmsMasterKeyId",
  "MaximumMessageSize",
  "MessageRetentionPeriod",
  "ReceiveMessageWaitTimeSeconds",
  "RedriveAllowPolicy",
  "RedrivePolicy",
  "SqsManagedSseEnabled",
  "VisibilityTimeout"
];
function attributes3(props, defaults) {
  const out = {};
  for (const a of ATTRIBUTES2) {
    if (props[a] !== void 0) out[a] = a.endsWith("Policy") ? jsonText(props[a]) : String(props[a]);
  }
  if (bool(props.FifoQueue)) out.FifoQueue = "true";
  if (defaults) {
    const back = {
      DelaySeconds: "0",
      MaximumMessageSize: "262144",
      MessageRetentionPeriod: "345600",
      ReceiveMessageWaitTimeSeconds: "0",
      VisibilityTimeout: "30",
      RedrivePolicy: ""
    };
    for (const [k, v] of Object.entries(back)) if (out[k] === void 0) out[k] = v;
  }
  return out;
}
async function describe(ctx, url) {
  const out = await sqsClient(ctx).send(
    new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ["QueueArn"] })
  );
  const arn = out.Attributes?.QueueArn ?? "";
  const name = url.slice(url.lastIndexOf("/") + 1);
  return { physicalId: url, ref: url, attributes: { Arn: arn, QueueName: name, QueueUrl: url } };
}
var sqsQueue = {
  nameProperty: "QueueName",
  replaceOn: ["QueueName", "FifoQueue"],
  async create(ctx, props) {
    const fifo = bool(props.FifoQueue) === true;
    const name = props.QueueName !== void 0 ? String(props.QueueName) : ctx.physicalName({ maxLength: 80, suffix: fifo ? ".fifo" : "" });
    if (await exists(() => sqsClient(ctx).send(new GetQueueUrlCommand({ QueueName: name })))) {
      throw alreadyExists("AWS::SQS::Queue", name);
    }
    const out = await sqsClient(ctx).send(
      new CreateQueueCommand({
        QueueName: name,
        Attributes: attributes3(props, false),
        tags: tagMap(props.Tags)
      })
    );
    return describe(ctx, out.QueueUrl);
  },
  async update(ctx, current, props) {
    const attrs = attributes3(props, true);
    delete attrs.FifoQueue;
    await sqsClient(ctx).send(
      new SetQueueAttributesCommand({ QueueUrl: current.physicalId, Attributes: attrs })
    );
    return describe(ctx, current.physicalId);
  },
  async delete(ctx, current) {
    await gone(() => sqsClient(ctx).send(new DeleteQueueCommand({ QueueUrl: current.physicalId })));
  }
};

// ../local-cloud/src/stacks/resources/sqs-queuePolicy.ts
async function setPolicy2(ctx, queues, policy) {
  for (const url of queues ?? []) {
    await sqsClient(ctx).send(
      new SetQueueAttributesCommand({ QueueUrl: String(url), Attributes: { Policy: policy } })
    );
  }
}
var sqsQueuePolicy = {
  required: ["PolicyDocument", "Queues"],
  async create(ctx, props) {
    await setPolicy2(ctx, props.Queues, jsonText(props.PolicyDocument));
    return { physicalId: ctx.physicalName({ maxLength: 128 }) };
  },
  async update(ctx, current, props) {
    const dropped = (current.properties.Queues ?? []).filter(
      (q) => !props.Queues.includes(q)
    );
    await gone(() => setPolicy2(ctx, dropped, ""));
    await setPolicy2(ctx, props.Queues, jsonText(props.PolicyDocument));
    return { physicalId: current.physicalId };
  },
  async delete(ctx, current) {
    await gone(() => setPolicy2(ctx, current.properties.Queues, ""));
  }
};

// ../local-cloud/src/stacks/resources/index.ts
var HANDLERS = {
  "AWS::Lambda::Function": lambdaFunction,
  "AWS::Lambda::Version": lambdaVersion,
  "AWS::Lambda::Alias": lambdaAlias,
  "AWS::Lambda::Permission": lambdaPermission,
  "AWS::Lambda::EventInvokeConfig": lambdaEventInvokeConfig,
  "AWS::Lambda::EventSourceMapping": lambdaEventSourceMapping,
  "AWS::SQS::Queue": sqsQueue,
  "AWS::SQS::QueuePolicy": sqsQueuePolicy,
  "AWS::SNS::Topic": snsTopic,
  "AWS::SNS::Subscription": snsSubscription,
  "AWS::SNS::TopicPolicy": snsTopicPolicy,
  "AWS::Events::EventBus": eventsEventBus,
  "AWS::Events::Rule": eventsRule,
  "AWS::S3::Bucket": s3Bucket,
  "AWS::S3::BucketPolicy": s3BucketPolicy,
  "AWS::IAM::Role": iamRole,
  "AWS::IAM::Policy": iamPolicy,
  "AWS::Logs::LogGroup": logsLogGroup,
  "AWS::CDK::Metadata": cdkMetadata
};
function handlerFor(type) {
  return HANDLERS[type];
}

// ../local-cloud/src/stacks/changes.ts
function computeChanges(stack, next, parameters) {
  const changes = [];
  const current = stack.template.Resources;
  const changedParams = new Set(
    Object.keys({ ...parameters, ...stack.parameters }).filter((k) => parameters[k] !== stack.parameters[k])
  );
  for (const [id, r] of Object.entries(next.Resources)) {
    const old = current[id];
    if (!old || !stack.resources.has(id)) {
      changes.push({ action: "Add", logicalId: id, type: r.Type, scope: [] });
      continue;
    }
    const propsChanged = canonical(r.Properties ?? {}) !== canonical(old.Properties ?? {});
    const paramChanged = [...references(r.Properties ?? {})].some((n) => changedParams.has(n));
    if (!propsChanged && !paramChanged && r.Type === old.Type) continue;
    const replaceOn = handlerFor(r.Type)?.replaceOn ?? [];
    const replaced = r.Type !== old.Type || replaceOn.some((p) => canonical(r.Properties?.[p]) !== canonical(old.Properties?.[p]));
    changes.push({
      action: "Modify",
      logicalId: id,
      physicalId: stack.resources.get(id)?.physicalId,
      type: r.Type,
      replacement: replaced ? "True" : paramChanged && !propsChanged ? "Conditional" : "False",
      scope: ["Properties"]
    });
  }
  for (const [id, r] of Object.entries(current)) {
    if (id in next.Resources) continue;
    changes.push({
      action: "Remove",
      logicalId: id,
      physicalId: stack.resources.get(id)?.physicalId,
      type: r.Type,
      scope: []
    });
  }
  return changes;
}

// ../local-cloud/src/stacks/intrinsicContext.ts
function partitionOf(region) {
  return region.startsWith("cn-") ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
}
function intrinsicContext(cloud, exports, scope) {
  const { region, template, resources } = scope;
  return {
    pseudo: {
      "AWS::AccountId": cloud.accountId,
      "AWS::Region": region,
      "AWS::Partition": partitionOf(region),
      "AWS::StackName": scope.stackName,
      "AWS::StackId": scope.stackId,
      "AWS::URLSuffix": region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com",
      "AWS::NotificationARNs": []
    },
    parameters: parameterValues(template, scope.parameters),
    conditions: scope.conditions,
    mappings: template.Mappings ?? {},
    ref: (id) => {
      const r = resources.get(id);
      if (!r) {
        if (id in template.Resources)
          throw templateError(`Resource ${id} is not created (its condition is false or it failed)`);
        throw new AwsError(
          "ValidationError",
          `Template format error: Unresolved resource dependencies [${id}] in the Resources block of the template`
        );
      }
      return r.ref;
    },
    getAtt: (id, attribute) => {
      const r = resources.get(id);
      if (!r) {
        if (id in template.Resources)
          throw templateError(`Resource ${id} is not created (its condition is false or it failed)`);
        throw templateError(`instance of Fn::GetAtt references undefined resource ${id}`);
      }
      if (!(attribute in r.attributes)) {
        throw templateError(`resource ${id} does not support attribute type ${attribute} in Fn::GetAtt`);
      }
      return r.attributes[attribute];
    },
    importValue: (name) => exports.importValue(region, name, scope.stackId, scope.stack)
  };
}
function stackContext(cloud, exports, stack, plan) {
  return intrinsicContext(cloud, exports, {
    region: stack.region,
    stackName: stack.stackName,
    stackId: stack.stackId,
    template: plan.template,
    parameters: plan.parameters,
    conditions: plan.conditions,
    resources: stack.resources,
    stack
  });
}

// ../local-cloud/src/stacks/plan.ts
function planStack(cloud, exports, region, stackName, body, given, previous) {
  const template = parseTemplate(body);
  if (template.Transform !== void 0) {
    const names = Array.isArray(template.Transform) ? template.Transform : [template.Transform];
    throw new AwsError(
      "ValidationError",
      `Template format error: transform ${names.map(String).join(", ")} is not supported by this local cloud (SAM templates must be transformed first, e.g. with 'sam package' or 'sam build')`
    );
  }
  const parameters = resolveParameters(template, given, previous);
  const ctx = intrinsicContext(cloud, exports, {
    region,
    stackName,
    stackId: "arn:pending",
    template,
    parameters,
    conditions: {},
    resources: /* @__PURE__ */ new Map()
  });
  const conditions = evaluateConditions(template.Conditions ?? {}, ctx);
  const order = creationOrder(dependencies(template));
  for (const [id, r] of Object.entries(template.Resources)) {
    checkShapes(r.Properties ?? {}, `/Resources/${id}/Properties`, conditions);
  }
  for (const [id, o] of Object.entries(template.Outputs ?? {})) checkShapes(o, `/Outputs/${id}`, conditions);
  for (const [id, r] of Object.entries(template.Resources)) {
    if (r.Condition !== void 0 && !(r.Condition in conditions)) {
      throw templateError(`Unresolved condition dependency ${r.Condition} in resource ${id}`);
    }
  }
  return { template, parameters, conditions, order };
}
function included(plan, id) {
  const c = plan.template.Resources[id].Condition;
  return c === void 0 || plan.conditions[c] === true;
}
function previousValues(stack, input) {
  return Object.fromEntries(
    (input.previousParameters ?? []).map((k) => [k, stack.parameters[k]]).filter(([, v]) => v !== void 0)
  );
}
function safeOrder(template) {
  try {
    return creationOrder(dependencies(template));
  } catch {
    return Object.keys(template.Resources);
  }
}

// ../local-cloud/src/stacks/stackName.ts
var NAME = "[a-zA-Z][-a-zA-Z0-9]*";
var NAME_OR_ID = `${NAME}|arn:[-a-zA-Z0-9:/._+]*`;
function checkStackName(name, operation) {
  const pattern = operation === "CreateStack" ? NAME : NAME_OR_ID;
  const broken = [];
  if (!new RegExp(`^(?:${pattern})$`).test(name))
    broken.push(`Member must satisfy regular expression pattern: ${pattern}`);
  if (name.length > 128 && !name.startsWith("arn:"))
    broken.push("Member must have length less than or equal to 128");
  if (broken.length === 0) return;
  const detected = `${broken.length} validation error${broken.length > 1 ? "s" : ""} detected: `;
  throw new AwsError(
    "ValidationError",
    detected + broken.map((c) => `Value '${name}' at 'stackName' failed to satisfy constraint: ${c}`).join("; ")
  );
}

// ../local-cloud/src/stacks/changeSets.ts
var ChangeSets = class {
  constructor(cloud, stacks, events, lifecycle) {
    this.cloud = cloud;
    this.stacks = stacks;
    this.events = events;
    this.lifecycle = lifecycle;
  }
  cloud;
  stacks;
  events;
  lifecycle;
  /** A CREATE change set of a new stack puts the stack in REVIEW_IN_PROGRESS, with no resources. */
  create(region, input) {
    const type = input.changeSetType === "CREATE" ? "CREATE" : "UPDATE";
    let stack = this.stacks.find(region, input.stackName);
    if (type === "CREATE") {
      if (stack && stack.status !== "REVIEW_IN_PROGRESS") {
        throw new AwsError(
          "AlreadyExistsException",
          `Stack [${input.stackName}] already exists and cannot be created again with the changeSet [${input.changeSetName}].`
        );
      }
    } else if (!stack || stack.status === "REVIEW_IN_PROGRESS") {
      throw new AwsError("ValidationError", `Stack [${input.stackName}] does not exist`);
    }
    if (stack?.changeSets.has(input.changeSetName)) {
      throw new AwsError("AlreadyExistsException", `ChangeSet ${input.changeSetName} already exists`);
    }
    checkStackName(input.stackName, "CreateChangeSet");
    const previous = stack ? previousValues(stack, input) : {};
    const plan = this.lifecycle.plan(
      region,
      input.stackName,
      input.templateBody,
      input.parameters ?? {},
      previous
    );
    if (!stack) {
      stack = this.stacks.add(region, input, plan.template, plan.parameters);
      stack.status = "REVIEW_IN_PROGRESS";
      stack.statusReason = "User Initiated";
      stack.template = { Resources: {} };
      stack.templateBody = '{"Resources":{}}';
      this.events.stack(stack, "REVIEW_IN_PROGRESS", "User Initiated");
    }
    const changes = computeChanges(stack, plan.template, plan.parameters);
    const noChanges = type === "UPDATE" && changes.length === 0 && canonical(plan.template.Outputs ?? {}) === canonical(stack.template.Outputs ?? {});
    const cs = {
      id: `arn:aws:cloudformation:${region}:${this.cloud.accountId}:changeSet/${input.changeSetName}/${randomUUID3()}`,
      name: input.changeSetName,
      type,
      status: noChanges ? "FAILED" : "CREATE_COMPLETE",
      executionStatus: noChanges ? "UNAVAILABLE" : "AVAILABLE",
      statusReason: noChanges ? "The submitted information didn't contain changes. Submit different information to create a change set." : void 0,
      description: input.description,
      creationTime: /* @__PURE__ */ new Date(),
      templateBody: input.templateBody,
      template: plan.template,
      parameters: plan.parameters,
      capabilities: input.capabilities ?? [],
      tags: input.tags ?? stack.tags,
      changes
    };
    stack.changeSets.set(cs.name, cs);
    return { stack, changeSet: cs };
  }
  /** The change set by ARN, or by name within a stack. */
  find(region, changeSetName, stackName) {
    for (const stack of this.stacks.all) {
      if (stack.region !== region) continue;
      if (changeSetName.startsWith("arn:")) {
        for (const cs of stack.changeSets.values())
          if (cs.id === changeSetName) return { stack, changeSet: cs };
      } else if (stackName && (stack.stackName === stackName || stack.stackId === stackName) && stack.status !== "DELETE_COMPLETE") {
        const cs = stack.changeSets.get(changeSetName);
        if (cs) return { stack, changeSet: cs };
      }
    }
    throw new AwsError("ChangeSetNotFound", `ChangeSet [${changeSetName}] does not exist`, 404);
  }
  /** Runs the change set as a create or an update; the stack's other change sets become obsolete. */
  execute(region, changeSetName, stackName) {
    const { stack, changeSet } = this.find(region, changeSetName, stackName);
    if (changeSet.executionStatus !== "AVAILABLE") {
      throw new AwsError(
        "InvalidChangeSetStatus",
        `ChangeSet [${changeSet.id}] cannot be executed in its current status of [${changeSet.status}]`
      );
    }
    const plan = this.lifecycle.plan(region, stack.stackName, changeSet.templateBody, changeSet.parameters);
    changeSet.executionStatus = "EXECUTE_IN_PROGRESS";
    const input = {
      stackName: stack.stackName,
      templateBody: changeSet.templateBody,
      parameters: changeSet.parameters,
      capabilities: changeSet.capabilities,
      tags: changeSet.tags
    };
    for (const other of stack.changeSets.values())
      if (other !== changeSet) other.executionStatus = "OBSOLETE";
    const run = changeSet.type === "CREATE" ? this.lifecycle.runCreate(stack, plan, input) : this.lifecycle.runUpdate(stack, input, plan);
    stack.operation = run.then(() => {
      const ok = stack.status === "CREATE_COMPLETE" || stack.status === "UPDATE_COMPLETE";
      changeSet.executionStatus = ok ? "EXECUTE_COMPLETE" : "EXECUTE_FAILED";
      stack.changeSets.clear();
    });
  }
  delete(region, changeSetName, stackName) {
    if (!changeSetName.startsWith("arn:") && stackName && this.stacks.find(region, stackName)) {
      if (!this.stacks.get(region, stackName).changeSets.has(changeSetName)) return;
    }
    const { stack, changeSet } = this.find(region, changeSetName, stackName);
    if (changeSet.executionStatus === "EXECUTE_IN_PROGRESS") {
      throw new AwsError(
        "InvalidChangeSetStatus",
        `ChangeSet [${changeSet.id}] cannot be deleted in its current status of [${changeSet.status}]`
      );
    }
    stack.changeSets.delete(changeSet.name);
  }
};

// ../local-cloud/src/stacks/events.ts
import { randomUUID as randomUUID4 } from "node:crypto";
var StackEvents = class {
  constructor(cloud) {
    this.cloud = cloud;
  }
  cloud;
  /** Records a resource's event; a failure with a reason is also logged. */
  resource(stack, logicalId, physicalId, type, status, reason) {
    const e = {
      eventId: randomUUID4(),
      logicalId,
      physicalId,
      type,
      timestamp: /* @__PURE__ */ new Date(),
      status,
      reason
    };
    stack.events.push(e);
    if (reason && status.endsWith("FAILED"))
      this.cloud.log("info", `cloudformation ${stack.stackName} ${logicalId} ${status}: ${reason}`);
  }
  /** An event of the stack itself (its logical id is the stack name). */
  stack(stack, status, reason) {
    this.resource(stack, stack.stackName, stack.stackId, "AWS::CloudFormation::Stack", status, reason);
  }
  /** Moves the stack to a status, with its event. */
  status(stack, status, reason) {
    stack.status = status;
    stack.statusReason = reason;
    this.stack(stack, status, reason);
  }
};

// ../local-cloud/src/stacks/exports.ts
var Exports = class {
  constructor(stacks) {
    this.stacks = stacks;
  }
  stacks;
  /** Export names each stack's last successful deploy imported, by stack id. */
  imports = /* @__PURE__ */ new Map();
  /** Export names the running operation of a stack resolved so far. */
  pending = /* @__PURE__ */ new Map();
  /** The exports of the region's live stacks. */
  of(region) {
    const out = [];
    for (const s of this.stacks.all) {
      if (s.region !== region || s.status === "DELETE_COMPLETE" || s.status === "REVIEW_IN_PROGRESS")
        continue;
      for (const o of s.outputs)
        if (o.exportName) out.push({ name: o.exportName, value: o.value, stackId: s.stackId });
    }
    return out;
  }
  /** Stacks (other than `self`) whose last deploy imported the export. */
  importers(region, exportName, self) {
    return this.stacks.all.filter(
      (s) => s !== self && s.region === region && s.status !== "DELETE_COMPLETE" && (this.imports.get(s.stackId)?.has(exportName) ?? false)
    );
  }
  /** Fn::ImportValue's answer for a stack (`stack` given: the import is noted for its running operation). */
  importValue(region, name, stackId, stack) {
    const found = this.of(region).find((e) => e.name === name && e.stackId !== stackId);
    if (!found) throw new AwsError("ValidationError", `No export named ${name} found.`);
    if (stack) {
      let set = this.pending.get(stack.stackId);
      if (!set) {
        set = /* @__PURE__ */ new Set();
        this.pending.set(stack.stackId, set);
      }
      set.add(name);
    }
    return found.value;
  }
  /**
   * Throws when the stack's new outputs take another stack's export name, or drop or change an export
   * another stack imports; otherwise makes them the stack's outputs and its pending imports its imports.
   */
  replaceOutputs(stack, outputs) {
    const others = this.of(stack.region).filter((e) => e.stackId !== stack.stackId);
    for (const o of outputs) {
      const taken = others.find((e) => e.name === o.exportName);
      if (taken) {
        const owner = this.stacks.all.find((s) => s.stackId === taken.stackId);
        throw new Error(`Export with name ${o.exportName} is already exported by stack ${owner?.stackName}`);
      }
    }
    for (const old of stack.outputs) {
      if (!old.exportName) continue;
      const users = this.importers(stack.region, old.exportName, stack);
      if (users.length === 0) continue;
      const now = outputs.find((o) => o.exportName === old.exportName);
      if (!now)
        throw new Error(`Cannot delete export ${old.exportName} as it is in use by ${users[0].stackName}.`);
      if (now.value !== old.value) {
        throw new Error(`Cannot update export ${old.exportName} as it is in use by ${users[0].stackName}.`);
      }
    }
    stack.outputs = outputs;
    this.imports.set(stack.stackId, this.pending.get(stack.stackId) ?? /* @__PURE__ */ new Set());
    this.pending.delete(stack.stackId);
  }
  /** Why the stack can't be deleted (an export of it is imported), or undefined. */
  blockingDelete(stack) {
    for (const o of stack.outputs) {
      if (!o.exportName) continue;
      const users = this.importers(stack.region, o.exportName, stack);
      if (users.length > 0)
        return `Export ${o.exportName} cannot be deleted as it is in use by ${users.map((u) => u.stackName).join(", ")}`;
    }
    return void 0;
  }
  /** A deleted stack imports nothing any more. */
  forget(stack) {
    this.imports.delete(stack.stackId);
  }
};

// ../local-cloud/src/stacks/outputs.ts
function resolveOutputs(plan, ctx) {
  const outputs = [];
  for (const [key, o] of Object.entries(plan.template.Outputs ?? {})) {
    if (o.Condition !== void 0 && !plan.conditions[o.Condition]) continue;
    const value = resolve(o.Value, ctx);
    const exportName = o.Export ? String(resolve(o.Export.Name, ctx)) : void 0;
    outputs.push({
      key,
      value: Array.isArray(value) ? value.join(",") : typeof value === "string" ? value : JSON.stringify(value),
      description: o.Description,
      exportName
    });
  }
  return outputs;
}

// ../local-cloud/src/stacks/provision.ts
var SKIP_UNSUPPORTED_TAG = "local-cloud:skip-unsupported";
function reasonOf(err) {
  if (err instanceof Error) {
    const code = err.name;
    const sdk = err.$metadata !== void 0;
    return sdk && code && code !== "Error" ? `${err.message} (Service: ${code})` : err.message;
  }
  return String(err);
}
var skipped = (r) => r.statusReason?.startsWith("Skipped") === true;
var Provisioner = class {
  constructor(cloud, stacks, exports, events, pollers, warnings) {
    this.cloud = cloud;
    this.stacks = stacks;
    this.exports = exports;
    this.events = events;
    this.pollers = pollers;
    this.warnings = warnings;
  }
  cloud;
  stacks;
  exports;
  events;
  pollers;
  warnings;
  async create(stack, plan, id) {
    const def = plan.template.Resources[id];
    this.events.resource(stack, id, "", def.Type, "CREATE_IN_PROGRESS");
    const props = this.resolveProps(stack, plan, id, "", "CREATE_FAILED");
    const handler = handlerFor(def.Type);
    if (!handler) {
      const message = `Resource type ${def.Type} of resource ${id} is not supported by this local cloud`;
      if (stack.tags.some((t) => t.Key === SKIP_UNSUPPORTED_TAG && t.Value === "true")) {
        this.warnings.log(stack, `${message}; skipped`);
        stack.resources.set(id, {
          logicalId: id,
          type: def.Type,
          physicalId: `${stack.stackName}-${id}-SKIPPED`,
          ref: `${stack.stackName}-${id}-SKIPPED`,
          attributes: {},
          properties: props,
          status: "CREATE_COMPLETE",
          statusReason: `Skipped: ${message}`,
          lastUpdated: /* @__PURE__ */ new Date(),
          deletionPolicy: "Retain"
        });
        this.events.resource(stack, id, "", def.Type, "CREATE_COMPLETE", `Skipped: ${message}`);
        return;
      }
      this.events.resource(stack, id, "", def.Type, "CREATE_FAILED", message);
      throw new Error(message);
    }
    const missing = (handler.required ?? []).filter((p) => props[p] === void 0);
    try {
      if (missing.length > 0) {
        throw new Error(
          `Properties validation failed for resource ${id} with message: #: required key [${missing[0]}] not found`
        );
      }
      const made = await handler.create(this.handlerContext(stack, id), props);
      this.record(stack, id, def, props, made, "CREATE_COMPLETE");
    } catch (err) {
      this.warnings.take(stack, id);
      const failure = err instanceof AlreadyExistsError ? this.ownedElsewhere(stack, def.Type, handler, props) ?? err : err;
      this.events.resource(stack, id, "", def.Type, "CREATE_FAILED", reasonOf(failure));
      throw failure;
    }
  }
  /** Updates in place or replaces when needed; undefined when nothing changed. */
  async update(stack, plan, id, old) {
    const def = plan.template.Resources[id];
    const props = this.resolveProps(stack, plan, id, old.physicalId, "UPDATE_FAILED");
    if (def.Type === old.type && canonical(props) === canonical(old.properties)) return void 0;
    const handler = handlerFor(def.Type);
    const replace = def.Type !== old.type || !handler?.update || (handler.replaceOn ?? []).some((p) => canonical(props[p]) !== canonical(old.properties[p]));
    if (!handler) {
      if (skipped(old)) return void 0;
      throw new Error(`Resource type ${def.Type} of resource ${id} is not supported by this local cloud`);
    }
    const name = handler.nameProperty === void 0 ? void 0 : props[handler.nameProperty];
    if (replace && def.Type === old.type && name !== void 0 && canonical(name) === canonical(old.properties[handler.nameProperty])) {
      const message = `CloudFormation cannot update a stack when a custom-named resource requires replacing. Rename ${String(name)} and update the stack again.`;
      this.events.resource(stack, id, old.physicalId, def.Type, "UPDATE_FAILED", message);
      throw new Error(message);
    }
    this.events.resource(
      stack,
      id,
      old.physicalId,
      def.Type,
      "UPDATE_IN_PROGRESS",
      replace ? "Requested update requires the creation of a new physical resource; hence creating one." : void 0
    );
    try {
      const ctx = this.handlerContext(stack, id);
      const made = replace ? await handler.create(ctx, props) : await handler.update(ctx, old, props);
      this.record(stack, id, def, props, made, "UPDATE_COMPLETE");
      return replace ? "replaced" : "updated";
    } catch (err) {
      const failure = err instanceof AlreadyExistsError ? this.ownedElsewhere(stack, def.Type, handler, props) ?? err : err;
      this.events.resource(stack, id, old.physicalId, def.Type, "UPDATE_FAILED", reasonOf(failure));
      throw failure;
    }
  }
  /** Puts an in-place update back to the resource's previous properties. */
  async revert(stack, id, old) {
    const handler = handlerFor(old.type);
    const current = stack.resources.get(id);
    this.events.resource(stack, id, current.physicalId, old.type, "UPDATE_IN_PROGRESS");
    await handler.update(this.handlerContext(stack, id), current, old.properties);
    stack.resources.set(id, old);
    this.events.resource(stack, id, old.physicalId, old.type, "UPDATE_COMPLETE");
  }
  /** Deletes one resource (a `Retain` one is skipped unless rolling back its creation). */
  async delete(stack, r, rollback) {
    if (!rollback && r.deletionPolicy === "Retain") {
      this.events.resource(stack, r.logicalId, r.physicalId, r.type, "DELETE_SKIPPED");
      return;
    }
    this.events.resource(stack, r.logicalId, r.physicalId, r.type, "DELETE_IN_PROGRESS");
    const handler = handlerFor(r.type);
    try {
      if (handler && !skipped(r)) await handler.delete(this.handlerContext(stack, r.logicalId), r);
    } catch (err) {
      this.events.resource(stack, r.logicalId, r.physicalId, r.type, "DELETE_FAILED", reasonOf(err));
      throw err;
    }
    this.events.resource(stack, r.logicalId, r.physicalId, r.type, "DELETE_COMPLETE");
  }
  /** Deletes in the given order; returns false when one failed (the failed ones stay in the stack). */
  async deleteAll(stack, ids, rollback) {
    let ok = true;
    for (const id of ids) {
      const r = stack.resources.get(id);
      if (!r) continue;
      try {
        await this.delete(stack, r, rollback);
        stack.resources.delete(id);
      } catch {
        ok = false;
      }
    }
    return ok;
  }
  /** A taken name that another live stack made: CloudFormation's reason names that stack. */
  ownedElsewhere(stack, type, handler, props) {
    const prop = handler.nameProperty;
    if (prop === void 0 || props[prop] === void 0) return void 0;
    const global = type === "AWS::S3::Bucket" || type.startsWith("AWS::IAM::");
    for (const other of this.stacks.all) {
      if (other === stack || other.status === "DELETE_COMPLETE") continue;
      if (!global && other.region !== stack.region) continue;
      for (const r of other.resources.values()) {
        if (r.type === type && canonical(r.properties[prop]) === canonical(props[prop]))
          return new Error(`${r.physicalId} already exists in stack ${other.stackId}`);
      }
    }
    return void 0;
  }
  /** The resource's resolved properties; a failure is recorded as the `failed` event, then thrown. */
  resolveProps(stack, plan, id, physicalId, failed) {
    const def = plan.template.Resources[id];
    try {
      return resolve(def.Properties ?? {}, stackContext(this.cloud, this.exports, stack, plan));
    } catch (err) {
      this.events.resource(stack, id, physicalId, def.Type, failed, reasonOf(err));
      throw err;
    }
  }
  /** Stores what a handler provisioned as the stack's resource and records the completing event. */
  record(stack, id, def, props, made, status) {
    const r = {
      logicalId: id,
      type: def.Type,
      physicalId: made.physicalId,
      ref: made.ref ?? made.physicalId,
      attributes: made.attributes ?? {},
      properties: props,
      status,
      statusReason: this.warnings.take(stack, id),
      lastUpdated: /* @__PURE__ */ new Date(),
      deletionPolicy: def.DeletionPolicy
    };
    stack.resources.set(id, r);
    this.events.resource(stack, id, r.physicalId, def.Type, status, r.statusReason);
  }
  handlerContext(stack, logicalId) {
    return {
      stackName: stack.stackName,
      stackId: stack.stackId,
      logicalId,
      region: stack.region,
      accountId: this.cloud.accountId,
      partition: partitionOf(stack.region),
      endpoint: this.cloud.endpoint,
      physicalName: (o) => physicalName(stack.stackName, logicalId, o),
      warn: (m) => this.warnings.add(stack, logicalId, m),
      pollers: this.pollers
    };
  }
};

// ../local-cloud/src/stacks/lifecycle.ts
var STABLE = [
  "CREATE_COMPLETE",
  "UPDATE_COMPLETE",
  "UPDATE_ROLLBACK_COMPLETE",
  "ROLLBACK_COMPLETE",
  "CREATE_FAILED",
  "UPDATE_ROLLBACK_FAILED",
  "DELETE_FAILED",
  "ROLLBACK_FAILED",
  "REVIEW_IN_PROGRESS"
];
var UPDATABLE = ["CREATE_COMPLETE", "UPDATE_COMPLETE", "UPDATE_ROLLBACK_COMPLETE"];
function tick() {
  return new Promise((r) => setImmediate(r));
}
var Lifecycle = class {
  constructor(cloud, stacks, exports, events, provisioner) {
    this.cloud = cloud;
    this.stacks = stacks;
    this.exports = exports;
    this.events = events;
    this.provisioner = provisioner;
  }
  cloud;
  stacks;
  exports;
  events;
  provisioner;
  /** Checks the template and parameters the way CloudFormation does before it starts. */
  plan(region, stackName, body, given, previous) {
    return planStack(this.cloud, this.exports, region, stackName, body, given, previous);
  }
  createStack(region, input) {
    if (this.stacks.find(region, input.stackName)) {
      throw new AwsError("AlreadyExistsException", `Stack [${input.stackName}] already exists`);
    }
    checkStackName(input.stackName, "CreateStack");
    const plan = this.plan(region, input.stackName, input.templateBody, input.parameters ?? {});
    const stack = this.stacks.add(region, input, plan.template, plan.parameters);
    stack.operation = this.runCreate(stack, plan);
    return stack;
  }
  updateStack(region, nameOrId, input) {
    const stack = this.stacks.get(region, nameOrId);
    if (!UPDATABLE.includes(stack.status)) {
      throw new AwsError(
        "ValidationError",
        `Stack:${stack.stackId} is in ${stack.status} state and can not be updated.`
      );
    }
    const previous = previousValues(stack, input);
    const plan = this.plan(region, stack.stackName, input.templateBody, input.parameters ?? {}, previous);
    if (canonical(plan.template) === canonical(stack.template) && canonical(plan.parameters) === canonical(stack.parameters) && (input.tags === void 0 || canonical(input.tags) === canonical(stack.tags))) {
      throw new AwsError("ValidationError", "No updates are to be performed.");
    }
    stack.operation = this.runUpdate(stack, input, plan);
    return stack;
  }
  deleteStack(region, nameOrId) {
    const stack = this.stacks.find(region, nameOrId);
    if (!stack || stack.status === "DELETE_COMPLETE" || stack.status === "DELETE_IN_PROGRESS") return stack;
    if (!STABLE.includes(stack.status)) {
      const previous = stack.operation ?? Promise.resolve();
      stack.operation = previous.then(() => this.runDelete(stack));
      return stack;
    }
    stack.operation = this.runDelete(stack);
    return stack;
  }
  /** Creates every resource in order; on a failure deletes what it created (unless rollback is off). */
  async runCreate(stack, plan, input) {
    if (input) {
      stack.capabilities = input.capabilities ?? [];
      stack.tags = input.tags ?? [];
    }
    stack.template = plan.template;
    stack.templateBody = input?.templateBody ?? stack.templateBody;
    stack.parameters = plan.parameters;
    stack.description = plan.template.Description;
    stack.creationTime = /* @__PURE__ */ new Date();
    this.events.status(stack, "CREATE_IN_PROGRESS", "User Initiated");
    await tick();
    const created = [];
    let failure;
    for (const id of plan.order) {
      if (!included(plan, id)) continue;
      try {
        await this.provisioner.create(stack, plan, id);
        created.push(id);
      } catch (err) {
        failure = { id, reason: reasonOf(err) };
        break;
      }
    }
    if (!failure) {
      try {
        this.finishOutputs(stack, plan);
        this.events.status(stack, "CREATE_COMPLETE");
        return;
      } catch (err) {
        failure = { id: stack.stackName, reason: reasonOf(err) };
      }
    }
    if (stack.disableRollback) {
      this.events.status(
        stack,
        "CREATE_FAILED",
        `The following resource(s) failed to create: [${failure.id}]. `
      );
      return;
    }
    this.events.status(
      stack,
      "ROLLBACK_IN_PROGRESS",
      failure.id === stack.stackName ? failure.reason : `The following resource(s) failed to create: [${failure.id}]. Rollback requested by user.`
    );
    const ok = await this.provisioner.deleteAll(stack, created.reverse(), true);
    stack.outputs = [];
    this.events.status(stack, ok ? "ROLLBACK_COMPLETE" : "ROLLBACK_FAILED");
  }
  /** Adds, updates and replaces in order, then removes what the template dropped; on a failure undoes. */
  async runUpdate(stack, input, plan) {
    const before = {
      template: stack.template,
      templateBody: stack.templateBody,
      parameters: stack.parameters,
      resources: new Map(stack.resources),
      outputs: stack.outputs,
      tags: stack.tags,
      capabilities: stack.capabilities,
      description: stack.description
    };
    stack.template = plan.template;
    stack.templateBody = input.templateBody;
    stack.parameters = plan.parameters;
    stack.tags = input.tags ?? stack.tags;
    stack.capabilities = input.capabilities ?? stack.capabilities;
    stack.description = plan.template.Description;
    stack.lastUpdatedTime = /* @__PURE__ */ new Date();
    this.events.status(stack, "UPDATE_IN_PROGRESS", "User Initiated");
    await tick();
    const undo = [];
    let failure;
    for (const id of plan.order) {
      if (!included(plan, id)) continue;
      const old = before.resources.get(id);
      try {
        if (!old) {
          await this.provisioner.create(stack, plan, id);
          undo.push({ kind: "added", id });
          continue;
        }
        const kind = await this.provisioner.update(stack, plan, id, old);
        if (kind) undo.push({ kind, id, old });
      } catch (err) {
        failure = { id, reason: reasonOf(err) };
        break;
      }
    }
    if (!failure) {
      try {
        this.finishOutputs(stack, plan);
      } catch (err) {
        failure = { id: stack.stackName, reason: reasonOf(err) };
      }
    }
    if (!failure) {
      this.events.status(stack, "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS");
      const removed = [...before.resources.keys()].filter(
        (id) => !(id in plan.template.Resources) || !included(plan, id)
      );
      const oldOrder = safeOrder(before.template).reverse();
      const toDelete = oldOrder.filter((id) => removed.includes(id));
      await this.provisioner.deleteAll(stack, toDelete, false);
      for (const u of undo.filter((u2) => u2.kind === "replaced")) {
        await this.provisioner.delete(stack, u.old, false).catch(() => void 0);
      }
      this.events.status(stack, "UPDATE_COMPLETE");
      return;
    }
    this.events.status(
      stack,
      "UPDATE_ROLLBACK_IN_PROGRESS",
      failure.id === stack.stackName ? failure.reason : `The following resource(s) failed to update: [${failure.id}]. `
    );
    let ok = true;
    for (const u of undo.reverse()) {
      try {
        if (u.kind === "added") {
          const r = stack.resources.get(u.id);
          if (r) await this.provisioner.delete(stack, r, true);
          stack.resources.delete(u.id);
        } else if (u.kind === "updated") {
          await this.provisioner.revert(stack, u.id, u.old);
        } else {
          const r = stack.resources.get(u.id);
          if (r && r.physicalId !== u.old.physicalId) await this.provisioner.delete(stack, r, true);
          stack.resources.set(u.id, u.old);
        }
      } catch (err) {
        ok = false;
        this.cloud.log("error", `rollback of ${u.id} in ${stack.stackName}: ${reasonOf(err)}`);
      }
    }
    Object.assign(stack, {
      template: before.template,
      templateBody: before.templateBody,
      parameters: before.parameters,
      outputs: before.outputs,
      tags: before.tags,
      capabilities: before.capabilities,
      description: before.description
    });
    for (const [id, r] of before.resources) if (!stack.resources.has(id)) stack.resources.set(id, r);
    this.events.status(stack, ok ? "UPDATE_ROLLBACK_COMPLETE" : "UPDATE_ROLLBACK_FAILED");
  }
  /** Deletes every resource in reverse creation order, unless another stack imports an export of it. */
  async runDelete(stack) {
    this.events.status(stack, "DELETE_IN_PROGRESS", "User Initiated");
    await tick();
    const blocked = this.exports.blockingDelete(stack);
    if (blocked) {
      this.events.status(stack, "DELETE_FAILED", blocked);
      return;
    }
    const order = safeOrder(stack.template).filter((id) => stack.resources.has(id));
    const rest = [...stack.resources.keys()].filter((id) => !order.includes(id));
    const ok = await this.provisioner.deleteAll(stack, [...order.reverse(), ...rest], false);
    if (!ok) {
      const failed = [...stack.resources.keys()];
      this.events.status(
        stack,
        "DELETE_FAILED",
        `The following resource(s) failed to delete: [${failed.join(", ")}]. `
      );
      return;
    }
    stack.outputs = [];
    this.exports.forget(stack);
    stack.deletionTime = /* @__PURE__ */ new Date();
    this.events.status(stack, "DELETE_COMPLETE");
  }
  /** Resolves the outputs and makes them the stack's, if its exports allow; throws otherwise. */
  finishOutputs(stack, plan) {
    const outputs = resolveOutputs(plan, stackContext(this.cloud, this.exports, stack, plan));
    this.exports.replaceOutputs(stack, outputs);
  }
};

// ../local-cloud/src/stacks/pollers.ts
var Pollers = class {
  stops = /* @__PURE__ */ new Map();
  start(id, stop) {
    this.stops.set(id, stop);
  }
  async stop(id) {
    const stop = this.stops.get(id);
    this.stops.delete(id);
    await stop?.();
  }
  async stopAll() {
    await Promise.allSettled([...this.stops.keys()].map((id) => this.stop(id)));
  }
};

// ../local-cloud/src/stacks/stackStore.ts
import { randomUUID as randomUUID5 } from "node:crypto";
var StackStore = class {
  constructor(cloud) {
    this.cloud = cloud;
  }
  cloud;
  /** Deleted stacks stay: DescribeStacks by id and ListStacks show them. */
  all = [];
  /** The live stack with this name or id (a deleted one only by id), or undefined. */
  find(region, nameOrId) {
    if (nameOrId.startsWith("arn:")) return this.all.find((s) => s.stackId === nameOrId);
    return this.all.find(
      (s) => s.region === region && s.stackName === nameOrId && s.status !== "DELETE_COMPLETE"
    );
  }
  /** As find, with CloudFormation's error for a missing stack. */
  get(region, nameOrId) {
    const s = this.find(region, nameOrId);
    if (!s) throw new AwsError("ValidationError", `Stack with id ${nameOrId} does not exist`);
    return s;
  }
  /** A new stack in CREATE_IN_PROGRESS, kept from now on. */
  add(region, input, template, parameters) {
    const stack = {
      stackId: `arn:${partitionOf(region)}:cloudformation:${region}:${this.cloud.accountId}:stack/${input.stackName}/${randomUUID5()}`,
      stackName: input.stackName,
      region,
      status: "CREATE_IN_PROGRESS",
      description: template.Description,
      creationTime: /* @__PURE__ */ new Date(),
      templateBody: input.templateBody,
      template,
      parameterValues: input.parameters ?? {},
      parameters,
      capabilities: input.capabilities ?? [],
      tags: input.tags ?? [],
      resources: /* @__PURE__ */ new Map(),
      outputs: [],
      events: [],
      changeSets: /* @__PURE__ */ new Map(),
      disableRollback: input.disableRollback ?? false
    };
    this.all.push(stack);
    return stack;
  }
};

// ../local-cloud/src/stacks/warnings.ts
var ResourceWarnings = class {
  constructor(cloud) {
    this.cloud = cloud;
  }
  cloud;
  pending = /* @__PURE__ */ new Map();
  /** Logs a message about the stack (warnings and skipped resources). */
  log(stack, message) {
    this.cloud.log("info", `cloudformation ${stack.stackName}: ${message}`);
  }
  add(stack, logicalId, message) {
    this.log(stack, `${logicalId}: ${message}`);
    const key = `${stack.stackId} ${logicalId}`;
    const list = this.pending.get(key) ?? [];
    if (!list.includes(message)) list.push(message);
    this.pending.set(key, list);
  }
  /** The resource's warnings as its status reason, forgetting them; undefined when there are none. */
  take(stack, logicalId) {
    const key = `${stack.stackId} ${logicalId}`;
    const list = this.pending.get(key);
    this.pending.delete(key);
    return list && list.length > 0 ? `Warning: ${list.join("; ")}` : void 0;
  }
};

// ../local-cloud/src/stacks/engine.ts
var StackEngine = class {
  store;
  exportList;
  lifecycle;
  changeSets;
  pollers = new Pollers();
  constructor(cloud) {
    this.store = new StackStore(cloud);
    this.exportList = new Exports(this.store);
    const events = new StackEvents(cloud);
    const provisioner = new Provisioner(
      cloud,
      this.store,
      this.exportList,
      events,
      this.pollers,
      new ResourceWarnings(cloud)
    );
    this.lifecycle = new Lifecycle(cloud, this.store, this.exportList, events, provisioner);
    this.changeSets = new ChangeSets(cloud, this.store, events, this.lifecycle);
  }
  /** Every stack ever made, deleted ones included (DescribeStacks by id and ListStacks show them). */
  get stacks() {
    return this.store.all;
  }
  find(region, nameOrId) {
    return this.store.find(region, nameOrId);
  }
  get(region, nameOrId) {
    return this.store.get(region, nameOrId);
  }
  exportsOf(region) {
    return this.exportList.of(region);
  }
  importers(region, exportName, self) {
    return this.exportList.importers(region, exportName, self);
  }
  plan(region, stackName, body, given, previous) {
    return this.lifecycle.plan(region, stackName, body, given, previous);
  }
  createStack(region, input) {
    return this.lifecycle.createStack(region, input);
  }
  updateStack(region, nameOrId, input) {
    return this.lifecycle.updateStack(region, nameOrId, input);
  }
  deleteStack(region, nameOrId) {
    return this.lifecycle.deleteStack(region, nameOrId);
  }
  createChangeSet(region, input) {
    return this.changeSets.create(region, input);
  }
  findChangeSet(region, changeSetName, stackName) {
    return this.changeSets.find(region, changeSetName, stackName);
  }
  executeChangeSet(region, changeSetName, stackName) {
    this.changeSets.execute(region, changeSetName, stackName);
  }
  deleteChangeSet(region, changeSetName, stackName) {
    this.changeSets.delete(region, changeSetName, stackName);
  }
  /** Waits for running operations, then stops every poller. */
  async stop() {
    await Promise.allSettled(this.store.all.map((s) => s.operation));
    await this.pollers.stopAll();
  }
};
export {
  SKIP_UNSUPPORTED_TAG,
  StackEngine
};
//# sourceMappingURL=engine-EYVANVNO.js.map
