// What every target kind of `deliverTo` offers: the IAM actions a send needs, and the send itself.
import type { Arn } from '../arn.js';
import type { LocalCloud } from '../cloud.js';
import type { DeliveryOptions } from '../internal.js';

/** Thrown by a target kind: why the message was not delivered (logged and counted by deliverTo). */
export class DeliveryFailure extends Error {}

/** One service's way to receive a message: an SQS queue, an SNS topic, a bus, a function, a bucket. */
export interface Target {
  /** The `[action, resource]` pairs the principal's policies must allow, in the order AWS checks them. */
  permissions(arn: Arn, options: DeliveryOptions): [string, string][];
  /** The target's own resource policy (JSON text), which may grant the principal the action. */
  resourcePolicy?(cloud: LocalCloud, arn: Arn): string | undefined;
  send(cloud: LocalCloud, arn: Arn, body: string, options: DeliveryOptions): void;
}
