// The manifest as a base file plus an append-only log, so that a commit costs O(1) amortised
// instead of rewriting (and every reader re-parsing) the whole manifest: at 2,366 documents the
// manifest is ~700 KB, and a per-document ingest rewrote it once per document.
//
//   manifest.json   the base: the whole manifest at some generation (format unchanged; it names
//                   the log that extends it in the optional field `log`)
//   manifest.log    a header line {"log": id, "base": generation}, then one line per commit:
//                   `<sha256 of the JSON, 16 hex> {"g": generation, "set": {id: entry}, "del": [id]}`
//
// A commit that only adds, replaces or removes documents appends one line and fsyncs it: that
// fsync is the commit point. Any other commit (snapshot, quarantine) and any commit once the log
// has grown as large as the base rewrites the base (temp → fsync → rename: the commit point) and
// then starts a new log (also by rename), so the bytes written per commit stay O(1) amortised.
// Crash safety: a torn or corrupt last line fails its checksum and is ignored (and cut off by the
// next commit, under the lock); a crash between the base's rename and the new log's leaves an old
// log whose id no longer matches the base (or whose records the base already covers): ignored.
// Records apply in order only: a record's generation must be the state's generation + 1 (those at
// or below it are already in the base).
// Readers keep what they parsed and read only the bytes appended since (followers, the commit's
// re-read under the lock); a changed base or a replaced log means one full read.
// Compatibility: a data directory without a log (every older one) is a base alone; the first
// commit there writes a base with a log id. An older version of this program reads the base only,
// so close() folds the log into the base (EmbeddedStore.close), and a base it rewrites drops the
// `log` field, which makes this version ignore the then stale log.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { emptyManifest, fsyncDir, isManifest, isManifestEntry, sha256, StoreCorruptError, writeFileDurable, type Manifest, type ManifestEntry } from './persist.ts';

/** A commit's change of the documents (the rest of the manifest unchanged). */
export interface ManifestDelta {
  set: Record<string, ManifestEntry>;
  del: string[];
}

interface LogRecord {
  g: number;
  set?: Record<string, ManifestEntry>;
  del?: string[];
}

interface State {
  /** The current manifest; its documents object is owned here and updated in place. */
  m: Manifest;
  /** Identity of manifest.json when it was read (ino:size:mtime). */
  baseStamp: string;
  /** The log id this base names (null: none, the next commit writes a base). */
  logId: string | null;
  /** Whether the log file read is that log (its header names logId): only then is it appended to. */
  attached: boolean;
  /** Inode of the log file read, the end of its last valid record, and its size then. */
  logIno: number;
  logEnd: number;
  logSize: number;
  /** How many documents reference each batch file (to keep a file that is still referenced). */
  refs: Map<string, number>;
  baseBytes: number;
}

/** The log is folded into the base once it is this large and at least as large as the base. */
const MIN_LOG_BYTES = 64 * 1024;

function stampOf(st: { ino: number; size: number; mtimeMs: number } | null): string {
  return st ? `${st.ino}:${st.size}:${st.mtimeMs}` : 'none';
}

async function statOrNull(p: string) {
  return fs.stat(p).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return null;
    throw err;
  });
}

function countRefs(docs: Record<string, ManifestEntry>): Map<string, number> {
  const refs = new Map<string, number>();
  for (const e of Object.values(docs)) refs.set(e.file, (refs.get(e.file) ?? 0) + 1);
  return refs;
}

function unref(refs: Map<string, number>, file: string): void {
  const n = (refs.get(file) ?? 0) - 1;
  if (n > 0) refs.set(file, n);
  else refs.delete(file);
}

function encodeLine(obj: object): string {
  const json = JSON.stringify(obj);
  return `${sha256(Buffer.from(json, 'utf8')).slice(0, 16)} ${json}\n`;
}

