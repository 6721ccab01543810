// Every service the local cloud serves, in the order they start.
import { createApiGatewayService } from './apigateway/index.js';
import type { LocalCloud } from './cloud.js';
import { createCloudFormationService } from './cloudformation/index.js';
import { createCloudWatchService } from './cloudwatch/index.js';
import { createDynamoDbService } from './dynamodb/index.js';
import { createEcrService } from './ecr/index.js';
import { createEventsService } from './events/index.js';
import { createIamService } from './iam/index.js';
import { createLambdaService } from './lambda/index.js';
import { createLogsService } from './logs/index.js';
import { createS3Service } from './s3/index.js';
import { createSecretsManagerService } from './secretsmanager/index.js';
import { createSnsService } from './sns/index.js';
import { createSqsService } from './sqs/index.js';
import { createSsmService } from './ssm/index.js';
import { createStsService } from './sts/index.js';

export function registerServices(cloud: LocalCloud): void {
  cloud.register(createSqsService(cloud));
  cloud.register(createSnsService(cloud));
  cloud.register(createEventsService(cloud));
  cloud.register(createS3Service(cloud));
  cloud.register(createLogsService(cloud));
  cloud.register(createLambdaService(cloud));
  cloud.register(createStsService(cloud));
  cloud.register(createIamService(cloud));
  cloud.register(createCloudFormationService(cloud));
  cloud.register(createEcrService(cloud));
  cloud.register(createDynamoDbService(cloud));
  cloud.register(createSsmService(cloud));
  cloud.register(createSecretsManagerService(cloud));
  cloud.register(createCloudWatchService(cloud));
  cloud.register(createApiGatewayService(cloud));
}
