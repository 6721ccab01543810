// An EventBridge bus as target: a new event whose detail is the body, or an event routed on as it is.
import { DeliveryFailure, type Target } from './target.js';

export const toBus: Target = {
  permissions: (arn) => [['events:PutEvents', arn.text]],
  send(cloud, arn, body, o) {
    const events = cloud.events;
    if (!events) throw new DeliveryFailure('EventBridge is not served by this local cloud');
    const region = arn.region || o.region || cloud.config.region;
    if (o.forward) {
      events.forwardEvent(arn.text, o.forward.event, o.forward.hops, region);
      return;
    }
    if (!o.event) throw new DeliveryFailure('an event bus takes events only');
    if (!events.describeBus(arn.text, region)) throw new DeliveryFailure('the event bus does not exist');
    events.putEvent({
      eventBusName: arn.text,
      source: o.event.source,
      detailType: o.event.detailType,
      detail: body,
      resources: o.event.resources,
      time: o.event.time,
      region,
    });
  },
};
