// A Lambda function as target: the body is the event of an asynchronous invocation.
import { DeliveryFailure, type Target } from './target.js';

export const toFunction: Target = {
  permissions: (arn) => [['lambda:InvokeFunction', arn.text]],
  send(cloud, arn, body, o) {
    const lambda = cloud.lambda;
    if (!lambda) throw new DeliveryFailure('Lambda is not served by this local cloud');
    const region = arn.region || o.region || cloud.config.region;
    if (!lambda.describeFunction(arn.text, region)) throw new DeliveryFailure('the function does not exist');
    lambda.invokeAsync(arn.text, Buffer.from(body), { region });
  },
};
