import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type RunningCloud, startLocalCloud } from '../src/index.js';

/** `aws` on the PATH (v1 here) and the v2 install at its usual place; each runs only when present. */
function cliVersion(bin: string): string | undefined {
  try {
    return execFileSync(bin, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch {
    return undefined;
  }
}

const candidates = [
  { label: 'aws on the PATH', bin: 'aws' },
  { label: 'AWS CLI v2 at /usr/bin/aws', bin: '/usr/bin/aws' },
].map((c) => ({ ...c, version: cliVersion(c.bin) }));

let cloud: RunningCloud;
let work: string;
beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0, logLevel: 'quiet' });
  work = mkdtempSync(join(tmpdir(), 's3-cli-'));
});
afterAll(async () => {
  await cloud.stop();
  rmSync(work, { recursive: true, force: true });
});

/** Runs the CLI asynchronously (the local cloud answers from this same process) with a clean env. */
function aws(bin: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      bin,
      [...args, '--endpoint-url', cloud.url],
      {
        env: {
          PATH: process.env.PATH ?? '/usr/bin:/bin',
          HOME: work,
          AWS_ACCESS_KEY_ID: 'test',
          AWS_SECRET_ACCESS_KEY: 'test',
          AWS_DEFAULT_REGION: 'us-east-1',
          AWS_CONFIG_FILE: join(work, 'no-config'),
          AWS_SHARED_CREDENTIALS_FILE: join(work, 'no-credentials'),
          AWS_PAGER: '',
        },
        maxBuffer: 16 * 1024 * 1024,
      },
      (err, stdout, stderr) => {
        if (err) reject(new Error(`${bin} ${args.join(' ')} failed: ${stderr || err.message}`));
        else resolve(stdout);
      },
    );
  });
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

for (const cli of candidates) {
  const run = cli.version ? describe : describe.skip;
  if (!cli.version) console.warn(`skipping S3 CLI tests for ${cli.label}: the binary is not installed`);
  run(`${cli.label} (${cli.version ?? 'absent'})`, () => {
    const bucket = `cli-${cli.bin === 'aws' ? 'path' : 'v2'}-${process.pid}`;
    const small = () => join(work, `${bucket}-small.txt`);
    const big = () => join(work, `${bucket}-big.bin`);
    let bigData: Buffer;

    beforeAll(() => {
      writeFileSync(small(), 'small file from the CLI\n');
      // Above the CLI's 8 MB multipart threshold, so `s3 cp` uploads in parts and downloads in ranges.
      bigData = Buffer.alloc(9 * 1024 * 1024 + 123);
      for (let i = 0; i < bigData.length; i += 997) bigData[i] = i % 256;
      writeFileSync(big(), bigData);
    });

    it('makes a bucket and lists it', async () => {
      expect(await aws(cli.bin, ['s3', 'mb', `s3://${bucket}`])).toContain(`make_bucket: ${bucket}`);
      expect(await aws(cli.bin, ['s3', 'ls'])).toContain(bucket);
    });

    it('copies a small and a multipart file up and lists them', async () => {
      await aws(cli.bin, ['s3', 'cp', small(), `s3://${bucket}/dir/small.txt`]);
      await aws(cli.bin, ['s3', 'cp', big(), `s3://${bucket}/dir/big.bin`]);
      const listing = await aws(cli.bin, ['s3', 'ls', `s3://${bucket}/dir/`]);
      expect(listing).toMatch(/\s24 small\.txt/);
      expect(listing).toContain(`${bigData.length} big.bin`);
      expect(await aws(cli.bin, ['s3', 'ls', `s3://${bucket}/`])).toContain('PRE dir/');
    });

    it('copies both files back down byte for byte', async () => {
      const downSmall = join(work, `${bucket}-down.txt`);
      const downBig = join(work, `${bucket}-down.bin`);
      await aws(cli.bin, ['s3', 'cp', `s3://${bucket}/dir/small.txt`, downSmall]);
      await aws(cli.bin, ['s3', 'cp', `s3://${bucket}/dir/big.bin`, downBig]);
      expect(readFileSync(downSmall, 'utf8')).toBe('small file from the CLI\n');
      expect(sha(readFileSync(downBig))).toBe(sha(bigData));
    });

    it('lists through s3api list-objects-v2', async () => {
      const out = JSON.parse(await aws(cli.bin, ['s3api', 'list-objects-v2', '--bucket', bucket])) as {
        Contents: { Key: string; Size: number; ETag: string }[];
      };
      expect(out.Contents.map((c) => c.Key)).toEqual(['dir/big.bin', 'dir/small.txt']);
      expect(out.Contents[1].Size).toBe(24);
      expect(out.Contents[0].ETag).toMatch(/^"[0-9a-f]{32}-2"$/);
    });

    it('removes one object, then the rest recursively, then the bucket', async () => {
      expect(await aws(cli.bin, ['s3', 'rm', `s3://${bucket}/dir/small.txt`])).toContain('delete:');
      await aws(cli.bin, ['s3', 'cp', small(), `s3://${bucket}/other/a.txt`]);
      const removed = await aws(cli.bin, ['s3', 'rm', '--recursive', `s3://${bucket}/`]);
      expect(removed).toContain('dir/big.bin');
      expect(removed).toContain('other/a.txt');
      expect(cloud.cloud.s3?.getObject(bucket, 'dir/big.bin')).toBeUndefined();
      expect(await aws(cli.bin, ['s3', 'rb', `s3://${bucket}`])).toContain(`remove_bucket: ${bucket}`);
      expect(cloud.cloud.s3?.bucketExists(bucket)).toBe(false);
    });
  });
}
