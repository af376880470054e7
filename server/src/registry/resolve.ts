// Resolution of registry rows (legal names) against the enterprises the documents name (short
// names). Each candidate pair gets a score from how the names relate and from whether the two are in
// the same field; the best candidate of a row is `sure` (merged), `doubtful` (kept apart, listed for
// review) or no match. The credit code is the identity: equal codes are the same firm, different
// codes never are. Nothing below the sure threshold is merged.
import { isAbbreviation, nameKey, NameAnalyser, type NameParts } from './names.ts';
import { overlaps } from './taxonomy.ts';

/** An enterprise as the documents (or an earlier registry) know it. */
export interface KnownEnterprise {
  id: string;
  name: string;
  aliases: string[];
  /** Field of the enterprise: its industries and their ancestors (see Taxonomy.field). */
  field?: Set<string>;
  creditCode?: string;
}

export interface RowIdentity {
  name: string;
  shortName?: string;
  creditCode?: string;
  /** Field of the row: industries from its code and products, with ancestors. */
  field?: Set<string>;
}

export type MatchClass = 'sure' | 'doubtful' | 'none';

export type MatchKind =
  | 'credit-code'
  | 'legal-name'
  | 'same-name'
  | 'same-name-without-region'
  | 'registry-short-name'
  | 'short-name'
  | 'long-name'
  | 'trade-name'
  | 'prefix'
  | 'contains'
  | 'abbreviation';

export interface Candidate {
  entity: KnownEnterprise;
  score: number;
  kind: MatchKind;
  /** The entity's name or alias that matched. */
  via: string;
  /** Adjustments applied, in Chinese, for the review queue and the report. */
  notes: string[];
}

export interface Match {
  cls: MatchClass;
  best?: Candidate;
  /** Other candidates above the doubtful threshold, best first (at most 3). */
  others: Candidate[];
  /** Why a match that scored as sure was demoted. */
  demoted?: string;
}

export const THRESHOLDS = { sure: 0.8, doubtful: 0.5 } as const;

const BASE: Record<MatchKind, number> = {
  'credit-code': 1,
  'legal-name': 1,
  'same-name': 0.97,
  'same-name-without-region': 0.95,
  'registry-short-name': 0.93,
  'short-name': 0.9,
  'long-name': 0.88,
  'trade-name': 0.72,
  prefix: 0.55,
  contains: 0.5,
  abbreviation: 0.5,
};

export const KIND_ZH: Record<MatchKind, string> = {
  'credit-code': '统一社会信用代码相同',
  'legal-name': '文件使用了企业全称',
  'same-name': '去掉组织形式后名称相同',
  'same-name-without-region': '去掉地名和组织形式后名称相同',
  'registry-short-name': '与名录中的企业简称相同',
  'short-name': '文件名称 = 全称去掉行业表述',
  'long-name': '文件名称 = 全称加上行业表述',
  'trade-name': '字号相同',
  prefix: '全称以文件名称开头',
  contains: '全称包含文件名称',
  abbreviation: '文件名称是全称的缩写',
};

/** Kinds where the names alone identify the firm; industry evidence is not needed. */
const NAME_IDENTITY = new Set<MatchKind>(['credit-code', 'legal-name', 'same-name', 'same-name-without-region']);

interface Form {
  entity: KnownEnterprise;
  text: string;
  parts: NameParts;
}

export class Resolver {
  private readonly byKey = new Map<string, Form[]>();
  private readonly byBigram = new Map<string, Form[]>();
  private readonly byCode = new Map<string, KnownEnterprise>();
  private readonly fallbackByCode = new Map<string, KnownEnterprise>();

  /**
   * @param entities the enterprises the documents name (matched by name and by credit code)
   * @param codeOnly enterprises known only from other registries: matched by credit code when no
   *   document's enterprise is a sure match (two registries naming one firm give one node)
   */
  constructor(
    entities: KnownEnterprise[],
    private readonly names: NameAnalyser,
    codeOnly: KnownEnterprise[] = [],
  ) {
    for (const e of codeOnly) if (e.creditCode) this.fallbackByCode.set(e.creditCode, e);
    for (const e of entities) {
      if (e.creditCode) this.byCode.set(e.creditCode, e);
      const seen = new Set<string>();
      for (const text of [e.name, ...e.aliases]) {
        const k = nameKey(text);
        if (k.length < 2 || seen.has(k)) continue;
        seen.add(k);
        const form: Form = { entity: e, text, parts: names.analyse(text) };
        for (const key of new Set([form.parts.key, form.parts.full, form.parts.core, form.parts.brand])) push(this.byKey, key, form);
        for (const s of new Set([form.parts.full, form.parts.core])) if (s.length >= 2) push(this.byBigram, s.slice(0, 2), form);
      }
    }
  }

