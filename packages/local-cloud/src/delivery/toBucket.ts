// An S3 bucket as target: the body is one object under the key the sender gives.
import { DeliveryFailure, type Target } from './target.js';

export const toBucket: Target = {
  // PutObject is an object-level action and ListBucket a bucket-level one: AWS asks for both.
  permissions: (arn, o) => [
    ['s3:ListBucket', arn.text],
    ['s3:PutObject', `${arn.text}/${o.key ?? ''}`],
  ],
  send(cloud, arn, body, o) {
    const s3 = cloud.s3;
    if (!s3) throw new DeliveryFailure('S3 is not served by this local cloud');
    if (o.key === undefined) throw new DeliveryFailure('an S3 object needs a key');
    if (!s3.bucketExists(arn.resourceName)) throw new DeliveryFailure('the bucket does not exist');
    s3.putObject(arn.resourceName, o.key, Buffer.from(body), o.contentType);
  },
};
