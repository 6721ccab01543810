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
} from "./chunk-J3WJTRZH.js";
import {
  AwsError
} from "./chunk-JTTTAMX2.js";
import "./chunk-XCAJKSQ3.js";
import "./chunk-MVGRCA6P.js";
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
//# sourceMappingURL=src-4QAJNWK3.js.map
