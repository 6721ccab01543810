// Delivery to an EventBridge bus: one event from source `lambda` with the record as its detail.
import { type Delivery, DeliveryFailure } from './deliver.js';
import { serializeRecord } from './record.js';

export function deliverToBus(d: Delivery): void {
  const events = d.cloud.events;
  if (!events) throw new DeliveryFailure('EventBridge is not served by this local cloud');
  const region = d.destination.split(':')[3] || d.fn.region;
  const bus = events.describeBus(d.destination, region);
  if (!bus) throw new DeliveryFailure('the event bus does not exist');
  events.putEvent({
    eventBusName: d.destination,
    source: 'lambda',
    detailType: `Lambda Function Invocation Result - ${d.success ? 'Success' : 'Failure'}`,
    detail: serializeRecord(d.record),
    resources: [bus.arn, d.record.functionArn],
    time: d.record.timestamp,
    region,
  });
}
