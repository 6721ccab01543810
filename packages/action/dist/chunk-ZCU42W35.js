import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);

// ../deploy/src/stageName.ts
var STAGE_NAME = /^[a-zA-Z0-9][a-zA-Z0-9-]{0,62}$/;
var STAGE_RULE = "1 to 63 letters, digits or hyphens, starting with a letter or digit";
function isStageName(stage) {
  return STAGE_NAME.test(stage);
}

export {
  STAGE_RULE,
  isStageName
};
//# sourceMappingURL=chunk-ZCU42W35.js.map
