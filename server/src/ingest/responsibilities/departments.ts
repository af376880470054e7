// Department identification, once per document: jurisdiction scoping, canonical names, aliases.
// 科技局 in a 滨海高新区 document, 区科技局 in a 津南区 document and 区科技局 in a 滨海新区 document are
// three bodies (three ids); 市X belongs to the city; names carrying their own zone (滨海新区政府,
// 高新区税务局) belong to that zone. Lexicon files live in seeds/lexicon/ and can be extended by users.
import { departmentJurisdiction, hasLevelChar } from '../departments/jurisdictions.ts';
import { departmentId } from '../ids.ts';
import type { Lexicon } from '../lexicon/index.ts';
import type { DocumentMeta, MeasureUnit, ResolvedDepartment, StructureWarning } from '../types.ts';
import type { DraftMeasure } from './measures.ts';
import type { PendingWarning, TableBodyCheck } from './tables.ts';

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

function splitLevel(name: string, stems: string[]): { level: string; core: string } {
  for (const ch of ['市', '区', '县', '省']) if (hasLevelChar(name, ch, stems) && name.length > 2) return { level: ch, core: name.slice(1) };
  return { level: '', core: name };
}

/** A department name the document uses, with the other names it writes beside it (市场监管局（知识产权局）). */
export type AttestedName = string | { name: string; aliases?: string[] };

/**
 * Resolves department names for one document. `attested` are all department names the document
 * itself uses: an abbreviation (经发局) expands to a full form (经济发展局) only when exactly one
 * attested name of the same jurisdiction and level could be its expansion. A name written in brackets
 * after another (市场监管局（知识产权局）) is an alias: wherever the document uses it, it resolves to the
 * body it was written beside, so 市场监管局, 市场监管局（知识产权局） and 知识产权局 are one node.
 */
export class DepartmentResolver {
  private readonly byJurisdiction = new Map<string, string[]>();
  /** alias as written → the name it was written beside (undefined when two bodies claim it) */
  private readonly aliasOf = new Map<string, string | undefined>();

  constructor(
    readonly meta: DocumentMeta,
    readonly lexicon: Lexicon,
    attested: Iterable<AttestedName> = [],
  ) {
    const names = new Set<string>();
    for (const a of attested) {
      const name = typeof a === 'string' ? a : a.name;
      names.add(name);
      if (typeof a === 'string') continue;
      for (const alias of a.aliases ?? []) {
        if (alias === name) continue;
        const prev = this.aliasOf.get(alias);
        if (this.aliasOf.has(alias) && prev !== name) this.aliasOf.set(alias, undefined);
        else this.aliasOf.set(alias, name);
      }
    }
    // a body named by its alias alone is not an expansion candidate of its own
    for (const n of names) {
      if (this.aliasOf.get(n) !== undefined) continue;
      const j = departmentJurisdiction(n, meta, lexicon);
      const arr = this.byJurisdiction.get(j) ?? [];
      arr.push(this.lexiconCanonical(n, j));
      this.byJurisdiction.set(j, arr);
    }
  }

  /** The name an alias was written beside (知识产权局 → 市场监管局), else the name itself. */
  private mainOf(name: string): string {
    return this.aliasOf.get(name) ?? name;
  }

  private lexiconCanonical(name: string, jurisdiction: string): string {
    const { level, core } = splitLevel(name, this.lexicon.stems);
    const rows = this.lexicon.departments.filter((e) => e.jurisdiction === jurisdiction || e.jurisdiction === '*');
    rows.sort((a, b) => (a.jurisdiction === '*' ? 1 : 0) - (b.jurisdiction === '*' ? 1 : 0));
    for (const e of rows) {
      if (e.aliases.includes(name) || e.canonical === name) return e.canonical;
      if (level && (e.aliases.includes(core) || e.canonical === core)) return level + e.canonical;
    }
    return name;
  }

