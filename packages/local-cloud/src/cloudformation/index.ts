// CloudFormation in the local cloud (awsQuery): stacks, change sets and exports, one module an operation,
// served by the stack engine.
import type { LocalCloud, Service } from '../cloud.js';
import { READS, savingAfter } from '../persistence/operations.js';
import type { Call } from '../protocol/call.js';
import { awsQueryFace } from '../protocol/codecs/awsQuery.js';
import type { StackEngine } from '../stacks/engine.js';
import { CloudFormationContext } from './context.js';
import { OPERATIONS } from './operations.js';

export const CLOUDFORMATION_NAMESPACE = 'http://cloudformation.amazonaws.com/doc/2010-05-15/';

export function createCloudFormationService(cloud: LocalCloud): Service {
  // The engine (and the AWS SDK clients its resource handlers drive) loads at the first request that
  // needs it: a local cloud that never deploys a stack never pays their memory.
  let engine: StackEngine | undefined;
  let loading: Promise<StackEngine> | undefined;
  const engineOf = () =>
    (loading ??= import('../stacks/engine.js').then(({ StackEngine }) => {
      engine = new StackEngine(cloud);
      return engine;
    }));
  return {
    name: 'cloudformation',
    faces: [
      awsQueryFace({
        client: () => import('@aws-sdk/client-cloudformation'),
        namespace: CLOUDFORMATION_NAMESPACE,
        operations: savingAfter(
          OPERATIONS,
          cloud.state && (() => engine?.save()),
          (name) => READS.test(name) || name === 'ValidateTemplate',
        ),
        context: (call: Call) => new CloudFormationContext(engineOf, call),
      }),
    ],
    stop: () => engine?.stop(),
  };
}
