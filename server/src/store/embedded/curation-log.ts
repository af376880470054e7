// The embedded store's curation log: `curation.jsonl` in the data directory, one record per
// line, appended and fsync'd before the append returns. A crash during an append can leave a
// torn last line (no newline); it is dropped on load (its writer never heard "done"), and the
// file is cut back to the last complete line before the next append. A bad line anywhere else
// is corruption and refuses to load, naming the line.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CurationRecordError, parseCurationRecord, type CurationRecord, type NewCurationRecord } from '../curation.ts';
import { StoreCorruptError } from './persist.ts';

export const CURATION_FILE = 'curation.jsonl';

export class CurationLogFile {
  private records: CurationRecord[] = [];

  private constructor(readonly file: string) {}

  static async open(dir: string): Promise<CurationLogFile> {
    const log = new CurationLogFile(path.join(dir, CURATION_FILE));
    await log.load();
    return log;
  }

  /** Size of the file as last read (a change means another process appended). */
  private loadedSize = 0;

  /**
   * Re-read the file if another process appended to it since (cheap when it did not). Only a
   * caller holding the directory's lock may `cut` a torn last line: without the lock it may be
   * another process's append in progress.
   */
  async reload(cut = false): Promise<void> {
    const size = await fs.stat(this.file).then((s) => s.size, () => 0);
    if (size === this.loadedSize) return;
    this.records = [];
    this.loadedSize = 0;
    await this.load(cut);
  }

  private async load(cut = false): Promise<void> {
    let buf: Buffer;
    try {
      buf = await fs.readFile(this.file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw err;
    }
    const complete = buf.lastIndexOf(0x0a) + 1; // bytes up to and including the last newline
    if (cut && complete < buf.length) await fs.truncate(this.file, complete); // a torn append: never acknowledged
    this.loadedSize = complete;
    const lines = buf.subarray(0, complete).toString('utf8').split('\n');
    lines.pop(); // after the last newline
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      const where = `${this.file}:${i + 1}`;
      try {
        const rec = parseCurationRecord(JSON.parse(line), where, { requireSeq: true });
        const last = this.records[this.records.length - 1];
        if (last && rec.seq <= last.seq) throw new CurationRecordError(`${where}: seq ${rec.seq} after ${last.seq}`);
        this.records.push(rec);
      } catch (err) {
        const why = err instanceof CurationRecordError ? err.message : `${where}: not valid JSON`;
        throw new StoreCorruptError(`审核记录损坏 / curation log is corrupt: ${why}`);
      }
    });
  }

  read(afterSeq = 0): CurationRecord[] {
    if (afterSeq <= 0) return [...this.records];
    return this.records.filter((r) => r.seq > afterSeq);
  }

  async append(record: NewCurationRecord): Promise<CurationRecord> {
    const seq = (this.records[this.records.length - 1]?.seq ?? 0) + 1;
    const rec: CurationRecord = { ...record, seq };
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    const created = await fs.stat(this.file).then(() => false, () => true);
    const fh = await fs.open(this.file, 'a');
    try {
      await fh.writeFile(JSON.stringify(rec) + '\n');
      await fh.sync();
    } finally {
      await fh.close();
    }
    if (created) {
      // Make the new file's directory entry durable too.
      const dh = await fs.open(path.dirname(this.file), 'r').catch(() => null);
      await dh?.sync().catch(() => undefined);
      await dh?.close();
    }
    this.records.push(rec);
    this.loadedSize = await fs.stat(this.file).then((s) => s.size, () => 0);
    return rec;
  }
}
