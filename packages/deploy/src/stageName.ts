// The stage names a deploy takes: the stage becomes part of the stack name `<service>-<stage>`, so
// letters, digits and hyphens (the Serverless Framework refuses the rest too, after packaging).

export const STAGE_NAME = /^[a-zA-Z0-9][a-zA-Z0-9-]{0,62}$/;

export const STAGE_RULE = '1 to 63 letters, digits or hyphens, starting with a letter or digit';

/** Whether `stage` can be deployed. */
export function isStageName(stage: string): boolean {
  return STAGE_NAME.test(stage);
}
