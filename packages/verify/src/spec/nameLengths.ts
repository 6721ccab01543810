// The names a stage produces, held to AWS's lengths before anything is deployed: a long stage otherwise
// deploys for seconds and then fails on the IAM role's name (64), a function's (64) or a queue's (80).
import { ConfigError } from '../errors.js';

/** A name the deploy gives a resource, and AWS's longest for it. */
export interface ProducedName {
  /** What it names, for the message: `IAM role name`, `function name`, `queue name`. */
  kind: string;
  name: string;
  limit: number;
}

/** AWS's limits: IAM CreateRole RoleName, Lambda CreateFunction FunctionName, SQS CreateQueue QueueName. */
export const NAME_LIMITS = { role: 64, function: 64, queue: 80 } as const;

/**
 * Throws a ConfigError for the name that is longest over its limit. When the stage is in it, the message
 * names the stage and the longest stage that fits; else the name, as serverless.yml spells it.
 */
export function checkNameLengths(names: readonly ProducedName[], stage: string): void {
  const over = names
    .map((n) => ({ ...n, excess: n.name.length - n.limit }))
    .filter((n) => n.excess > 0)
    .sort((a, b) => b.excess - a.excess);
  if (over.length === 0) return;
  const worst = over.find((n) => n.name.includes(stage)) ?? over[0];
  const what = `the ${worst.kind} '${worst.name}' would be ${worst.name.length} characters, and AWS allows ${worst.limit}`;
  if (!worst.name.includes(stage)) throw new ConfigError(`${what}: shorten it in serverless.yml`);
  const fits = stage.length - worst.excess;
  throw new ConfigError(
    `stage '${stage}' (${stage.length} characters) is too long for the names it produces: ${what}` +
      (fits > 0 ? `; use a stage of at most ${fits} characters` : '; shorten the service name'),
  );
}
