// GetBucketNotificationConfiguration: the bucket's event notifications, empty when none were put.
import type {
  GetBucketNotificationConfigurationRequest,
  NotificationConfiguration,
} from '@aws-sdk/client-s3';
import type { S3Context } from './context.js';

export function getBucketNotificationConfiguration(
  ctx: S3Context,
  input: GetBucketNotificationConfigurationRequest,
): NotificationConfiguration {
  return ctx.store.bucket(input.Bucket).notification ?? {};
}
