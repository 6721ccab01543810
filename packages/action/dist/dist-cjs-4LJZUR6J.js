import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  require_dist_cjs
} from "./chunk-SOOXIODJ.js";
import "./chunk-O7GQEJVF.js";
import "./chunk-OVRXPEJS.js";
import "./chunk-PJKH72HI.js";
import "./chunk-QL5DKQCF.js";
export default require_dist_cjs();
