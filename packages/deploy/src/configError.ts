// A service that cannot be deployed as written: its configuration names something the cloud does not
// take (an unsupported runtime, a stage name no stack can carry). The CLIs exit 2 for it.
export class ServiceConfigError extends Error {
  override name = 'ServiceConfigError';
}
