// API Gateway in the local cloud: REST APIs (v1, `/restapis...`) and HTTP/WebSocket APIs (v2, `/v2/...`)
// as records, each on its own restJson face under the one signing name `apigateway`. Serving HTTP
// requests through them (execute-api) is not done.
import type { LocalCloud, Service } from '../cloud.js';
import type { Call } from '../protocol/call.js';
import { restJsonFace } from '../protocol/codecs/restJson.js';
import type { Face } from '../protocol/service.js';
import { ApiGatewayContext } from './context.js';
import { ApiGatewayStore } from './store.js';
import { V1_OPERATIONS } from './v1/operations.js';
import { V2_OPERATIONS } from './v2/operations.js';

const isV2 = (path: string) => path.startsWith('/v2/');
/** The v1 paths served here; its other families (domain names, VPC links, ...) answer only when signed. */
const V1_PATHS = /^\/(restapis|apikeys|usageplans)(\/|$)/;

/**
 * A face that reads only its own version's paths (`accepts`, the choice within the service) and claims
 * only `claims` from the router (for requests without a signature naming the service).
 */
function onPaths(face: Face, mine: (path: string) => boolean, claims: (path: string) => boolean): Face {
  return {
    protocol: face.protocol,
    serve: face.serve,
    writeError: face.writeError,
    // Checked before the face is asked, so a path of neither version loads no model.
    knows: (question) => (claims(question.path) ? face.knows?.(question) : undefined),
    accepts: (req) => mine(req.path),
  };
}

export function createApiGatewayService(_cloud: LocalCloud): Service {
  const store = new ApiGatewayStore();
  const context = (call: Call) => new ApiGatewayContext(store, call);
  return {
    // REST and HTTP APIs share the signing name; the path tells the versions apart.
    name: 'apigateway',
    faces: [
      onPaths(
        restJsonFace({
          client: () => import('@aws-sdk/client-apigatewayv2'),
          operations: V2_OPERATIONS,
          context,
        }),
        isV2,
        isV2,
      ),
      onPaths(
        restJsonFace({
          client: () => import('@aws-sdk/client-api-gateway'),
          operations: V1_OPERATIONS,
          context,
        }),
        (path) => !isV2(path),
        (path) => V1_PATHS.test(path),
      ),
    ],
  };
}
