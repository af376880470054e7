// Registry facts as one GraphBatch with its own source id (`registry:<source>`, not a document):
// an Enterprise node per good row (merged into the document's node when resolution is sure), and
// IN_INDUSTRY (from the industry code and the products) and LOCATED_IN (from 所属园区 or the address)
// edges, each with `basis: 'registry'`, a confidence, and the row as evidence.
//
// Evidence: a registry has no document text, so an evidence item is self-contained:
//   documentId = the registry source id (`registry:<source>`; Evidence.document is null for it),
//   text       = the row rendered as `企业名称=…；统一社会信用代码=…；<the cells behind this fact>`,
//   start, end = 0 and text.length (offsets into that text itself, not into any document),
//   section    = `企业名录「<source>」第 N 行` (with the sheet for XLSX): where the row is.
import { createHash } from 'node:crypto';
import { edgeId, type Evidence, type GraphBatch, type GraphEdge, type GraphNode, type Json } from '../model.ts';
import { FIELD_LABEL, type Field } from './fields.ts';
import type { RegistryLexicon } from './lexicon.ts';
import type { ParkHit } from './parks.ts';
import type { Match } from './resolve.ts';
import type { RegistryRecord } from './rows.ts';
import type { SegmentHit } from './segments.ts';

export const REGISTRY_PREFIX = 'registry:';

/** Source names: letters, digits, CJK, - _ . (no slashes, no spaces), 1–80 characters. */
export function checkSourceName(name: string): string | undefined {
  if (!name || name.length > 80) return '名录名称须为 1–80 个字符 / the source name must be 1–80 characters';
  if (!/^[\p{L}\p{N}_.\-]+$/u.test(name)) return '名录名称只能含字母、数字、汉字和 - _ . / the source name may only hold letters, digits, - _ .';
  return undefined;
}

export function registrySourceId(name: string): string {
  return REGISTRY_PREFIX + name;
}

export function isRegistrySource(documentId: string): boolean {
  return documentId.startsWith(REGISTRY_PREFIX);
}

/** Everything known about one row before the batch is built. */
export interface ResolvedRow {
  record: RegistryRecord;
  match: Match;
  code?: { industry: string; confidence: number; from: string };
  segments: SegmentHit[];
  park?: ParkHit;
}

export interface BatchStats {
  enterprises: number;
  merged: number;
  doubtful: number;
  newEnterprises: number;
  inIndustry: number;
  locatedIn: number;
  newParks: number;
}

/** Doubtful matches, kept apart for review. */
export interface DoubtfulMatch {
  line: number;
  sheet?: string;
  legalName: string;
  creditCode?: string;
  /** The registry enterprise's own node. */
  enterpriseId: string;
  candidateId: string;
  candidateName: string;
  score: number;
  kind: string;
  reasons: string[];
}

const SCOPE_CHARS = 300;


function cut(s: string, n: number): string {
  return s.length > n ? s.slice(0, n) + '…' : s;
}

