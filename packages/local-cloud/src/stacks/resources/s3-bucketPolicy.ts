// AWS::S3::BucketPolicy: PutBucketPolicy; a local S3 without bucket policies gives a warning only.
import { DeleteBucketPolicyCommand, PutBucketPolicyCommand } from '@aws-sdk/client-s3';
import { gone, jsonText, optional, s3Client } from '../clients.js';
import type { HandlerContext, ResourceHandler } from '../types.js';

async function put(ctx: HandlerContext, props: Record<string, unknown>): Promise<void> {
  await optional(ctx, 'S3 PutBucketPolicy', () =>
    s3Client(ctx).send(
      new PutBucketPolicyCommand({ Bucket: String(props.Bucket), Policy: jsonText(props.PolicyDocument)! }),
    ),
  );
}

export const s3BucketPolicy: ResourceHandler = {
  required: ['Bucket', 'PolicyDocument'],
  replaceOn: ['Bucket'],
  async create(ctx, props) {
    await put(ctx, props);
    return { physicalId: String(props.Bucket) };
  },
  async update(ctx, current, props) {
    await put(ctx, props);
    return { physicalId: current.physicalId };
  },
  async delete(ctx, current) {
    await optional(ctx, 'S3 DeleteBucketPolicy', () =>
      gone(() => s3Client(ctx).send(new DeleteBucketPolicyCommand({ Bucket: current.physicalId }))),
    );
  },
};
