import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  ENV_ACCOUNT_ID,
  ENV_CREDENTIAL_SCOPE,
  ENV_EXPIRATION,
  ENV_KEY,
  ENV_SECRET,
  ENV_SESSION,
  fromEnv
} from "./chunk-Y6V7PXTC.js";
import "./chunk-BRBA4B7W.js";
import "./chunk-4NZOGS53.js";
import "./chunk-Z7AS5MZG.js";
import "./chunk-SWHUK2SU.js";
import "./chunk-JMQYVHQO.js";
import "./chunk-CPE75FZ3.js";
import "./chunk-MVGRCA6P.js";
export {
  ENV_ACCOUNT_ID,
  ENV_CREDENTIAL_SCOPE,
  ENV_EXPIRATION,
  ENV_KEY,
  ENV_SECRET,
  ENV_SESSION,
  fromEnv
};
//# sourceMappingURL=dist-es-GPI7MR7A.js.map
