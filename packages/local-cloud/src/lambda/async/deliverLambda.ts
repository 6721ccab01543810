// Delivery to another function: the record becomes the event of an asynchronous invocation.
import { type Delivery, DeliveryFailure } from './deliver.js';
import { serializeRecord } from './record.js';

export function deliverToFunction(d: Delivery): void {
  const lambda = d.cloud.lambda;
  if (!lambda) throw new DeliveryFailure('Lambda is not served by this local cloud');
  const region = d.destination.split(':')[3] || d.fn.region;
  if (!lambda.describeFunction(d.destination, region))
    throw new DeliveryFailure('the function does not exist');
  lambda.invokeAsync(d.destination, Buffer.from(serializeRecord(d.record)), { region });
}
