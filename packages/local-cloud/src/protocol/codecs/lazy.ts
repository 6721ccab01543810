// An awsJson face built at its service's first request, so a service that is never called costs no
// memory for its SDK model (several MB each) or for what serves it.
import { toAwsError } from '../errors.js';
import type { Face } from '../service.js';
import { awsJsonFace } from './awsJson.js';

export interface LazyJsonFaceOptions {
  version: '1.0' | '1.1';
  /** The part of `X-Amz-Target` before the dot: the router needs it before anything is loaded. */
  targetPrefix: string;
  /** Shape namespace for `__type` in errors written before the face is loaded. */
  errorNamespace?: string;
}

export interface LazyFace extends Face {
  /** Whether the first request has built the face. */
  readonly loaded: boolean;
}

export function lazyJsonFace(options: LazyJsonFaceOptions, load: () => Promise<Face>): LazyFace {
  let face: Face | undefined;
  let loading: Promise<Face> | undefined;
  // Errors the server writes before the service has served anything (a refused origin, a body too large).
  const bare = awsJsonFace({
    model: { operations: new Map(), errors: new Map() },
    operations: {},
    context: () => undefined,
    ...options,
  });
  return {
    protocol: options.version === '1.0' ? 'awsJson1_0' : 'awsJson1_1',
    targetPrefix: options.targetPrefix,
    get loaded() {
      return face !== undefined;
    },
    accepts: (req) => (face ? face.accepts(req) : req.headers['x-amz-target'] !== undefined),
    writeError: (req, res, err) => (face ?? bare).writeError(req, res, err),
    async serve(req, res) {
      if (!face) {
        loading ??= load();
        try {
          face = await loading;
        } catch (err) {
          // A load that failed (a module missing) is tried again by the next request.
          loading = undefined;
          bare.writeError(req, res, toAwsError(err));
          return;
        }
      }
      await face.serve(req, res);
    },
  };
}
