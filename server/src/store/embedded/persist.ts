// Crash-safe persistence of the embedded store.
//
// Layout of the data directory:
//   manifest.json            { format, generation, documents: { [sourceId]: { file, sha256, sourceHash, kind? } },
//                              snapshot?: { file, sha256, bytes }, quarantined?: { [sourceId]: {…, reason, at} } }
//   batches/<sha256>.kgb     one source's GraphBatch, content-addressed: the provenance and the crash-safe log
//                            (binary, server/src/batch-codec.ts; `<sha256>.json` files of older versions still load)
//   snapshots/<sha256>.snap  the materialised graph at some earlier set of batches (see snapshot.ts)
//   quarantine/              batch or snapshot files that failed verification, moved aside
//   LOCK                     held by the process committing (lock.ts)
//   manifest.log             the manifest's append-only log of document changes (manifest-log.ts)
// A write goes: batch file (temp → fsync → rename) → one line appended to manifest.log (fsync),
// or the whole manifest (temp → fsync → rename) → fsync dir. That fsync or rename is the commit
// point: a crash before it leaves the old manifest pointing at old, untouched files. After a commit the writer deletes exactly the files that commit orphaned;
// leftovers of a crashed writer are collected by the next process that takes the lock.
// On load every file's sha256 is verified against the manifest.
//
// Format `industry-kg/embedded@2` (#15): batch files may be binary `.kgb`. A directory of format
// @1 (JSON batch files only) opens unchanged; its first commit here writes @2, which an older
// reader refuses with a clear error rather than misreading. The fields added over time
// (generation, snapshot, quarantined, kind) are optional.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { KgError } from '../../errors.ts';
import type { GraphBatch } from '../../model.ts';
import { BatchDecodeError, decodeBatch, encodeBatchFile, type EncodedBatch } from '../../batch-codec.ts';
import { ManifestLog, type ManifestDelta } from './manifest-log.ts';

export const MANIFEST_FORMAT = 'industry-kg/embedded@2';
/** Manifest formats this version reads (@1: every batch file is JSON). */
export const READ_FORMATS: ReadonlySet<string> = new Set(['industry-kg/embedded@1', MANIFEST_FORMAT]);

export interface ManifestEntry {
  file: string;
  sha256: string;
  sourceHash: string;
  /** What contributed it: 'document' (default) or another kind of source (e.g. curation). */
  kind?: string;
}

export interface SnapshotRef {
  file: string;
  sha256: string;
  bytes: number;
}

export interface QuarantineEntry extends ManifestEntry {
  reason: string;
  at: string;
}

export interface Manifest {
  format: string;
  /** Bumped by every commit. */
  generation?: number;
  documents: Record<string, ManifestEntry>;
  snapshot?: SnapshotRef;
  quarantined?: Record<string, QuarantineEntry>;
}

export class StoreCorruptError extends KgError {
  constructor(message: string) {
    super('STORE_CORRUPT', message);
    this.name = 'StoreCorruptError';
  }
}

/** A batch or snapshot file that is missing, unreadable or fails its checksum. */
export class BadFileError extends StoreCorruptError {
  constructor(
    message: string,
    readonly reason: 'missing' | 'checksum' | 'unreadable',
  ) {
    super(message);
  }
}

export function emptyManifest(): Manifest {
  return { format: MANIFEST_FORMAT, generation: 0, documents: {} };
}

