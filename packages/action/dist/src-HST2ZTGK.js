import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  DEFAULT_CONFIG,
  LocalCloud,
  StackOperationError,
  VERSION,
  deployServerless,
  deployTemplate,
  removeServerless,
  removeStack,
  startLocalCloud
} from "./chunk-MDOTTGK6.js";
import {
  AwsError
} from "./chunk-TROHKFFJ.js";
import "./chunk-V3FPIPZU.js";
import "./chunk-I5IRQRV3.js";
export {
  AwsError,
  DEFAULT_CONFIG,
  LocalCloud,
  StackOperationError,
  VERSION,
  deployServerless,
  deployTemplate,
  removeServerless,
  removeStack,
  startLocalCloud
};
