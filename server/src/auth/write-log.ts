// The write log: one JSON line per attempted write (upload, replace, remove, CLI ingest, user and
// token changes), appended to <data dir>/writes.log and never rewritten. Who, when, from where,
// what, and how it ended; refused attempts are logged too (a 401 on an upload is worth knowing).
import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

export const WRITE_LOG_FILE = 'writes.log';

export interface WriteEntry {
  action: 'upload' | 'remove' | 'ingest' | 'user' | 'token' | 'login';
  /** User name, or `cli:<os user>` for local commands. */
  actor: string;
  via: 'session' | 'token' | 'cli' | 'anonymous';
  ip?: string;
  documentId?: string;
  file?: string;
  bytes?: number;
  sha256?: string;
  /** replace=1 was asked for / an existing document was replaced. */
  replace?: boolean;
  detail?: string;
  outcome: 'ok' | 'refused' | 'failed';
  code?: string;
}

export async function logWrite(dataDir: string, entry: WriteEntry): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  await appendFile(path.join(dataDir, WRITE_LOG_FILE), JSON.stringify({ time: new Date().toISOString(), ...entry }) + '\n', { mode: 0o600 });
}
