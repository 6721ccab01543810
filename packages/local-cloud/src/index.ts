// The local cloud as a library: start it in-process, or reach its pieces.

export { type CloudConfig, DEFAULT_CONFIG, LocalCloud, type Service } from './cloud.js';
export { AwsError } from './protocol/errors.js';
export { type RunningCloud, startLocalCloud } from './server.js';
export type { DeployResult, FunctionSummary } from './stacks/deployResult.js';
export { type DeployTemplateOptions, deployTemplate } from './stacks/deployTemplate.js';
export { type RemoveResult, type RemoveStackOptions, removeStack } from './stacks/removeStack.js';
export { deployServerless, removeServerless, type ServerlessOptions } from './stacks/serverless.js';
export { StackOperationError } from './stacks/waitForStack.js';
export { VERSION } from './version.js';
