// S3 on disk: buckets (policy, tags, versioning, encryption, notifications) as records saved after each
// bucket operation, and objects row by row (their bytes as BLOBs, keys never paths) as each is written
// or deleted, whichever path writes it (an operation, or a destination record from Lambda).
import type { Bucket, S3Object, S3Store } from '../s3/store.js';
import type { StateDatabase } from './database.js';
import { fromStateJson, toStateJson } from './json.js';

const BUCKETS = 's3.bucket';

/** A bucket's objects that write every change through to the database. */
class KeptObjects extends Map<string, S3Object> {
  constructor(
    private readonly db: StateDatabase,
    private readonly bucket: string,
    entries: Iterable<[string, S3Object]> = [],
    /** Entries read back from the database are not written again. */
    write = true,
  ) {
    super();
    for (const [k, v] of entries) write ? this.set(k, v) : super.set(k, v);
  }

  override set(key: string, o: S3Object): this {
    const { body, ...meta } = o;
    this.db.run(
      'INSERT INTO s3_object (bucket, key, meta, body) VALUES (?, ?, ?, ?) ' +
        'ON CONFLICT (bucket, key) DO UPDATE SET meta = excluded.meta, body = excluded.body',
      this.bucket,
      key,
      toStateJson(meta),
      body,
    );
    return super.set(key, o);
  }

  override delete(key: string): boolean {
    this.db.run('DELETE FROM s3_object WHERE bucket = ? AND key = ?', this.bucket, key);
    return super.delete(key);
  }

  override clear(): void {
    this.db.run('DELETE FROM s3_object WHERE bucket = ?', this.bucket);
    super.clear();
  }
}

export class S3State {
  constructor(
    private readonly db: StateDatabase,
    private readonly store: S3Store,
  ) {}

  /** Saves every bucket's settings; a new bucket's objects start writing through from here on. */
  save(): void {
    const { db, store } = this;
    db.atomically(() => {
      for (const b of store.buckets.values()) {
        if (!(b.objects instanceof KeptObjects)) b.objects = new KeptObjects(db, b.name, b.objects);
      }
      db.replaceRecords(
        BUCKETS,
        [...store.buckets.values()].map((b) => [b.name, { ...b, objects: undefined, uploads: undefined }]),
      );
      const names = new Set(store.buckets.keys());
      for (const { bucket } of db.all<{ bucket: string }>('SELECT DISTINCT bucket FROM s3_object')) {
        if (!names.has(bucket)) db.run('DELETE FROM s3_object WHERE bucket = ?', bucket);
      }
    });
  }

  restore(): void {
    const { db, store } = this;
    for (const [name, saved] of db.records<Omit<Bucket, 'objects' | 'uploads'>>(BUCKETS)) {
      const rows = db.all<{ key: string; meta: string; body: Uint8Array }>(
        'SELECT key, meta, body FROM s3_object WHERE bucket = ? ORDER BY rowid',
        name,
      );
      const objects = rows.map((r): [string, S3Object] => [
        r.key,
        { ...fromStateJson<Omit<S3Object, 'body'>>(r.meta), body: Buffer.from(r.body) },
      ]);
      store.buckets.set(name, {
        ...saved,
        objects: new KeptObjects(db, name, objects, false),
        uploads: new Map(),
      });
    }
  }
}
