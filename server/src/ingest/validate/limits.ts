// What one document may add to the graph: a bound on its nodes, its edges and its bare names
// (entities with no relation at all), checked on the validated batch before anything is stored.
// A document over a bound is refused whole (IngestError TOO_LARGE, one bilingual line naming the
// file, the count and the limit): nothing of it is stored, the other documents of the run are, and
// a version already in the store stays as it was.
//
// Why refuse rather than flag in `kg ingest --report`: a flag bounds nothing (the store still grows
// by whatever the file yields, and uploads over HTTP have no --report to read); a refusal keeps the
// store as it was and says why. The bounds sit far above real documents (measured on every document
// of seeds/ and test/fixtures/, 296 readable: at most 367 nodes, 631 edges and 39 bare names, all in
// seeds/001, 39,506 characters), so only generated or hostile input meets them.
//
// Bare names are stored below the bound: 183 of the 9,001 entity nodes of those documents (75
// documents) have no edge — real names the text states (universities named as partners, parks in a
// list), most of which the hand-written gold lists as nodes. A file that is mostly a list of names
// (2,000 names, 40 KB, review16 M3) is refused instead of adding 2,000 nodes reachable only by search.
import type { GraphBatch } from '../../model.ts';
import { KgError } from '../../errors.ts';
import { IngestError } from '../errors.ts';

export interface DocumentLimits {
  /** Most nodes one document may add (its Document, Measures and Departments included). */
  maxNodes: number;
  /** Most edges one document may add. */
  maxEdges: number;
  /** Most bare names (Industry, Enterprise, Lab, Park nodes without any edge) in a short document… */
  maxUnlinked: number;
  /** …plus this many per 1,000 characters of text. */
  unlinkedPer1000Chars: number;
}

export const DOCUMENT_LIMITS: Readonly<DocumentLimits> = { maxNodes: 10_000, maxEdges: 50_000, maxUnlinked: 200, unlinkedPer1000Chars: 5 };

const ENV = { maxNodes: 'KG_DOC_MAX_NODES', maxEdges: 'KG_DOC_MAX_EDGES', maxUnlinked: 'KG_DOC_MAX_UNLINKED' } as const;

/** The bounds, from the environment (KG_DOC_MAX_NODES, KG_DOC_MAX_EDGES, KG_DOC_MAX_UNLINKED) or the defaults. */
export function documentLimits(env: NodeJS.ProcessEnv = process.env): DocumentLimits {
  const out: DocumentLimits = { ...DOCUMENT_LIMITS };
  for (const [key, name] of Object.entries(ENV) as [keyof typeof ENV, string][]) {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') continue;
    if (!/^\d+$/.test(raw.trim()) || Number(raw) < 1) {
      throw new KgError('BAD_USAGE', `${name} 必须是正整数（收到「${raw.slice(0, 20)}」）/ ${name} must be a positive integer (got "${raw.slice(0, 20)}")`, { details: { variable: name } });
    }
    out[key] = Number(raw);
  }
  return out;
}

const ENTITY = new Set(['Industry', 'Enterprise', 'Lab', 'Park']);
const NOTHING_ZH = '整个文件未存储';
const NOTHING_EN = 'nothing of this document was stored';
const headline = (f: string) => `文件超出单个文件可加入图谱的上限：${f} / the document would add more to the graph than one document may: ${f}`;
const fmt = (n: number) => n.toLocaleString('en-US');

/** Throws IngestError TOO_LARGE when the batch is over a bound; the file is the Document node's. */
export function assertWithinDocumentLimits(batch: GraphBatch, text: string, limits: DocumentLimits = documentLimits()): void {
  const doc = batch.nodes.find((n) => n.label === 'Document');
  const file = typeof doc?.properties.file === 'string' ? doc.properties.file : batch.documentId;
  if (batch.nodes.length > limits.maxNodes) {
    throw new IngestError(
      'TOO_LARGE',
      file,
      `本文件产生 ${fmt(batch.nodes.length)} 个节点，超过每个文件 ${fmt(limits.maxNodes)} 个的上限（${ENV.maxNodes}），${NOTHING_ZH} / the document yields ${fmt(batch.nodes.length)} nodes, over the per-document limit of ${fmt(limits.maxNodes)} (${ENV.maxNodes}); ${NOTHING_EN}`,
      { headline },
    );
  }
  if (batch.edges.length > limits.maxEdges) {
    throw new IngestError(
      'TOO_LARGE',
      file,
      `本文件产生 ${fmt(batch.edges.length)} 条关系，超过每个文件 ${fmt(limits.maxEdges)} 条的上限（${ENV.maxEdges}），${NOTHING_ZH} / the document yields ${fmt(batch.edges.length)} edges, over the per-document limit of ${fmt(limits.maxEdges)} (${ENV.maxEdges}); ${NOTHING_EN}`,
      { headline },
    );
  }
  const linked = new Set<string>();
  for (const e of batch.edges) {
    linked.add(e.source);
    linked.add(e.target);
  }
  let unlinked = 0;
  for (const n of batch.nodes) if (ENTITY.has(n.label) && !linked.has(n.id)) unlinked++;
  const cap = Math.max(limits.maxUnlinked, Math.floor((text.length / 1000) * limits.unlinkedPer1000Chars));
  if (unlinked > cap) {
    throw new IngestError(
      'TOO_LARGE',
      file,
      `本文件有 ${fmt(unlinked)} 个产业、企业、机构或园区没有任何关系（只有名称），超过上限 ${fmt(cap)}（每个文件 ${fmt(limits.maxUnlinked)} 个，长文每千字 ${limits.unlinkedPer1000Chars} 个；${ENV.maxUnlinked}），${NOTHING_ZH} / ${fmt(unlinked)} industries, enterprises, labs or parks have no relation at all (bare names), over the limit of ${fmt(cap)} (${fmt(limits.maxUnlinked)} per document, ${limits.unlinkedPer1000Chars} per 1,000 characters in long ones; ${ENV.maxUnlinked}); ${NOTHING_EN}`,
      { headline },
    );
  }
}
