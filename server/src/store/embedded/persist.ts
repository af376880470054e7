// Crash-safe persistence of the embedded store.
//
// Layout of the data directory:
//   manifest.json            { format, documents: { [documentId]: { file, sha256, sourceHash } } }
//   batches/<sha256>.json    one document's GraphBatch, content-addressed
// A write goes: batch file (temp → fsync → rename) → manifest (temp → fsync → rename) → fsync dir.
// The manifest rename is the commit point: a crash before it leaves the old manifest pointing at
// old, untouched batch files; unreferenced batch files are swept on the next successful write.
// On load every batch file's sha256 is verified against the manifest.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { KgError } from '../../errors.ts';
import type { GraphBatch } from '../../model.ts';

export const MANIFEST_FORMAT = 'industry-kg/embedded@1';

export interface ManifestEntry {
  file: string;
  sha256: string;
  sourceHash: string;
}

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  documents: Record<string, ManifestEntry>;
}

export class StoreCorruptError extends KgError {
  constructor(message: string) {
    super('STORE_CORRUPT', message);
    this.name = 'StoreCorruptError';
  }
}

export function emptyManifest(): Manifest {
  return { format: MANIFEST_FORMAT, documents: {} };
}

async function writeFileDurable(target: string, data: string | Buffer): Promise<void> {
  const tmp = `${target}.${process.pid}.${Date.now()}.tmp`;
  const fh = await fs.open(tmp, 'w');
  try {
    await fh.writeFile(data);
    await fh.sync();
  } finally {
    await fh.close();
  }
  await fs.rename(tmp, target);
}

async function fsyncDir(dir: string): Promise<void> {
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

export class DiskLayout {
  constructor(readonly dir: string) {}

  get manifestPath(): string {
    return path.join(this.dir, 'manifest.json');
  }
  get batchDir(): string {
    return path.join(this.dir, 'batches');
  }

  async readManifest(): Promise<Manifest> {
    let raw: string;
    try {
      raw = await fs.readFile(this.manifestPath, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return emptyManifest();
      throw err;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw new StoreCorruptError(`存储清单损坏 / manifest is not valid JSON: ${this.manifestPath}`);
    }
    if (!isManifest(parsed)) {
      throw new StoreCorruptError(`存储清单格式不符 / unexpected manifest format in ${this.manifestPath}`);
    }
    return parsed;
  }

  async readBatch(documentId: string, entry: ManifestEntry): Promise<GraphBatch> {
    const file = path.join(this.batchDir, entry.file);
    const buf = await fs.readFile(file).catch((err: NodeJS.ErrnoException) => {
      throw new StoreCorruptError(`缺少数据文件 / missing batch file ${file} for ${documentId}: ${err.code}`);
    });
    const sha = createHash('sha256').update(buf).digest('hex');
    if (sha !== entry.sha256) {
      throw new StoreCorruptError(`数据文件校验失败 / checksum mismatch for ${file} (${documentId})`);
    }
    return JSON.parse(buf.toString('utf8')) as GraphBatch;
  }

  /** Write a batch file (content-addressed) and return its manifest entry. Does not commit. */
  async writeBatch(batch: GraphBatch): Promise<ManifestEntry> {
    await fs.mkdir(this.batchDir, { recursive: true });
    const data = Buffer.from(JSON.stringify(batch), 'utf8');
    const sha256 = createHash('sha256').update(data).digest('hex');
    const file = `${sha256}.json`;
    const target = path.join(this.batchDir, file);
    const exists = await fs
      .stat(target)
      .then((s) => s.size === data.length)
      .catch(() => false);
    if (!exists) await writeFileDurable(target, data);
    return { file, sha256, sourceHash: batch.sourceHash };
  }

  /** Commit point: atomically replace the manifest, then sweep unreferenced batch files. */
  async commit(manifest: Manifest): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true });
    await fsyncDir(this.batchDir);
    await writeFileDurable(this.manifestPath, JSON.stringify(manifest, null, 1));
    await fsyncDir(this.dir);
    await this.sweep(manifest);
  }

  private async sweep(manifest: Manifest): Promise<void> {
    const keep = new Set(Object.values(manifest.documents).map((e) => e.file));
    let names: string[];
    try {
      names = await fs.readdir(this.batchDir);
    } catch {
      return;
    }
    await Promise.all(
      names
        .filter((n) => !keep.has(n))
        .map((n) => fs.rm(path.join(this.batchDir, n), { force: true }).catch(() => undefined)),
    );
    // Stale manifest temp files from a crashed writer.
    const top = await fs.readdir(this.dir).catch(() => [] as string[]);
    await Promise.all(
      top.filter((n) => n.startsWith('manifest.json.') && n.endsWith('.tmp')).map((n) => fs.rm(path.join(this.dir, n), { force: true })),
    );
  }
}

function isManifest(x: unknown): x is Manifest {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as Record<string, unknown>;
  if (m.format !== MANIFEST_FORMAT || typeof m.documents !== 'object' || m.documents === null) return false;
  for (const v of Object.values(m.documents as Record<string, unknown>)) {
    if (typeof v !== 'object' || v === null) return false;
    const e = v as Record<string, unknown>;
    if (typeof e.file !== 'string' || typeof e.sha256 !== 'string' || typeof e.sourceHash !== 'string') return false;
    if (!/^[0-9a-f]{64}\.json$/.test(e.file)) return false;
  }
  return true;
}