  canonical(written: string, jurisdiction?: string): string {
    const name = this.mainOf(written);
    const j = jurisdiction !== undefined && name === written ? jurisdiction : departmentJurisdiction(name, this.meta, this.lexicon);
    const lexed = this.lexiconCanonical(name, j);
    if (lexed !== name) return lexed;
    if (name.length > 4) return name;
    const { level, core } = splitLevel(name, this.lexicon.stems);
    const candidates = new Set<string>();
    for (const full of this.byJurisdiction.get(j) ?? []) {
      const f = splitLevel(full, this.lexicon.stems);
      if (f.level !== level || f.core.length <= core.length) continue;
      if (f.core[0] !== core[0] || f.core.at(-1) !== core.at(-1)) continue;
      if (isSubsequence(core, f.core)) candidates.add(full);
    }
    return candidates.size === 1 ? [...candidates][0]! : name;
  }

  resolve(written: string): ResolvedDepartment {
    const name = this.mainOf(written);
    const jurisdiction = departmentJurisdiction(name, this.meta, this.lexicon);
    const canonical = this.canonical(name, jurisdiction);
    return { id: departmentId(jurisdiction, canonical), name: canonical, jurisdiction, surface: written };
  }
}

/** One-off resolution (no in-document attestation). */
export function resolveDepartment(name: string, meta: DocumentMeta, lexicon: Lexicon): ResolvedDepartment {
  return new DepartmentResolver(meta, lexicon).resolve(name);
}

/**
 * Every mention of the document's measures with the department it names, by one resolver over all
 * the names the document uses (so an abbreviation expands the same way wherever it is written).
 */
export function identifyDepartments(meta: DocumentMeta, lexicon: Lexicon, measures: DraftMeasure[]): { measures: MeasureUnit[]; resolver: DepartmentResolver } {
  const resolver = new DepartmentResolver(
    meta,
    lexicon,
    measures.flatMap((m) => m.responsibilities.map((r) => ({ name: r.name, aliases: r.aliases }))),
  );
  return {
    resolver,
    measures: measures.map((m) => ({ ...m, responsibilities: m.responsibilities.map((r) => ({ ...r, department: resolver.resolve(r.name) })) })),
  };
}

/** The warnings in the order they were noticed, table/body checks settled with the document's resolver. */
export function settleWarnings(pending: PendingWarning[], measures: MeasureUnit[], resolver: DepartmentResolver): StructureWarning[] {
  const out: StructureWarning[] = [];
  for (const w of pending) {
    if ('code' in w) out.push(w);
    else {
      const d = tableBodyDisagreement(w, measures, resolver);
      if (d) out.push(d);
    }
  }
  return out;
}

function tableBodyDisagreement(c: TableBodyCheck, measures: MeasureUnit[], resolver: DepartmentResolver): StructureWarning | undefined {
  const number = measures[c.measureIndex]?.number ?? '';
  const bodyNames = new Set(c.bodyNames.map((n) => resolver.canonical(n)));
  const tableNames = c.tableNames.map((n) => resolver.canonical(n));
  const missing = tableNames.filter((n) => !bodyNames.has(n));
  const extra = [...bodyNames].filter((n) => !tableNames.includes(n));
  const missingColl = c.tableCollectives.filter((n) => !c.bodyCollectives.includes(n));
  if (!missing.length && !extra.length && !missingColl.length) return undefined;
  return {
    code: 'TABLE_BODY_DISAGREE',
    measureIndex: c.measureIndex,
    message:
      `举措 ${number}：分工表「${c.column}」与正文责任部门不一致 / measure ${number}: table column 「${c.column}」 disagrees with the body` +
      (missing.length ? `；仅表中 only in table: ${[...missing, ...missingColl].join('、')}` : missingColl.length ? `；仅表中 only in table: ${missingColl.join('、')}` : '') +
      (extra.length ? `；仅正文 only in body: ${extra.join('、')}` : ''),
  };
}
