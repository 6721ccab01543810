// The entries of a zip as its central directory lists them, with what fflate does not tell: whether an
// entry is a symbolic link (its Unix mode, kept in the external attributes by zip tools on Unix).

export interface ZipEntry {
  /** The name as fflate decodes it (UTF-8 when the entry says so, else Latin-1), so the two agree. */
  name: string;
  symlink: boolean;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const UNIX = 3;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/** Lists a zip's entries; throws on a zip whose directory cannot be read. */
export function zipListing(zip: Uint8Array): ZipEntry[] {
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = buf.length - 22;
  // The end record sits at the very end, after a comment of at most 65535 bytes.
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  while (end >= stop && buf.readUInt32LE(end) !== EOCD) end--;
  if (end < stop) throw new Error('no end of central directory record');
  let count = buf.readUInt16LE(end + 10);
  let offset = buf.readUInt32LE(end + 16);
  if (end >= 20 && buf.readUInt32LE(end - 20) === ZIP64_LOCATOR) {
    const record = Number(buf.readBigUInt64LE(end - 12));
    if (buf.readUInt32LE(record) === ZIP64_EOCD) {
      count = Number(buf.readBigUInt64LE(record + 32));
      offset = Number(buf.readBigUInt64LE(record + 48));
    }
  }
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(offset) !== CENTRAL) throw new Error('bad central directory entry');
    const madeBy = buf.readUInt16LE(offset + 4) >> 8;
    const utf8 = (buf.readUInt16LE(offset + 8) & 0x800) !== 0;
    const nameLength = buf.readUInt16LE(offset + 28);
    const extraLength = buf.readUInt16LE(offset + 30);
    const commentLength = buf.readUInt16LE(offset + 32);
    const mode = buf.readUInt32LE(offset + 38) >>> 16;
    const name = buf.toString(utf8 ? 'utf8' : 'latin1', offset + 46, offset + 46 + nameLength);
    entries.push({ name, symlink: madeBy === UNIX && (mode & S_IFMT) === S_IFLNK });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