  /** Every candidate of a row, best first. */
  candidates(row: RowIdentity): Candidate[] {
    const L = this.names.analyse(row.name);
    const forms = new Set<Form>();
    for (const k of [L.key, L.full, L.core, L.brand]) for (const f of this.byKey.get(k) ?? []) forms.add(f);
    for (const k of [L.unqualified, L.unqualified ? this.names.brandOf(L.unqualified) : undefined]) if (k) for (const f of this.byKey.get(k) ?? []) forms.add(f);
    for (const s of [L.full, L.core]) for (let i = 0; i + 2 <= s.length; i++) for (const f of this.byBigram.get(s.slice(i, i + 2)) ?? []) forms.add(f);
    const short = row.shortName ? nameKey(row.shortName) : undefined;
    if (short) for (const f of this.byKey.get(short) ?? []) forms.add(f);
    const best = new Map<string, Candidate>();
    const consider = (c: Candidate | undefined) => {
      if (!c) return;
      const old = best.get(c.entity.id);
      if (!old || c.score > old.score) best.set(c.entity.id, c);
    };
    if (row.creditCode) {
      const e = this.byCode.get(row.creditCode);
      if (e) consider({ entity: e, score: 1, kind: 'credit-code', via: row.creditCode, notes: [] });
    }
    for (const f of forms) {
      // Different credit codes: never the same firm.
      if (row.creditCode && f.entity.creditCode && f.entity.creditCode !== row.creditCode) continue;
      consider(this.score(f, L, row, short));
    }
    return [...best.values()].sort((a, b) => b.score - a.score || b.via.length - a.via.length || (a.entity.id < b.entity.id ? -1 : 1));
  }

  private score(f: Form, L: NameParts, row: RowIdentity, short: string | undefined): Candidate | undefined {
    const D = f.parts;
    let kind: MatchKind | undefined;
    if (D.key === L.key) kind = 'legal-name';
    else if (D.full === L.full) kind = 'same-name';
    else if (D.full === L.core || D.full === L.unqualified || (D.core === L.core && !NameAnalyser.regionsConflict(D.region, L.region))) kind = 'same-name-without-region';
    else if (short && (D.key === short || D.full === short)) kind = 'registry-short-name';
    else if (this.tradeExtension(D, L)) kind = 'short-name';
    else if (this.tradeExtension(L, D)) kind = 'long-name';
    else if (D.brand.length >= 2 && D.brand === L.brand) kind = 'trade-name';
    else if (D.core.length >= 2 && L.core.startsWith(D.core)) kind = 'prefix';
    else if (D.core.length >= 2 && L.full.includes(D.core)) kind = 'contains';
    else if (isAbbreviation(D.full, L.core) || isAbbreviation(D.full, L.full)) kind = 'abbreviation';
    if (!kind) return undefined;
    // A two-character name (紫光, 华为) equal to a legal name's trade name is a short name, not an
    // identity: firms in other fields share it.
    if ((kind === 'same-name' || kind === 'same-name-without-region') && D.full.length <= 2 && !(D.group && L.group)) kind = 'short-name';
    let score = BASE[kind];
    const notes: string[] = [];
    if (NameAnalyser.regionsConflict(D.region, L.region)) {
      score *= 0.5;
      notes.push(`地名不同（${D.region} / ${L.region}）`);
    } else if (D.region && !L.region && !NameAnalyser.isNational(D.region) && kind !== 'legal-name') {
      score -= 0.25;
      notes.push(`文件名称带地名「${D.region}」而全称没有`);
    }
    if (D.group && !L.group) {
      score -= 0.3;
      notes.push('文件指集团，名录企业不是集团');
    } else if (!D.group && L.group && !NAME_IDENTITY.has(kind) && kind !== 'short-name') {
      score -= 0.1;
      notes.push('名录企业是集团');
    }
    if (L.branch) {
      score -= 0.2;
      notes.push('名录企业是分支机构');
    }
    // The part both names share: two characters of it are a weak identity.
    const matched = kind === 'trade-name' ? D.brand : kind === 'long-name' ? (D.full.startsWith(L.full) ? L.full : L.core) : D.full;
    if ((kind === 'short-name' || kind === 'trade-name' || kind === 'long-name') && matched.length <= 2) {
      score -= 0.08;
      notes.push('简称只有两个字');
    }
    if (!NAME_IDENTITY.has(kind)) {
      // The firm whose legal name adds least to the document's name is the likelier referent
      // (华为技术 before 华为技术服务, 天士力医药 before 天士力生物医药).
      const extra = Math.max(0, L.core.length - D.core.length);
      score -= Math.min(0.04, extra * 0.005);
    }
    let agree: boolean | undefined;
    if (!NAME_IDENTITY.has(kind) && f.entity.field?.size && row.field?.size) {
      agree = overlaps(f.entity.field, row.field);
      if (agree) {
        score += 0.08;
        notes.push('行业一致');
      } else {
        score -= 0.25;
        notes.push('行业不一致');
      }
    }
    // Two-character trade names are shared across fields: sure only with the same field shown.
    if ((kind === 'short-name' || kind === 'trade-name') && matched.length <= 2 && agree !== true && score >= THRESHOLDS.sure) {
      score = THRESHOLDS.sure - 0.05;
      notes.push('两字简称且行业未知，待核');
    }
    // A document name that adds words to a two-character legal name (紫光云 ↔ 紫光股份有限公司) is more
    // specific than the firm: never sure.
    if (kind === 'long-name' && matched.length <= 2 && score >= THRESHOLDS.sure) {
      score = THRESHOLDS.sure - 0.05;
      notes.push('文件名称比两字全称更具体，待核');
    }
    score = Math.max(0, Math.min(1, Math.round(score * 1000) / 1000));
    return { entity: f.entity, score, kind, via: f.text, notes };
  }

