import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
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
} from "./chunk-CMUFCIWN.js";
import "./chunk-LKTKAQ2C.js";
import "./chunk-QSR5JTMT.js";
import "./chunk-QL5DKQCF.js";
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
