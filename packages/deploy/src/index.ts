// @destinations-action/deploy: the client side of deploying. Package a Serverless service with its own
// framework, apply a template to any CloudFormation endpoint, wait, summarize, remove; a stage deployed
// and removed one way on AWS and one way on a local cloud.

export { CommandError, commandExists } from './command.js';
export { ServiceConfigError } from './configError.js';
export type { DeployResult, FunctionSummary } from './deployResult.js';
export { type DeployTemplateOptions, deployTemplate } from './deployTemplate.js';
export {
  type PackagedService,
  type PackageOptions,
  packageService,
  readPackage,
  serverlessBinary,
} from './package.js';
export {
  PLACEHOLDER_REASON_PREFIX,
  type Placeholder,
  placeholderLine,
  placeholdersOf,
  STRICT_TAG,
} from './placeholders.js';
export { type RemoveResult, type RemoveStackOptions, removeStack } from './removeStack.js';
export {
  deployPackage,
  deployServerless,
  removeServerless,
  type ServerlessOptions,
  serverlessStackName,
} from './serverless.js';
export { stackPlaceholders } from './stackPlaceholders.js';
export {
  type Cloud,
  deployStage,
  removeStage,
  runServerless,
  type StageDeployed,
  type StageTarget,
} from './stage.js';
export { isStageName, STAGE_NAME, STAGE_RULE } from './stageName.js';
export { StackOperationError, waitForStack } from './waitForStack.js';