/** The part of a long 经营范围 around the words that matched (the whole scope is a node property). */
function excerpt(text: string, words: string[]): string {
  if (text.length <= 80) return text;
  const upper = text.normalize('NFKC').toUpperCase();
  const at = words.map((w) => upper.indexOf(w)).filter((i) => i >= 0);
  if (at.length === 0) return cut(text, 80);
  const from = Math.max(0, Math.min(...at) - 20);
  const to = Math.min(text.length, Math.max(...at) + 30);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

function render(rec: RegistryRecord, fields: Field[], words: string[] = []): string {
  const parts = [`${FIELD_LABEL.name}=${rec.name}`];
  if (rec.creditCode) parts.push(`${FIELD_LABEL.creditCode}=${rec.creditCode}`);
  for (const f of fields) {
    const v = f === 'industryCode' ? [rec.industryCode, rec.industryName].filter(Boolean).join(' ') : rec.raw[f];
    if (v) parts.push(`${FIELD_LABEL[f]}=${f === 'scope' ? excerpt(v, words) : cut(v, 200)}`);
  }
  return parts.join('；');
}

export function rowSection(source: string, rec: { line: number; sheet?: string }): string {
  return `企业名录「${source}」${rec.sheet ? `工作表「${rec.sheet}」` : ''}第 ${rec.line} 行`;
}

function evidence(sourceId: string, source: string, rec: RegistryRecord, fields: Field[], words: string[] = []): Evidence {
  const text = render(rec, fields, words);
  return { documentId: sourceId, section: rowSection(source, rec), text, start: 0, end: text.length };
}

/** The id of the Enterprise node a row contributes to. */
export function enterpriseIdFor(row: ResolvedRow): string {
  return row.match.cls === 'sure' ? row.match.best!.entity.id : `enterprise:${row.record.name}`;
}

export interface BuildOptions {
  source: string;
  sourceHash: string;
  lexicon: RegistryLexicon;
}

export function buildRegistryBatch(rows: ResolvedRow[], opts: BuildOptions): { batch: GraphBatch; stats: BatchStats; doubtful: DoubtfulMatch[] } {
  const sourceId = registrySourceId(opts.source);
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const stats: BatchStats = { enterprises: 0, merged: 0, doubtful: 0, newEnterprises: 0, inIndustry: 0, locatedIn: 0, newParks: 0 };
  const doubtful: DoubtfulMatch[] = [];
  const industryNode = (name: string) => {
    const id = `industry:${name}`;
    if (!nodes.has(id)) {
      const level = opts.lexicon.taxonomy.get(name)?.level ?? 'segment';
      nodes.set(id, { id, label: 'Industry', name, aliases: [], properties: { level } });
    }
    return id;
  };
  for (const row of rows) {
    const rec = row.record;
    const id = enterpriseIdFor(row);
    if (nodes.has(id)) continue; // resolution never sends two rows to one node; defensive
    stats.enterprises++;
    const props: Record<string, Json> = { registry: opts.source, registryLine: rec.line, legalName: rec.name };
    if (rec.sheet) props.registrySheet = rec.sheet;
    if (rec.creditCode) props.creditCode = rec.creditCode;
    if (rec.industryCode) props.industryCode = rec.industryCode;
    if (rec.industryName) props.industryCodeName = rec.industryName;
    if (rec.address) props.registeredAddress = rec.address;
    if (rec.park) props.registeredPark = rec.park;
    if (rec.district) props.district = rec.district;
    if (rec.products) props.mainProducts = rec.products;
    if (rec.scope) props.businessScope = cut(rec.scope, SCOPE_CHARS);
    if (rec.founded) props.founded = rec.founded;
    if (rec.capital) {
      props.registeredCapital = rec.capital.wan;
      props.capitalCurrency = rec.capital.currency;
    }
    if (rec.employees !== undefined) props.employees = rec.employees;
    if (rec.tags.length) props.tags = rec.tags;
    if (rec.listing) props.listing = rec.listing;
    const m = row.match;
    if (m.cls === 'sure') {
      stats.merged++;
      props.registryMatch = m.best!.kind;
      props.registryMatchScore = m.best!.score;
    } else {
      stats.newEnterprises++;
      if (m.cls === 'doubtful') {
        stats.doubtful++;
        const b = m.best!;
        props.possibleMatch = b.entity.id;
        props.possibleMatchScore = b.score;
        const d: DoubtfulMatch = {
          line: rec.line,
          legalName: rec.name,
          enterpriseId: id,
          candidateId: b.entity.id,
          candidateName: b.entity.name,
          score: b.score,
          kind: b.kind,
          reasons: [...b.notes, ...(m.demoted ? [m.demoted] : [])],
        };
        if (rec.sheet) d.sheet = rec.sheet;
        if (rec.creditCode) d.creditCode = rec.creditCode;
        doubtful.push(d);
      }
    }
    // A merged node gets the legal name as an alias (search finds 飞腾 by 飞腾信息技术有限公司); the
    // registry's short name only names nodes of its own (the documents' names are already there).
    if (rec.shortName) props.shortName = rec.shortName;
    const aliases = (m.cls === 'sure' ? [rec.name] : [rec.shortName]).filter((a): a is string => !!a && a !== (m.cls === 'sure' ? m.best!.entity.name : rec.name));
    nodes.set(id, {
      id,
      label: 'Enterprise',
      name: m.cls === 'sure' ? m.best!.entity.name : rec.name,
      aliases: [...new Set(aliases)].sort(),
      properties: props,
    });
    // IN_INDUSTRY: industry code and product segments, one edge per target, the strongest basis.
    const targets = new Map<string, { confidence: number; fields: Field[]; via: string[]; words: string[] }>();
    const add = (industry: string, confidence: number, field: Field, via: string, word?: string) => {
      const t = targets.get(industry) ?? { confidence, fields: [], via: [], words: [] };
      targets.set(industry, t);
      t.confidence = Math.max(t.confidence, confidence);
      if (!t.fields.includes(field)) t.fields.push(field);
      t.via.push(via);
      if (word) t.words.push(word);
    };
    if (row.code) add(row.code.industry, row.code.confidence, 'industryCode', `行业代码 ${row.code.from}`);
    for (const s of row.segments) add(s.segment, s.confidence, s.field, `${FIELD_LABEL[s.field]}「${s.word}」`, s.word);
    for (const [industry, t] of targets) {
      const target = industryNode(industry);
      const eid = edgeId('IN_INDUSTRY', id, target);
      edges.set(eid, {
        id: eid,
        type: 'IN_INDUSTRY',
        source: id,
        target,
        properties: { basis: 'registry', confidence: Math.round(t.confidence * 100) / 100, via: t.via.join('；') },
        evidence: [evidence(sourceId, opts.source, rec, t.fields, t.words)],
      });
      stats.inIndustry++;
    }
    if (row.park) {
      const p = row.park;
      if (!nodes.has(p.id)) {
        const props: Record<string, Json> = p.kind ? { kind: p.kind } : {};
        nodes.set(p.id, { id: p.id, label: 'Park', name: p.name, aliases: [], properties: props });
        if (p.isNew) stats.newParks++;
      }
      const eid = edgeId('LOCATED_IN', id, p.id);
      edges.set(eid, {
        id: eid,
        type: 'LOCATED_IN',
        source: id,
        target: p.id,
        properties: { basis: 'registry', confidence: p.confidence, via: `${FIELD_LABEL[p.field]}「${p.word}」` },
        evidence: [evidence(sourceId, opts.source, rec, [p.field])],
      });
      stats.locatedIn++;
    }
  }
  // In file order: the same file gives the same batch.
  const batch: GraphBatch = { documentId: sourceId, sourceHash: opts.sourceHash, nodes: [...nodes.values()], edges: [...edges.values()] };
  return { batch, stats, doubtful };
}

/** Hash of what determines a batch: the file's bytes (streamed) and the column mapping. */
export async function registryHash(bytes: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, map: Map<string, string | null>): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of bytes) h.update(chunk);
  h.update(JSON.stringify([...map].sort()));
  return h.digest('hex');
}
