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
} from "./chunk-ZZGC3E3J.js";
import {
  AwsError
} from "./chunk-DGL6V532.js";
import "./chunk-XSXZYYAN.js";
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
