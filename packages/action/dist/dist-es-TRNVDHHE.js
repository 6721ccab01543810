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
} from "./chunk-FKI3HYIB.js";
import "./chunk-3LM7QGB6.js";
import "./chunk-LLGAGLA7.js";
import "./chunk-ZUAEK74L.js";
import "./chunk-I5IRQRV3.js";
export {
  ENV_ACCOUNT_ID,
  ENV_CREDENTIAL_SCOPE,
  ENV_EXPIRATION,
  ENV_KEY,
  ENV_SECRET,
  ENV_SESSION,
  fromEnv
};
