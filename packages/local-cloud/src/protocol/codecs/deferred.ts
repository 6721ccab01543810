// An awsJson face whose SDK client module (several MB each, for its schemas) is imported at the service's
// first request, so `local-cloud start` pays memory only for the services a run uses.
import type { ServiceModel } from '../model.js';
import { readModel } from '../model.js';
import type { Face } from '../service.js';
import { type AwsJsonOptions, awsJsonFace } from './awsJson.js';

export interface DeferredAwsJsonOptions<C> extends Omit<AwsJsonOptions<C>, 'model'> {
  /** The client whose schemas the face reads, e.g. `() => import('@aws-sdk/client-ecr')`. */
  client: () => Promise<object>;
}

const EMPTY: ServiceModel = { operations: new Map(), errors: new Map() };

export function deferredAwsJsonFace<C>(options: DeferredAwsJsonOptions<C>): Face {
  const { client, ...rest } = options;
  // Errors written before the first request (a body too large) need no model: the same writer, unloaded.
  const unloaded = awsJsonFace({ ...rest, model: EMPTY, operations: {} });
  let loading: Promise<Face> | undefined;
  let face: Face | undefined;
  return {
    protocol: unloaded.protocol,
    targetPrefix: unloaded.targetPrefix,
    accepts: unloaded.accepts,
    writeError: (req, res, err) => (face ?? unloaded).writeError(req, res, err),
    async serve(req, res) {
      loading ??= client().then((module) => awsJsonFace({ ...rest, model: readModel(module) }));
      face ??= await loading;
      await face.serve(req, res);
    },
  };
}
