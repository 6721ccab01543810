// S3 tap: new objects under `aws/lambda/async/<function>/`, where Lambda writes failure records; the
// objects holding this run's records are deleted once read.
import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { resourceName } from '../arn.js';
import type { Clients } from '../clients.js';
import { parseRecord, sleep, type Tap } from './types.js';

/** Objects from shortly before the tap opened still count (clock skew). */
const LOOK_BACK_MS = 120_000;

/** The key prefix Lambda writes at, and the key an object written at `time` would sort after. */
export function recordKeys(functionName: string, time: Date): { prefix: string; startAfter: string } {
  const prefix = `aws/lambda/async/${functionName}/`;
  const iso = time.toISOString();
  const [y, mo, d] = [iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10)];
  const stamp = `${iso.slice(0, 10)}T${iso.slice(11, 19).replace(/:/g, '.')}`;
  return { prefix, startAfter: `${prefix}${y}/${mo}/${d}/${stamp}` };
}

export async function openBucketTap(
  clients: Clients,
  bucketArn: string,
  functionNames: string[],
): Promise<Tap> {
  const bucket = resourceName(bucketArn);
  const opened = new Date(Date.now() - LOOK_BACK_MS);
  const seen = new Set<string>();
  return {
    destinationArn: bucketArn,
    type: 's3',
    via: `new objects under ${functionNames.map((n) => recordKeys(n, opened).prefix).join(', ')}`,
    async run(ctx) {
      while (!ctx.signal.aborted) {
        for (const name of functionNames) {
          const { prefix, startAfter } = recordKeys(name, opened);
          try {
            let token: string | undefined;
            do {
              const out = await clients.s3.send(
                new ListObjectsV2Command({
                  Bucket: bucket,
                  Prefix: prefix,
                  StartAfter: token ? undefined : startAfter,
                  ContinuationToken: token,
                }),
                { abortSignal: ctx.signal },
              );
              for (const o of out.Contents ?? []) {
                if (!o.Key || seen.has(o.Key)) continue;
                const got = await clients.s3.send(new GetObjectCommand({ Bucket: bucket, Key: o.Key }), {
                  abortSignal: ctx.signal,
                });
                seen.add(o.Key);
                const record = parseRecord(await got.Body?.transformToString());
                if (record && ctx.isOurs(record)) {
                  ctx.onArrival({ destinationArn: bucketArn, record, arrivedAt: Date.now() });
                  // Ours to remove, as the SQS tap deletes our messages: a bucket left with records of
                  // test runs cannot be deleted with its stack.
                  await clients.s3
                    .send(new DeleteObjectCommand({ Bucket: bucket, Key: o.Key }))
                    .catch(() => undefined);
                }
              }
              token = out.IsTruncated ? out.NextContinuationToken : undefined;
            } while (token && !ctx.signal.aborted);
          } catch {
            if (ctx.signal.aborted) return;
          }
        }
        await sleep(ctx.pollIntervalMs, ctx.signal);
      }
    },
  };
}
