// Delivery to an S3 bucket (failures only): one JSON object under `aws/lambda/async/<function>/`.
import { randomUUID } from 'node:crypto';
import { type Delivery, DeliveryFailure } from './deliver.js';
import { serializeRecord } from './record.js';

/** `aws/lambda/async/<function-name>/YYYY/MM/DD/YYYY-MM-DDTHH.MM.SS-<uuid>` */
export function recordKey(functionName: string, at: Date): string {
  const iso = at.toISOString();
  const day = `${iso.slice(0, 4)}/${iso.slice(5, 7)}/${iso.slice(8, 10)}`;
  return `aws/lambda/async/${functionName}/${day}/${iso.slice(0, 19).replaceAll(':', '.')}-${randomUUID()}`;
}

export function deliverToBucket(d: Delivery, key: string): void {
  const s3 = d.cloud.s3;
  if (!s3) throw new DeliveryFailure('S3 is not served by this local cloud');
  const bucket = d.destination.split(':').slice(5).join(':');
  if (!s3.bucketExists(bucket)) throw new DeliveryFailure('the bucket does not exist');
  s3.putObject(bucket, key, Buffer.from(serializeRecord(d.record)), 'application/json');
}
