// A face built at its service's first request, so `local-cloud start` pays memory only for the services a
// run uses (an SDK client module weighs several MB for its schemas; DynamoDB's engine more). Until then,
// errors are written by the same codec without a model, and routing questions load it.
import { toAwsError } from '../errors.js';
import type { ServiceModel } from '../model.js';
import type { Face } from '../service.js';

export const EMPTY_MODEL: ServiceModel = { operations: new Map(), errors: new Map() };

export interface LazyFace extends Face {
  /** Whether a request has built the face. */
  readonly loaded: boolean;
}

/**
 * `build()` without what `load` gives is the face before its first request: it serves nothing and writes
 * errors. A load that fails answers every request with that error, through the unloaded face.
 */
export function lazyFace<T>(load: () => Promise<T>, build: (loaded?: T) => Face): LazyFace {
  const unloaded = build();
  let face: Face | undefined;
  let loading: Promise<Face> | undefined;
  const ready = (): Promise<Face> => {
    loading ??= load().then((loaded) => {
      face = build(loaded);
      return face;
    });
    return loading;
  };
  return {
    protocol: unloaded.protocol,
    targetPrefix: unloaded.targetPrefix,
    accepts: unloaded.accepts,
    get loaded() {
      return face !== undefined;
    },
    writeError: (req, res, err) => (face ?? unloaded).writeError(req, res, err),
    serve: (req, res) =>
      face
        ? face.serve(req, res)
        : ready().then(
            (f) => f.serve(req, res),
            (err) => unloaded.writeError(req, res, toAwsError(err)),
          ),
    knows:
      unloaded.knows &&
      ((question) => (face ? face.knows?.(question) : ready().then((f) => f.knows?.(question)))),
  };
}
