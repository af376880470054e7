// Deterministic corpus in the genre: the seeds' documents (their structure, headings, measures,
// responsibility brackets, 003's flattened table) recombined with generated names. Every
// enterprise, lab and park of the organisations lexicon is replaced, per document, by a generated
// name of the same kind, so the corpus yields new entities as real district plans would; sections
// of the same seed are kept in order so the document stays well-formed.
//   tsx bench/generate-corpus.ts --mb 10 --out /tmp/corpus [--seed 7]
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './generate-graph.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const SYL = '华信通海芯科瑞智达鼎新源宏泰中航天津滨辰星云光电微创合盛康润博远恒力'.split('');
const ENT_SUFFIX = ['科技', '智能', '信息', '电子', '生物', '股份', '集团', '半导体', '软件'];
const LAB_SUFFIX = ['实验室', '研究院', '创新中心', '工程研究中心', '大学'];
const PARK_SUFFIX = ['产业园', '片区', '科技园', '产业基地', '创新谷', '集聚区'];

interface Org {
  label: 'Enterprise' | 'Lab' | 'Park';
  forms: string[];
}

async function organisations(): Promise<Org[]> {
  const text = await readFile(path.join(ROOT, 'seeds/lexicon/organizations.tsv'), 'utf8');
  const out: Org[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#') || line.startsWith('name\t')) continue;
    const [name, label, , aliases] = line.split('\t');
    if (!name || (label !== 'Enterprise' && label !== 'Lab' && label !== 'Park')) continue;
    // Only forms of 2+ characters that are not bare words shared by many names.
    const forms = [name, ...(aliases ?? '').split('|')].map((s) => s.trim()).filter((s) => s.length >= 2);
    out.push({ label, forms });
  }
  return out;
}

function gen(rand: () => number, label: Org['label']): string {
  const n = 2 + Math.floor(rand() * 2);
  let s = '';
  for (let i = 0; i < n; i++) s += SYL[Math.floor(rand() * SYL.length)];
  const pick = (xs: string[]) => xs[Math.floor(rand() * xs.length)]!;
  return s + pick(label === 'Enterprise' ? ENT_SUFFIX : label === 'Lab' ? LAB_SUFFIX : PARK_SUFFIX);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface Corpus {
  files: string[];
  bytes: number;
}

/** Writes documents into `dir` until they total `targetBytes`; same seed → same corpus. */
export async function generateCorpus(dir: string, targetBytes: number, seed = 7): Promise<Corpus> {
  await mkdir(dir, { recursive: true });
  const seedDir = path.join(ROOT, 'seeds');
  const names = (await readdir(seedDir)).filter((f) => f.endsWith('.txt')).sort();
  const texts = await Promise.all(names.map((f) => readFile(path.join(seedDir, f), 'utf8')));
  const orgs = await organisations();
  // Longest surface forms first, so 麒麟软件 is replaced before 麒麟.
  const formToOrg = new Map<string, number>();
  orgs.forEach((o, i) => o.forms.forEach((f) => formToOrg.has(f) || formToOrg.set(f, i)));
  const pattern = new RegExp([...formToOrg.keys()].sort((a, b) => b.length - a.length).map(escape).join('|'), 'g');
  const rand = mulberry32(seed);
  const files: string[] = [];
  let bytes = 0;
  for (let k = 0; bytes < targetBytes; k++) {
    const i = Math.floor(rand() * texts.length);
    const renamed = new Map<number, string>();
    const text = texts[i]!.replace(pattern, (m) => {
      const org = formToOrg.get(m)!;
      let r = renamed.get(org);
      if (!r) renamed.set(org, (r = gen(rand, orgs[org]!.label)));
      return r;
    });
    const file = path.join(dir, `gen_${String(k).padStart(5, '0')}_${names[i]}`);
    await writeFile(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  return { files, bytes };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (k: string, d: string) => {
    const i = process.argv.indexOf(`--${k}`);
    return i > 0 ? process.argv[i + 1]! : d;
  };
  const mbs = Number(arg('mb', '1'));
  const out = arg('out', '');
  if (!out || !Number.isFinite(mbs) || mbs <= 0) {
    console.error('用法 / usage: tsx bench/generate-corpus.ts --mb <megabytes> --out <dir> [--seed <n>]');
    process.exit(2);
  }
  const c = await generateCorpus(out, mbs * 1024 * 1024, Number(arg('seed', '7')));
  console.log(`${c.files.length} documents, ${(c.bytes / 1024 / 1024).toFixed(1)} MB → ${out}`);
}