export function sha256(data: Buffer | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Temp names carry the writer's pid, so leftovers can be told apart from files being written. */
function tempName(target: string): string {
  return `${target}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}.tmp`;
}

export async function writeFileDurable(target: string, data: string | Buffer | Uint8Array | (Buffer | Uint8Array)[]): Promise<void> {
  const tmp = tempName(target);
  const fh = await fs.open(tmp, 'w');
  try {
    if (Array.isArray(data)) {
      // Large snapshots come as chunks; writev in groups keeps each call bounded.
      for (let i = 0; i < data.length; i += 256) await fh.writev(data.slice(i, i + 256));
    } else if (typeof data === 'string') await fh.writeFile(data);
    else {
      // One write call for the whole buffer (writeFile splits it into 512 KB calls, each a trip back
      // to the event loop, which a long apply on the main thread would hold up).
      for (let off = 0; off < data.byteLength; ) {
        const { bytesWritten } = await fh.write(data, off, data.byteLength - off, off);
        if (bytesWritten <= 0) throw new Error(`short write to ${tmp}`);
        off += bytesWritten;
      }
    }
    await fh.sync();
  } catch (err) {
    await fh.close().catch(() => undefined);
    await fs.rm(tmp, { force: true });
    throw err;
  }
  await fh.close();
  await fs.rename(tmp, target);
}

export async function fsyncDir(dir: string): Promise<void> {
  let fh: fs.FileHandle | undefined;
  try {
    fh = await fs.open(dir, 'r');
    await fh.sync();
  } catch {
    // Some filesystems refuse fsync on directories; the rename is still atomic.
  } finally {
    await fh?.close();
  }
}

export interface PreparedBatch {
  data: Buffer;
  entry: ManifestEntry;
}

export class DiskLayout {
  /** manifest.json and its append-only log (manifest-log.ts). */
  readonly manifest: ManifestLog;

  constructor(readonly dir: string) {
    this.manifest = new ManifestLog(dir);
  }

  get manifestPath(): string {
    return path.join(this.dir, 'manifest.json');
  }
  get batchDir(): string {
    return path.join(this.dir, 'batches');
  }
  get snapshotDir(): string {
    return path.join(this.dir, 'snapshots');
  }
  get quarantineDir(): string {
    return path.join(this.dir, 'quarantine');
  }

  /** Identity of the manifest (base and log) as it is now (cheap change detection for followers). */
  async manifestStamp(): Promise<string> {
    return this.manifest.stamp();
  }

  /**
   * The manifest as committed now (only what was appended since the last read is read). Its
   * documents object is live: later reads and commits change it; copy what must be kept.
   */
  async readManifest(): Promise<Manifest> {
    return this.manifest.read();
  }

  /** Whether the last readManifest() found a state this process had not read or written itself. */
  get manifestChanged(): boolean {
    return this.manifest.changed;
  }

  async readBatch(documentId: string, entry: ManifestEntry): Promise<GraphBatch> {
    return (await this.readBatchSized(documentId, entry)).batch;
  }

  async readBatchSized(documentId: string, entry: ManifestEntry): Promise<{ batch: GraphBatch; bytes: number }> {
    const file = path.join(this.batchDir, entry.file);
    const buf = await this.readVerified(file, entry.sha256, `batch file for ${documentId}`);
    let batch: GraphBatch;
    if (entry.file.endsWith('.kgb')) {
      try {
        batch = decodeBatch(buf);
      } catch (err) {
        if (!(err instanceof BatchDecodeError)) throw err;
        throw new BadFileError(`数据文件无法解析 / batch file ${file} (${documentId}) is not a valid binary batch: ${err.message}`, 'unreadable');
      }
    } else {
      try {
        batch = JSON.parse(buf.toString('utf8')) as GraphBatch;
      } catch {
        throw new BadFileError(`数据文件无法解析 / batch file ${file} (${documentId}) is not valid JSON`, 'unreadable');
      }
    }
    if (!batch || batch.documentId !== documentId || !Array.isArray(batch.nodes) || !Array.isArray(batch.edges)) {
      throw new BadFileError(`数据文件内容不符 / batch file ${file} does not hold ${documentId}`, 'unreadable');
    }
    return { batch, bytes: buf.length };
  }

  async readVerified(file: string, expectedSha: string, what: string): Promise<Buffer> {
    let buf: Buffer;
    try {
      buf = await fs.readFile(file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new BadFileError(`缺少数据文件 / missing ${what}: ${file} (${code})`, code === 'ENOENT' ? 'missing' : 'unreadable');
    }
    if (sha256(buf) !== expectedSha) {
      throw new BadFileError(`数据文件校验失败 / checksum mismatch for ${what}: ${file}`, 'checksum');
    }
    return buf;
  }

  /**
   * Serialise and hash a batch (CPU work, done before taking the lock): binary (batch-codec.ts),
   * or JSON for a batch whose top level carries fields the binary form does not. `encoded`: the
   * same, done already by whoever built the batch (the ingest worker): taken as it is.
   */
  prepareBatch(batch: GraphBatch, kind?: string, encoded?: EncodedBatch): PreparedBatch {
    const e = encoded ?? encodeBatchFile(batch);
    if (!/^[0-9a-f]{64}$/.test(e.sha256) || (e.format !== 'kgb' && e.format !== 'json')) throw new TypeError(`batch ${batch.documentId}: malformed pre-encoded batch file`);
    const data = Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data.buffer, e.data.byteOffset, e.data.byteLength);
    const file = `${e.sha256}.${e.format}`;
    return { data, entry: { file, sha256: e.sha256, sourceHash: batch.sourceHash, ...(kind && kind !== 'document' ? { kind } : {}) } };
  }

  /** Directories this process created or found (a mkdir per commit is a thread-pool trip saved). */
  private readonly made = new Set<string>();

  private async ensureDir(dir: string): Promise<void> {
    if (this.made.has(dir)) return;
    await fs.mkdir(dir, { recursive: true });
    this.made.add(dir);
  }

  /**
   * Write a prepared batch file (content-addressed; kept when an intact copy exists): temp → fsync →
   * rename. Does not fsync the directory nor commit. Needs no lock (see EmbeddedStore.commitGroup).
   */
  async writeBatch(p: PreparedBatch): Promise<void> {
    await this.ensureDir(this.batchDir);
    const target = path.join(this.batchDir, p.entry.file);
    if (!(await this.intact(p))) await writeFileDurable(target, p.data);
  }

  private async intact(p: PreparedBatch): Promise<boolean> {
    return fs
      .stat(path.join(this.batchDir, p.entry.file))
      .then((s) => s.size === p.data.length)
      .catch(() => false);
  }

  /** The prepared batches whose file is not (or no longer) on disk (checked under the lock before a commit). */
  async missingBatches(ps: readonly PreparedBatch[]): Promise<PreparedBatch[]> {
    const ok = await Promise.all(ps.map((p) => this.intact(p)));
    return ps.filter((_, k) => !ok[k]);
  }

  /** Write a snapshot file; returns its reference for the manifest. Does not commit. */
  async writeSnapshot(chunks: Uint8Array[]): Promise<SnapshotRef> {
    await fs.mkdir(this.snapshotDir, { recursive: true });
    const h = createHash('sha256');
    let bytes = 0;
    for (const c of chunks) {
      h.update(c);
      bytes += c.byteLength;
    }
    const hash = h.digest('hex');
    const file = `${hash}.snap`;
    await writeFileDurable(path.join(this.snapshotDir, file), chunks);
    return { file, sha256: hash, bytes };
  }

  async readSnapshot(ref: SnapshotRef): Promise<Buffer> {
    return this.readVerified(path.join(this.snapshotDir, ref.file), ref.sha256, 'snapshot');
  }

  /**
   * Commit point: append the documents' change to the manifest log, or replace the whole
   * manifest (manifest-log.ts); then delete the files this commit orphaned (paths relative to
   * the data directory) unless the new manifest still references them. The caller holds the lock
   * and read the manifest under it; `batchesSynced`: it fsynced the batch directory after writing
   * the files this change names.
   */
  async commit(change: { delta: ManifestDelta; generation: number } | { whole: Manifest }, orphans: string[] = [], batchesSynced = false): Promise<void> {
    await this.ensureDir(this.dir);
    // The batch files' names must be durable before the line that names them (the caller may have done it).
    if (!batchesSynced) await fsyncDir(this.batchDir);
    const m = await this.manifest.commit(change);
    const snap = m.snapshot ? snapshotPath(m.snapshot) : null;
    const kept = (f: string) => f === snap || (f.startsWith('batches/') && this.manifest.references(f.slice('batches/'.length)));
    await Promise.all(orphans.filter((f) => !kept(f)).map((f) => fs.rm(path.join(this.dir, f), { force: true }).catch(() => undefined)));
  }

  /**
   * Leftovers of crashed writers: temp files, and batch/snapshot files no manifest references.
   * Only safe while holding the lock with `manifest` freshly read under it: batch files are
   * written under the lock, and snapshot files (written outside it) are spared while young.
   */
  async collectLeftovers(manifest: Manifest, minAgeMs = LEFTOVER_MIN_AGE_MS): Promise<number> {
    const keep = referencedFiles(manifest);
    let removed = 0;
    const now = Date.now();
    const rm = async (rel: string) => {
      const st = await fs.stat(path.join(this.dir, rel)).catch(() => null);
      // Young files may be a snapshot another process is writing (outside the lock).
      if (!st || now - st.mtimeMs < minAgeMs) return;
      await fs.rm(path.join(this.dir, rel), { force: true }).catch(() => undefined);
      removed++;
    };
    for (const sub of ['batches', 'snapshots']) {
      const names = await fs.readdir(path.join(this.dir, sub)).catch(() => [] as string[]);
      for (const n of names) if (!keep.has(`${sub}/${n}`)) await rm(`${sub}/${n}`);
    }
    const top = await fs.readdir(this.dir).catch(() => [] as string[]);
    for (const n of top) if ((n.startsWith('manifest.json.') || n.startsWith('manifest.log.')) && n.endsWith('.tmp')) await rm(n);
    return removed;
  }

  /** Move a bad file aside (kept for inspection); missing files are simply skipped. */
  async quarantineFile(rel: string): Promise<void> {
    await fs.mkdir(this.quarantineDir, { recursive: true });
    await fs.rename(path.join(this.dir, rel), path.join(this.quarantineDir, path.basename(rel))).catch(() => undefined);
  }
}

/** Unreferenced files younger than this are not collected (a snapshot may be being written). */
export const LEFTOVER_MIN_AGE_MS = 10 * 60_000;

export function batchPath(entry: ManifestEntry): string {
  return `batches/${entry.file}`;
}

export function snapshotPath(ref: SnapshotRef): string {
  return `snapshots/${ref.file}`;
}

function referencedFiles(m: Manifest): Set<string> {
  const keep = new Set(Object.values(m.documents).map(batchPath));
  if (m.snapshot) keep.add(snapshotPath(m.snapshot));
  return keep;
}

const FILE_RE = /^[0-9a-f]{64}\.(json|kgb)$/;

export function isManifestEntry(v: unknown): v is ManifestEntry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  if (typeof e.file !== 'string' || typeof e.sha256 !== 'string' || typeof e.sourceHash !== 'string') return false;
  if (e.kind !== undefined && typeof e.kind !== 'string') return false;
  return FILE_RE.test(e.file);
}

export function isManifest(x: unknown): x is Manifest {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as Record<string, unknown>;
  if (typeof m.format !== 'string' || !READ_FORMATS.has(m.format) || typeof m.documents !== 'object' || m.documents === null) return false;
  for (const v of Object.values(m.documents as Record<string, unknown>)) if (!isManifestEntry(v)) return false;
  if (m.generation !== undefined && typeof m.generation !== 'number') return false;
  if (m.snapshot !== undefined) {
    const s = m.snapshot as Record<string, unknown> | null;
    if (!s || typeof s.file !== 'string' || !/^[0-9a-f]{64}\.snap$/.test(s.file) || typeof s.sha256 !== 'string' || typeof s.bytes !== 'number') return false;
  }
  if (m.quarantined !== undefined && (typeof m.quarantined !== 'object' || m.quarantined === null)) return false;
  return true;
}
