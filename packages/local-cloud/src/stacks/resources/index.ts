// The resource handlers by CloudFormation type.
import type { ResourceHandler } from '../types.js';
import { apiGatewayApiKey } from './apigateway-apiKey.js';
import { apiGatewayAuthorizer } from './apigateway-authorizer.js';
import { apiGatewayDeployment } from './apigateway-deployment.js';
import { apiGatewayMethod } from './apigateway-method.js';
import { apiGatewayModel } from './apigateway-model.js';
import { apiGatewayRequestValidator } from './apigateway-requestValidator.js';
import { apiGatewayResource } from './apigateway-resource.js';
import { apiGatewayRestApi } from './apigateway-restApi.js';
import { apiGatewayStage } from './apigateway-stage.js';
import { apiGatewayUsagePlan } from './apigateway-usagePlan.js';
import { apiGatewayUsagePlanKey } from './apigateway-usagePlanKey.js';
import { apiGatewayV2Api } from './apigatewayv2-api.js';
import { apiGatewayV2Authorizer } from './apigatewayv2-authorizer.js';
import { apiGatewayV2Deployment } from './apigatewayv2-deployment.js';
import { apiGatewayV2Integration } from './apigatewayv2-integration.js';
import { apiGatewayV2Route } from './apigatewayv2-route.js';
import { apiGatewayV2Stage } from './apigatewayv2-stage.js';
import { cdkMetadata } from './cdk-metadata.js';
import { cloudWatchAlarm } from './cloudwatch-alarm.js';
import { customResource, isCustomResourceType } from './custom-resource.js';
import { dynamodbTable } from './dynamodb-table.js';
import { eventsEventBus } from './events-eventBus.js';
import { eventsRule } from './events-rule.js';
import { iamPolicy } from './iam-policy.js';
import { iamRole } from './iam-role.js';
import { lambdaAlias } from './lambda-alias.js';
import { lambdaEventInvokeConfig } from './lambda-eventInvokeConfig.js';
import { lambdaEventSourceMapping } from './lambda-eventSourceMapping.js';
import { lambdaFunction } from './lambda-function.js';
import { lambdaLayerVersion } from './lambda-layerVersion.js';
import { lambdaLayerVersionPermission } from './lambda-layerVersionPermission.js';
import { lambdaPermission } from './lambda-permission.js';
import { lambdaVersion } from './lambda-version.js';
import { logsLogGroup } from './logs-logGroup.js';
import { s3Bucket } from './s3-bucket.js';
import { s3BucketPolicy } from './s3-bucketPolicy.js';
import { secretsManagerSecret } from './secretsmanager-secret.js';
import { snsSubscription } from './sns-subscription.js';
import { snsTopic } from './sns-topic.js';
import { snsTopicPolicy } from './sns-topicPolicy.js';
import { sqsQueue } from './sqs-queue.js';
import { sqsQueuePolicy } from './sqs-queuePolicy.js';
import { ssmParameter } from './ssm-parameter.js';

const HANDLERS: Record<string, ResourceHandler> = {
  'AWS::Lambda::Function': lambdaFunction,
  'AWS::Lambda::Version': lambdaVersion,
  'AWS::Lambda::Alias': lambdaAlias,
  'AWS::Lambda::Permission': lambdaPermission,
  'AWS::Lambda::EventInvokeConfig': lambdaEventInvokeConfig,
  'AWS::Lambda::EventSourceMapping': lambdaEventSourceMapping,
  'AWS::Lambda::LayerVersion': lambdaLayerVersion,
  'AWS::Lambda::LayerVersionPermission': lambdaLayerVersionPermission,
  'AWS::SQS::Queue': sqsQueue,
  'AWS::SQS::QueuePolicy': sqsQueuePolicy,
  'AWS::SNS::Topic': snsTopic,
  'AWS::SNS::Subscription': snsSubscription,
  'AWS::SNS::TopicPolicy': snsTopicPolicy,
  'AWS::Events::EventBus': eventsEventBus,
  'AWS::Events::Rule': eventsRule,
  'AWS::S3::Bucket': s3Bucket,
  'AWS::S3::BucketPolicy': s3BucketPolicy,
  'AWS::IAM::Role': iamRole,
  'AWS::IAM::Policy': iamPolicy,
  'AWS::Logs::LogGroup': logsLogGroup,
  'AWS::CDK::Metadata': cdkMetadata,
  'AWS::DynamoDB::Table': dynamodbTable,
  'AWS::SSM::Parameter': ssmParameter,
  'AWS::SecretsManager::Secret': secretsManagerSecret,
  'AWS::CloudWatch::Alarm': cloudWatchAlarm,
  'AWS::ApiGateway::RestApi': apiGatewayRestApi,
  'AWS::ApiGateway::Resource': apiGatewayResource,
  'AWS::ApiGateway::Method': apiGatewayMethod,
  'AWS::ApiGateway::Deployment': apiGatewayDeployment,
  'AWS::ApiGateway::Stage': apiGatewayStage,
  'AWS::ApiGateway::Authorizer': apiGatewayAuthorizer,
  'AWS::ApiGateway::RequestValidator': apiGatewayRequestValidator,
  'AWS::ApiGateway::Model': apiGatewayModel,
  'AWS::ApiGateway::ApiKey': apiGatewayApiKey,
  'AWS::ApiGateway::UsagePlan': apiGatewayUsagePlan,
  'AWS::ApiGateway::UsagePlanKey': apiGatewayUsagePlanKey,
  'AWS::ApiGatewayV2::Api': apiGatewayV2Api,
  'AWS::ApiGatewayV2::Route': apiGatewayV2Route,
  'AWS::ApiGatewayV2::Integration': apiGatewayV2Integration,
  'AWS::ApiGatewayV2::Stage': apiGatewayV2Stage,
  'AWS::ApiGatewayV2::Deployment': apiGatewayV2Deployment,
  'AWS::ApiGatewayV2::Authorizer': apiGatewayV2Authorizer,
};

export function handlerFor(type: string): ResourceHandler | undefined {
  return HANDLERS[type] ?? (isCustomResourceType(type) ? customResource : undefined);
}