/** One line (without its newline) → its JSON value, or undefined when torn or corrupt. */
function decodeLine(line: string): unknown {
  const sp = line.indexOf(' ');
  if (sp !== 16) return undefined;
  const json = line.slice(17);
  if (sha256(Buffer.from(json, 'utf8')).slice(0, 16) !== line.slice(0, 16)) return undefined;
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

function isRecord(x: unknown): x is LogRecord {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  if (typeof r.g !== 'number') return false;
  if (r.set !== undefined && (typeof r.set !== 'object' || r.set === null || !Object.values(r.set).every(isManifestEntry))) return false;
  if (r.del !== undefined && (!Array.isArray(r.del) || !r.del.every((d) => typeof d === 'string'))) return false;
  return true;
}

export class ManifestLog {
  private state: State | null = null;
  /** The log is folded into the base once it is at least this large and as large as the base. */
  minLogBytes = MIN_LOG_BYTES;
  /** Whether the last read found a state other than the one this object last read or wrote. */
  changed = true;

  constructor(readonly dir: string) {}

  get basePath(): string {
    return path.join(this.dir, 'manifest.json');
  }
  get logPath(): string {
    return path.join(this.dir, 'manifest.log');
  }

  /** Identity of the manifest as it is now (base and log), for followers' cheap change test. */
  async stamp(): Promise<string> {
    const [b, l] = await Promise.all([statOrNull(this.basePath), statOrNull(this.logPath)]);
    return `${stampOf(b)}|${l ? `${l.ino}:${l.size}` : 'none'}`;
  }

  /**
   * The manifest as committed now. Reads only what was appended since the last call when the
   * base is unchanged. The returned documents object is live: it changes with later reads and
   * commits through this object (copy it to keep it).
   */
  async read(): Promise<Manifest> {
    const bst = await statOrNull(this.basePath);
    const baseStamp = stampOf(bst);
    let s = this.state;
    let full = false;
    if (!s || s.baseStamp !== baseStamp) {
      s = await this.readBase(baseStamp);
      full = true;
    }
    const lst = await statOrNull(this.logPath);
    if ((lst?.ino ?? 0) !== s.logIno || (lst?.size ?? 0) < s.logEnd) {
      // A new log (or none): re-read the base too unless it was just read (a base and its log
      // are replaced in that order, so a new log may come with a base newer than ours).
      if (!full) {
        s = await this.readBase(baseStamp);
        full = true;
      }
      s.logIno = lst?.ino ?? 0;
      s.logEnd = 0;
      s.logSize = 0;
      s.attached = false;
    }
    let appended = false;
    if (lst && lst.size > s.logEnd) appended = await this.readLog(s, lst.size);
    this.state = s;
    this.changed = full || appended;
    return s.m;
  }

  private async readBase(baseStamp: string): Promise<State> {
    let raw: string | null = null;
    try {
      raw = await fs.readFile(this.basePath, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    let m: Manifest;
    let logId: string | null = null;
    if (raw === null) m = emptyManifest();
    else {
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        throw new StoreCorruptError(`存储清单损坏 / manifest is not valid JSON: ${this.basePath}`);
      }
      if (!isManifest(parsed)) throw new StoreCorruptError(`存储清单格式不符 / unexpected manifest format in ${this.basePath}`);
      const { log, ...rest } = parsed as Manifest & { log?: unknown };
      logId = typeof log === 'string' ? log : null;
      m = rest;
    }
    return { m, baseStamp, logId, attached: false, logIno: -1, logEnd: 0, logSize: 0, refs: countRefs(m.documents), baseBytes: raw?.length ?? 0 };
  }

  /** Apply the log's valid records from s.logEnd up to `size`; true when any applied. */
  private async readLog(s: State, size: number): Promise<boolean> {
    const fh = await fs.open(this.logPath, 'r');
    let buf: Buffer;
    try {
      buf = Buffer.alloc(size - s.logEnd);
      const { bytesRead } = await fh.read(buf, 0, buf.length, s.logEnd);
      buf = buf.subarray(0, bytesRead);
    } finally {
      await fh.close();
    }
    let applied = false;
    let at = 0;
    for (;;) {
      const nl = buf.indexOf(10, at);
      if (nl < 0) break; // a torn last line: ignored
      const value = decodeLine(buf.toString('utf8', at, nl));
      if (value === undefined) {
        // A torn last line (a crash mid-append): ignored. Anything complete after it means the
        // log itself is damaged: refuse rather than drop commits silently.
        if (buf.indexOf(10, nl + 1) >= 0) throw new StoreCorruptError(`存储清单日志损坏 / manifest log is damaged at byte ${s.logEnd + at}: ${this.logPath}`);
        break;
      }
      if (s.logEnd + at === 0) {
        // The header: which base this log extends.
        const h = value as { log?: unknown; base?: unknown };
        if (typeof h.log !== 'string' || h.log !== s.logId || typeof h.base !== 'number') {
          // A log that does not extend this base (left by a crash, or the base was rewritten
          // by an older version): none of it applies.
          s.logEnd = 0;
          s.logSize = size;
          return applied;
        }
        s.attached = true;
      } else {
        if (!isRecord(value)) throw new StoreCorruptError(`存储清单日志格式不符 / unexpected record in the manifest log at byte ${s.logEnd + at}: ${this.logPath}`);
        const g = s.m.generation ?? 0;
        if (value.g > g + 1) throw new StoreCorruptError(`存储清单日志不连续 / manifest log skips from generation ${g} to ${value.g}: ${this.logPath}`);
        if (value.g === g + 1) {
          this.applyDelta(s, { set: value.set ?? {}, del: value.del ?? [] });
          s.m.generation = value.g;
          applied = true;
        }
      }
      at = nl + 1;
    }
    s.logEnd += at;
    s.logSize = size;
    return applied;
  }

  private applyDelta(s: State, d: ManifestDelta): void {
    const docs = s.m.documents;
    for (const id of d.del) {
      const old = docs[id];
      if (old) {
        unref(s.refs, old.file);
        delete docs[id];
      }
    }
    for (const [id, e] of Object.entries(d.set)) {
      const old = docs[id];
      if (old) unref(s.refs, old.file);
      docs[id] = e;
      s.refs.set(e.file, (s.refs.get(e.file) ?? 0) + 1);
    }
  }

  /** Whether a data-directory-relative batch file is referenced by the current state. */
  references(file: string): boolean {
    return (this.state?.refs.get(file) ?? 0) > 0;
  }

  /**
   * Commit (the caller holds the lock and read() the state under it): either `delta` on the
   * documents, appended to the log, or a whole new manifest `whole` (other fields changed).
   * Returns the state committed (live, as for read()).
   */
  async commit(change: { delta: ManifestDelta; generation: number } | { whole: Manifest }): Promise<Manifest> {
    const s = this.state;
    if (!s) throw new Error('ManifestLog.commit before read');
    if ('whole' in change) {
      const m = change.whole;
      await this.writeBase(s, { ...m, documents: { ...m.documents } });
      return s.m;
    }
    const logBytes = s.logEnd;
    if (!s.attached || (logBytes >= this.minLogBytes && logBytes >= s.baseBytes)) {
      this.applyDelta(s, change.delta);
      s.m.generation = change.generation;
      await this.writeBase(s, s.m);
      return s.m;
    }
    const line = encodeLine({ g: change.generation, ...(Object.keys(change.delta.set).length ? { set: change.delta.set } : {}), ...(change.delta.del.length ? { del: change.delta.del } : {}) });
    let fh: fs.FileHandle;
    try {
      fh = await fs.open(this.logPath, 'r+');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      // The log vanished (removed by hand): write the whole state instead.
      this.applyDelta(s, change.delta);
      s.m.generation = change.generation;
      await this.writeBase(s, s.m);
      return s.m;
    }
    try {
      // A torn line left by a crashed writer is cut off first (we hold the lock).
      if (s.logSize > s.logEnd) await fh.truncate(s.logEnd);
      const data = Buffer.from(line, 'utf8');
      await fh.write(data, 0, data.length, s.logEnd);
      await fh.sync();
      s.logEnd += data.length;
      s.logSize = s.logEnd;
    } finally {
      await fh.close();
    }
    this.applyDelta(s, change.delta);
    s.m.generation = change.generation;
    this.changed = false;
    return s.m;
  }

  /** Whether a log file exists (else there is nothing to fold). */
  async hasLog(): Promise<boolean> {
    return (await statOrNull(this.logPath).catch(() => null)) !== null;
  }

  /** Fold the log into the base (close(), so that an older version reads everything). */
  async compact(): Promise<void> {
    const m = await this.read();
    const s = this.state!;
    if (s.logId === null && !(await this.hasLog())) return;
    const { documents, ...rest } = m;
    await this.writeBase(s, { ...rest, documents: { ...documents } }, false);
  }

  /** Rewrite the base (the commit point), then start a new, empty log that extends it. */
  private async writeBase(s: State, m: Manifest, withLog = true): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true });
    const logId = withLog ? randomBytes(8).toString('hex') : null;
    const text = JSON.stringify(logId ? { ...m, log: logId } : m, null, 1);
    await writeFileDurable(this.basePath, text);
    if (logId) await writeFileDurable(this.logPath, encodeLine({ log: logId, base: m.generation ?? 0 }));
    else await fs.rm(this.logPath, { force: true });
    await fsyncDir(this.dir);
    const [bst, lst] = await Promise.all([statOrNull(this.basePath), statOrNull(this.logPath)]);
    s.m = m;
    s.baseStamp = stampOf(bst);
    s.logId = logId;
    s.refs = countRefs(m.documents);
    s.baseBytes = text.length;
    s.logIno = lst?.ino ?? 0;
    s.logEnd = lst?.size ?? 0;
    s.logSize = s.logEnd;
    s.attached = logId !== null;
    this.changed = false;
  }
}
