// The CloudFormation operations by name, each `(ctx, input: <SDK request>) => <SDK response>`.
import type { Operations } from '../protocol/service.js';
import type { CloudFormationContext } from './context.js';
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
import { updateStack } from './updateStack.js';
import { validateTemplate } from './validateTemplate.js';

export const OPERATIONS: Operations<CloudFormationContext> = {
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
