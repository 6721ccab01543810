// cloudformation (awsQuery): stacks, change sets and exports, served by the stack engine.
import type { LocalCloud, Service } from '../cloud.js';
import { type QueryOperation, serveAwsQuery } from '../protocol/awsQuery.js';
import type { StackEngine } from '../stacks/engine.js';
import { createChangeSet } from './createChangeSet.js';
import { createStack } from './createStack.js';
import { deleteChangeSet } from './deleteChangeSet.js';
import { deleteStack } from './deleteStack.js';
import { describeChangeSet } from './describeChangeSet.js';
import { describeStackEvents } from './describeStackEvents.js';
import { describeStackResource } from './describeStackResource.js';
import { describeStackResources } from './describeStackResources.js';
import { describeStacks } from './describeStacks.js';
import { executeChangeSet } from './executeChangeSet.js';
import { getTemplate } from './getTemplate.js';
import { listChangeSets } from './listChangeSets.js';
import { listExports } from './listExports.js';
import { listImports } from './listImports.js';
import { listStackResources } from './listStackResources.js';
import { listStacks } from './listStacks.js';
import { NAMESPACE, type Operation } from './shapes.js';
import { updateStack } from './updateStack.js';
import { validateTemplate } from './validateTemplate.js';

const OPERATIONS: Record<string, Operation> = {
  CreateStack: createStack,
  UpdateStack: updateStack,
  DeleteStack: deleteStack,
  DescribeStacks: describeStacks,
  DescribeStackEvents: describeStackEvents,
  DescribeStackResource: describeStackResource,
  DescribeStackResources: describeStackResources,
  ListStackResources: listStackResources,
  ListStacks: listStacks,
  GetTemplate: getTemplate,
  ValidateTemplate: validateTemplate,
  ListExports: listExports,
  ListImports: listImports,
  CreateChangeSet: createChangeSet,
  DescribeChangeSet: describeChangeSet,
  ExecuteChangeSet: executeChangeSet,
  DeleteChangeSet: deleteChangeSet,
  ListChangeSets: listChangeSets,
};

export function createCloudFormationService(cloud: LocalCloud): Service {
  // The engine (and the AWS SDK clients its resource handlers drive) loads at the first request:
  // a local cloud that never deploys a stack never pays their memory.
  let engine: StackEngine | undefined;
  let loading: Promise<StackEngine> | undefined;
  const engineOf = () =>
    (loading ??= import('../stacks/engine.js').then(({ StackEngine }) => {
      engine = new StackEngine(cloud);
      return engine;
    }));
  const operations: Record<string, QueryOperation> = Object.fromEntries(
    Object.entries(OPERATIONS).map(([name, op]) => [
      name,
      async (form, req) => op(await engineOf(), form, req),
    ]),
  );
  return {
    name: 'cloudformation',
    handle: (req, res) => serveAwsQuery({ namespace: NAMESPACE, operations }, req, res),
    stop: () => engine?.stop(),
  };
}
