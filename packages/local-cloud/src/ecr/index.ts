// ecr: just enough for `serverless remove`, which asks whether the service has an image repository
// (DescribeRepositories); every other ECR operation answers 501.
import type { LocalCloud, Service } from '../cloud.js';
import { awsJsonFace } from '../protocol/codecs/awsJson.js';
import type { Operations } from '../protocol/service.js';
import type { EcrContext } from './context.js';
import { describeRepositories } from './describeRepositories.js';

const OPERATIONS: Operations<EcrContext> = { DescribeRepositories: describeRepositories };

/** Every service is made from the cloud; this one needs nothing of it. */
export function createEcrService(_cloud: LocalCloud): Service {
  return {
    name: 'ecr',
    faces: [
      // A JSON 1.1 service: errors carry the bare code in `__type`, as ECR sends them.
      awsJsonFace({
        client: () => import('@aws-sdk/client-ecr'),
        version: '1.1',
        targetPrefix: 'AmazonEC2ContainerRegistry_V20150921',
        operations: OPERATIONS,
        context: (call): EcrContext => ({ accountId: call.accountId }),
      }),
    ],
  };
}
