// GB/T 4754-2017 codes (seeds/lexicon/gbt4754.tsv, parsed by ingest/lexicon/registry.ts): validate
// and name a registry's 行业代码, and map it onto the taxonomy by the nearest code that has a mapping
// (C3973 → C397 → C39 → C).
import type { IndustryCodeEntry } from '../ingest/lexicon/index.ts';

export interface CodeEntry {
  code: string;
  level: number;
  name: string;
}

export interface CodeMapping {
  /** The code whose row gave the mapping (itself or an ancestor). */
  from: string;
  /** Taxonomy industry names; the first gets the IN_INDUSTRY edge. */
  industries: string[];
  confidence: number;
}

export class IndustryCodes {
  private readonly byCode = new Map<string, CodeEntry>();
  private readonly byName = new Map<string, CodeEntry>();
  /** Digits (without the section letter) → full code; digits are unique across sections. */
  private readonly byDigits = new Map<string, string>();
  private readonly mapping = new Map<string, { industries: string[]; confidence: number } | null>();

  constructor(entries: IndustryCodeEntry[]) {
    for (const e of entries) {
      const entry: CodeEntry = { code: e.code, level: e.level, name: e.name };
      this.byCode.set(e.code, entry);
      if (!this.byName.has(e.name)) this.byName.set(e.name, entry);
      if (e.code.length > 1) this.byDigits.set(e.code.slice(1), e.code);
      if (e.industries === null) this.mapping.set(e.code, null);
      else if (e.industries && e.industries.length) this.mapping.set(e.code, { industries: e.industries, confidence: e.confidence ?? 0.8 });
    }
  }

  get size(): number {
    return this.byCode.size;
  }

  get(code: string): CodeEntry | undefined {
    return this.byCode.get(code);
  }

  /**
   * A code from how registries write it: C3973, c3973, 3973, 3973 集成电路制造, 3973-集成电路制造,
   * 集成电路制造 (the name alone), 计算机、通信和其他电子设备制造业 (a 大类 name). Excel drops the leading zero
   * of agriculture codes (0111 → 111): a 3-digit number that is not a 中类 is tried as 0xxx.
   */
  parse(text: string): CodeEntry | undefined {
    const t = text.normalize('NFKC').trim();
    const m = /^([A-Ta-t])?\s*(\d{2,4})(?![\d])/.exec(t);
    if (m) {
      const digits = m[2]!;
      if (m[1]) {
        const e = this.byCode.get(m[1].toUpperCase() + digits);
        if (e) return e;
      }
      const full = this.byDigits.get(digits) ?? (digits.length === 3 ? this.byDigits.get('0' + digits) : undefined);
      if (full) return this.byCode.get(full);
      return undefined;
    }
    if (/^[A-Ta-t]$/.test(t)) return this.byCode.get(t.toUpperCase());
    const name = t.replace(/^[A-Ta-t]?\d*\s*[-—:：]?\s*/, '').trim();
    return this.byName.get(name);
  }

  /** The taxonomy industries of a code, from itself or its nearest ancestor with a mapping. */
  industriesOf(code: string): CodeMapping | undefined {
    for (let c = code; c.length >= 1; c = c.slice(0, -1)) {
      if (!this.mapping.has(c)) continue;
      const m = this.mapping.get(c);
      return m ? { from: c, industries: m.industries, confidence: m.confidence } : undefined;
    }
    return undefined;
  }

  /** Every taxonomy name the table maps to (for checks against the taxonomy). */
  mappedIndustries(): Set<string> {
    const out = new Set<string>();
    for (const m of this.mapping.values()) if (m) for (const i of m.industries) out.add(i);
    return out;
  }
}
