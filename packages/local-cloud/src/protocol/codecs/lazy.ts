// A face whose SDK client module (several MB each, for its schemas) is imported at the service's first
// request, so `local-cloud start` pays memory only for the services a run uses. Until then, errors are
// written by the same codec without a model, and routing questions load it.
import { readModel, type ServiceModel } from '../model.js';
import type { Face } from '../service.js';

export const EMPTY_MODEL: ServiceModel = { operations: new Map(), errors: new Map() };

/** `build(undefined)` is the face before its model is loaded: it serves nothing and writes errors. */
export function lazyFace(client: () => Promise<object>, build: (model?: ServiceModel) => Face): Face {
  const unloaded = build();
  let face: Face | undefined;
  let loading: Promise<Face> | undefined;
  const load = (): Promise<Face> => {
    loading ??= client().then((module) => {
      face = build(readModel(module));
      return face;
    });
    return loading;
  };
  return {
    protocol: unloaded.protocol,
    targetPrefix: unloaded.targetPrefix,
    accepts: unloaded.accepts,
    writeError: (req, res, err) => (face ?? unloaded).writeError(req, res, err),
    serve: (req, res) => (face ? face.serve(req, res) : load().then((f) => f.serve(req, res))),
    knows:
      unloaded.knows &&
      ((question) => (face ? face.knows?.(question) : load().then((f) => f.knows?.(question)))),
  };
}
