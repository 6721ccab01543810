// The local cloud as a library: start it in-process, or reach its pieces. Deploying to it (or to any
// CloudFormation endpoint) is @destinations-action/deploy's job.

export { type CloudConfig, DEFAULT_CONFIG, LocalCloud, type Service } from './cloud.js';
export { type Interpreter, interpreterSettings } from './lambda/runtime/interpreters.js';
export { AwsError } from './protocol/errors.js';
export { type RunningCloud, startLocalCloud } from './server.js';
export { VERSION } from './version.js';