  /** `long` is `short` followed only by trade words: 飞腾信息技术 extends 飞腾. */
  private tradeExtension(short: NameParts, long: NameParts): boolean {
    for (const x of new Set([short.full, short.core])) {
      if (x.length < 2) continue;
      for (const y of new Set([long.full, long.core, long.unqualified ?? long.core])) {
        if (y.length > x.length && y.startsWith(x) && this.names.isTrade(y.slice(x.length))) return true;
      }
    }
    return false;
  }

  /** The class of one row on its own (before rows compete for an entity; see `resolveAll`). */
  classify(row: RowIdentity): Match {
    const cands = this.candidates(row).filter((c) => c.score >= THRESHOLDS.doubtful);
    const [best, ...rest] = cands;
    const fallback = row.creditCode ? this.fallbackByCode.get(row.creditCode) : undefined;
    const byCode: Match | undefined = fallback ? { cls: 'sure', best: { entity: fallback, score: 1, kind: 'credit-code', via: row.creditCode!, notes: [] }, others: [] } : undefined;
    if (!best) return byCode ?? { cls: 'none', others: [] };
    const m: Match = { cls: best.score >= THRESHOLDS.sure ? 'sure' : 'doubtful', best, others: rest.slice(0, 3) };
    const second = rest[0];
    if (m.cls === 'sure' && best.kind !== 'credit-code' && second && second.score >= THRESHOLDS.sure && best.score - second.score < 0.05) {
      m.cls = 'doubtful';
      m.demoted = `两个候选难以区分：${best.entity.name} / ${second.entity.name} / two candidates too close`;
    }
    if (m.cls !== 'sure' && byCode) return { ...byCode, others: cands.slice(0, 3) };
    return m;
  }
}

/**
 * Resolves many rows at once: a document's enterprise is merged with at most one registry row.
 * When several rows are sure of the same enterprise, the best keeps it and the others become
 * doubtful (equal best scores: all doubtful).
 */
export function resolveAll<R extends RowIdentity>(resolver: Resolver, rows: R[]): Match[] {
  const matches = rows.map((r) => resolver.classify(r));
  const claims = new Map<string, number[]>();
  matches.forEach((m, i) => {
    if (m.cls === 'sure') push(claims, m.best!.entity.id, i);
  });
  for (const [id, idx] of claims) {
    if (idx.length < 2) continue;
    const sorted = [...idx].sort((a, b) => matches[b]!.best!.score - matches[a]!.best!.score);
    const top = matches[sorted[0]!]!.best!.score;
    const tie = matches[sorted[1]!]!.best!.score === top;
    sorted.forEach((i, k) => {
      if (k === 0 && !tie) return;
      const m = matches[i]!;
      m.cls = 'doubtful';
      m.demoted = tie
        ? `多行名录同样匹配「${id}」/ several rows match ${id} equally`
        : `另一行名录（${rows[sorted[0]!]!.name}）更匹配「${id}」/ another row matches ${id} better`;
    });
  }
  return matches;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}
