// Industry-chain templates: the shape of the editable chains.tsv (parsed and validated by
// server/src/ingest/lexicon/chains.ts) and an index to look names up in them. Shared by ingest (which
// maps extracted segments onto the templates) and analysis (which draws a chain's stages in order
// and marks 补链 gaps against its template); no I/O here.

export const POSITIONS = ['上游', '中游', '下游', '横向'] as const;
export type ChainPosition = (typeof POSITIONS)[number];
export const POSITION_RANK: Readonly<Record<ChainPosition, number>> = { 上游: 1, 中游: 2, 下游: 3, 横向: 0 };
export const CHAIN_COLUMNS = ['chain', 'position', 'order', 'stage', 'segment', 'parent', 'aliases'] as const;

export interface ChainSegment {
  name: string;
  aliases: string[];
  /** The segment of the same stage this one is part of. */
  parent?: string;
  /** Stage order (1 = most upstream); undefined for a cross-cutting segment. */
  order?: number;
  position: ChainPosition;
  /** 1-based line in the file. */
  line: number;
}

export interface ChainStage {
  order: number;
  position: Exclude<ChainPosition, '横向'>;
  name: string;
  aliases: string[];
  segments: ChainSegment[];
  line: number;
}

export interface ChainTemplate {
  name: string;
  aliases: string[];
  /** The group this chain belongs to (新能源 for 光伏). */
  parent?: string;
  /** Stages in order, most upstream first. */
  stages: ChainStage[];
  /** Cross-cutting segments (横向). */
  cross: ChainSegment[];
  line: number;
}

/** Lookup key for names and aliases: half-width, no spaces or quotes, lower case. */
export function chainKey(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    out += c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : ch;
  }
  return out.replace(/[\s\u3000“”"‘’'「」]/g, '').toLowerCase();
}

export interface SegmentMatch {
  chain: ChainTemplate;
  /** The matched segment; undefined when the name is the chain's own or a stage's name. */
  segment?: ChainSegment;
  stage?: ChainStage;
}

/** An index of the templates by every name and alias (chains, stages, segments). */
export class ChainIndex {
  readonly templates: ChainTemplate[];
  private readonly byKey = new Map<string, SegmentMatch[]>();

  constructor(templates: ChainTemplate[]) {
    this.templates = templates;
    const add = (n: string, m: SegmentMatch) => {
      const k = chainKey(n);
      const list = this.byKey.get(k) ?? [];
      list.push(m);
      this.byKey.set(k, list);
    };
    for (const c of templates) {
      for (const n of [c.name, ...c.aliases]) add(n, { chain: c });
      for (const s of c.stages) {
        for (const n of [s.name, ...s.aliases]) add(n, { chain: c, stage: s });
        for (const seg of s.segments) for (const n of [seg.name, ...seg.aliases]) add(n, { chain: c, stage: s, segment: seg });
      }
      for (const seg of c.cross) for (const n of [seg.name, ...seg.aliases]) add(n, { chain: c, segment: seg });
    }
  }

  chain(name: string): ChainTemplate | undefined {
    return this.byKey.get(chainKey(name))?.find((m) => !m.stage && !m.segment)?.chain;
  }

  /** Every place a name (or alias) has in the templates; `within` restricts to one chain (and its sub-chains). */
  find(name: string, within?: string): SegmentMatch[] {
    const all = this.byKey.get(chainKey(name)) ?? [];
    if (!within) return all;
    const ok = new Set(this.family(within).map((c) => c.name));
    return all.filter((m) => ok.has(m.chain.name));
  }

  /** A chain and the chains grouped under it (新能源 → 光伏, 风电, …). */
  family(name: string): ChainTemplate[] {
    const root = this.chain(name);
    if (!root) return [];
    const out = [root];
    for (let i = 0; i < out.length; i++) for (const c of this.templates) if (c.parent === out[i]!.name && !out.includes(c)) out.push(c);
    return out;
  }
}
