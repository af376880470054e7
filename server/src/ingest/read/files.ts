// Files on disk, for the command line: the documents named by paths (directories listed) and the
// curated metadata beside them (meta.json). Uploads and the worker pass bytes to runPipeline instead.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { IngestError } from '../errors.ts';
import type { DocumentMeta } from '../types.ts';
import { formatOf } from './index.ts';

/** Curated metadata next to the documents: meta.json keyed by file name. Missing file → {}. */
export async function loadCuratedMeta(dir: string): Promise<Record<string, Partial<DocumentMeta>>> {
  const path = join(dir, 'meta.json');
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    return {};
  }
  try {
    const data = JSON.parse(raw.replace(/^\uFEFF/, '')) as unknown;
    if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
    const out: Record<string, Partial<DocumentMeta>> = {};
    for (const [file, v] of Object.entries(data as Record<string, unknown>)) {
      if (!v || typeof v !== 'object') continue;
      const m: Partial<DocumentMeta> = {};
      for (const k of ['title', 'issuer', 'date', 'docNumber', 'jurisdiction', 'city'] as const) {
        const x = (v as Record<string, unknown>)[k];
        if (typeof x === 'string' && x.trim()) m[k] = x.trim();
      }
      out[file] = m;
    }
    return out;
  } catch (e) {
    throw new IngestError('UNREADABLE', path, `meta.json 不是有效的 JSON / meta.json is not valid JSON: ${(e as Error).message}`, { cause: e });
  }
}

/**
 * Expands the command-line paths into document files: directories are listed (not recursively, so
 * lexicon/ is skipped), meta.json and non-document files ignored, names sorted. A missing path is
 * an IngestError NOT_FOUND.
 */
export async function collectInputFiles(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const abs = resolve(p);
    let st;
    try {
      st = await stat(abs);
    } catch (e) {
      throw new IngestError('NOT_FOUND', p, undefined, { cause: e });
    }
    if (st.isDirectory()) {
      const entries = await readdir(abs, { withFileTypes: true });
      const files = entries
        .filter((e) => e.isFile() && !e.name.startsWith('.') && e.name !== 'meta.json' && formatOf(e.name))
        .map((e) => e.name)
        .sort();
      for (const f of files) out.push(join(abs, f));
    } else {
      out.push(abs);
    }
  }
  return [...new Set(out)];
}
