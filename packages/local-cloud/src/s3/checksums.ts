// The checksums S3 stores and compares: MD5 (ETag, Content-MD5) and the SDK's flexible checksums.
import { createHash } from 'node:crypto';
import { crc32 as zlibCrc32 } from 'node:zlib';

export type ChecksumAlgorithm = 'CRC32' | 'CRC32C' | 'CRC64NVME' | 'SHA1' | 'SHA256';
export const CHECKSUM_ALGORITHMS: readonly ChecksumAlgorithm[] = [
  'CRC32',
  'CRC32C',
  'CRC64NVME',
  'SHA1',
  'SHA256',
];

/** Decoded length of each algorithm's value, to refuse malformed headers. */
export const CHECKSUM_BYTES: Record<ChecksumAlgorithm, number> = {
  CRC32: 4,
  CRC32C: 4,
  CRC64NVME: 8,
  SHA1: 20,
  SHA256: 32,
};

export function asChecksumAlgorithm(name: string | undefined): ChecksumAlgorithm | undefined {
  const upper = name?.toUpperCase();
  return CHECKSUM_ALGORITHMS.find((a) => a === upper);
}

export function md5(data: Buffer): Buffer {
  return createHash('md5').update(data).digest();
}

export function md5Hex(data: Buffer): string {
  return md5(data).toString('hex');
}

function tableOf32(poly: number): Uint32Array {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ poly : c >>> 1;
    t[i] = c >>> 0;
  }
  return t;
}

let crc32cTable: Uint32Array | undefined;
function crc32c(data: Buffer): number {
  crc32cTable ??= tableOf32(0x82f63b78);
  const t = crc32cTable;
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// CRC-64/NVME (reflected 0x9a6c9329ac4bc9b5) in two 32-bit halves: BigInt per byte would be far too slow.
let crc64Tables: [Uint32Array, Uint32Array] | undefined;
function crc64nvme(data: Buffer): Buffer {
  if (!crc64Tables) {
    const lo = new Uint32Array(256);
    const hi = new Uint32Array(256);
    const polyHi = 0x9a6c9329;
    const polyLo = 0xac4bc9b5;
    for (let i = 0; i < 256; i++) {
      let l = i;
      let h = 0;
      for (let k = 0; k < 8; k++) {
        const bit = l & 1;
        l = ((l >>> 1) | (h << 31)) >>> 0;
        h = h >>> 1;
        if (bit) {
          l = (l ^ polyLo) >>> 0;
          h = (h ^ polyHi) >>> 0;
        }
      }
      lo[i] = l;
      hi[i] = h;
    }
    crc64Tables = [lo, hi];
  }
  const [tlo, thi] = crc64Tables;
  let l = 0xffffffff;
  let h = 0xffffffff;
  for (let i = 0; i < data.length; i++) {
    const idx = (l ^ data[i]) & 0xff;
    l = (((l >>> 8) | (h << 24)) ^ tlo[idx]) >>> 0;
    h = ((h >>> 8) ^ thi[idx]) >>> 0;
  }
  const out = Buffer.alloc(8);
  out.writeUInt32BE((h ^ 0xffffffff) >>> 0, 0);
  out.writeUInt32BE((l ^ 0xffffffff) >>> 0, 4);
  return out;
}

function uint32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0, 0);
  return b;
}

/** The raw digest of `data` under `algorithm`. */
export function checksumBytes(algorithm: ChecksumAlgorithm, data: Buffer): Buffer {
  switch (algorithm) {
    case 'CRC32':
      return uint32(zlibCrc32(data));
    case 'CRC32C':
      return uint32(crc32c(data));
    case 'CRC64NVME':
      return crc64nvme(data);
    case 'SHA1':
      return createHash('sha1').update(data).digest();
    case 'SHA256':
      return createHash('sha256').update(data).digest();
  }
}

/** The base64 value S3 sends in `x-amz-checksum-<algorithm>`. */
export function checksumOf(algorithm: ChecksumAlgorithm, data: Buffer): string {
  return checksumBytes(algorithm, data).toString('base64');
}

/** The `Checksum<ALGORITHM>` members of S3's inputs and outputs. */
export type ChecksumMembers = Partial<Record<`Checksum${ChecksumAlgorithm}`, string>>;

/** The flexible checksum an input carries (verified against the body before the operation runs). */
export function givenChecksum(
  input: ChecksumMembers,
): { algorithm: ChecksumAlgorithm; value: string } | undefined {
  for (const algorithm of CHECKSUM_ALGORITHMS) {
    const value = input[`Checksum${algorithm}`];
    if (value !== undefined) return { algorithm, value };
  }
  return undefined;
}

/** `{ ChecksumCRC32: value }` for the algorithm. */
export function checksumMember(algorithm: ChecksumAlgorithm, value: string): ChecksumMembers {
  return { [`Checksum${algorithm}`]: value };
}
