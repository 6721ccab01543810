// The one way a service of the local cloud sends a message to an ARN (Lambda destinations and DLQs,
// EventBridge targets, SNS subscriptions): the target found by the ARN's service, the principal's
// permissions checked, the send, and each failure logged and counted once.
import { type Arn, parseArn } from '../arn.js';
import type { LocalCloud } from '../cloud.js';
import type { DeliveryOptions } from '../internal.js';
import { DeliveryFailure, type Target } from './target.js';
import { toBucket } from './toBucket.js';
import { toBus } from './toBus.js';
import { toFunction } from './toFunction.js';
import { toQueue } from './toQueue.js';
import { toTopic } from './toTopic.js';

const TARGETS: Record<string, Target> = {
  sqs: toQueue,
  sns: toTopic,
  events: toBus,
  lambda: toFunction,
  s3: toBucket,
};

/** Sends `body` to the ARN; answers whether it was delivered (a failure is already logged and counted). */
export function deliverTo(cloud: LocalCloud, to: string | Arn, body: string, o: DeliveryOptions): boolean {
  const arn = typeof to === 'string' ? parseArn(to) : to;
  try {
    if (!arn) throw new DeliveryFailure(`'${String(to)}' is not an ARN`);
    const target = TARGETS[arn.service];
    if (!target || !o.sender.services.includes(arn.service)) {
      throw new DeliveryFailure(`${o.sender.as}s of service '${arn.service}' are not supported`);
    }
    if (o.principal && cloud.iam) {
      const policy = target.resourcePolicy?.(cloud, arn);
      for (const [action, resource] of target.permissions(arn, o)) {
        const verdict = cloud.iam.evaluate(o.principal, action, resource, policy);
        if (!verdict.allowed) {
          throw new DeliveryFailure(
            `role ${o.principal} is not allowed ${action} on ${resource} (${verdict.reason})`,
          );
        }
      }
    }
    target.send(cloud, arn, body, o);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    cloud.count(o.sender.failures, o.dimension);
    cloud.log(o.sender.level, `${o.what} not delivered to ${arn?.text ?? String(to)}: ${reason}`);
    return false;
  }
  if (o.sender.deliveries) cloud.count(o.sender.deliveries, o.dimension);
  return true;
}
