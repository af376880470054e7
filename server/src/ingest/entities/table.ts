// The document's entities as its sentences name them: one entry per (label, canonical name), every
// surface kept as an alias. Surface forms resolve through the lexicon (aliases) and a matching key
// (full/half width, 和/与/及, legal-form suffixes). The relation stage adds the entities its patterns
// name (a section's industry, a chain's segments); ../resolve/ then merges full and short names,
// drops what is no industry and what no edge touches.
import { industryBounds } from './industry-bounds.ts';
import type { Json } from '../../model.ts';
import { entityId } from '../ids.ts';
import type { IndustryEntry, OrgEntry } from '../lexicon/index.ts';
import type { LexiconIndex } from '../lexicon/match.ts';
import { cleanSurface, matchKey, stripLegalSuffix } from '../names.ts';

export type EntityLabel = 'Industry' | 'Enterprise' | 'Lab' | 'Park';

export interface Entity {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: Set<string>;
  properties: Record<string, Json>;
}

/** Canonical name of an entity not in the lexicon: deterministic from the surface alone. */
export function canonicalName(label: EntityLabel, surface: string): string {
  return canonicalOfClean(label, cleanSurface(surface));
}

/** canonicalName of a surface already cleaned (cleanSurface). */
function canonicalOfClean(label: EntityLabel, clean: string): string {
  let s = clean.includes('（') || clean.includes('）') ? clean.replace(/（/g, '(').replace(/）/g, ')') : clean;
  if (label === 'Enterprise') s = stripLegalSuffix(s);
  if (label === 'Industry') s = s.replace(/和/g, '与').replace(/(产业|领域|环节)$/, '') || s;
  return s;
}

/**
 * An entity's aliases: a Set that tells its table each alias added (by any stage), so `find` looks a
 * surface up by its matching key instead of scanning every entity's aliases.
 */
class AliasSet extends Set<string> {
  constructor(private readonly onAdd: (alias: string) => void) {
    super();
  }

  override add(alias: string): this {
    if (!this.has(alias)) {
      super.add(alias);
      this.onAdd(alias);
    }
    return this;
  }
}

/** What closes a chain link named by its activity (育种创新, 制种繁育, 种子加工): the activity alone names that link. */
const LINK_ENDS = ['创新', '研发', '繁育', '加工', '制造', '生产'];

/**
 * The kind words that name the same industry after its name: 金属粉末材料 is the 金属粉末 industry. (Not 制造: resolve/
 * merges X制造 with X already, under X's name.)
 */
const KIND_TAILS = ['材料', '产品'];

export class EntityTable {
  private readonly entities = new Map<string, Entity>();
  private regions: Set<string> | undefined;
  /** Some name with a lost character (□) was seen: clean names are checked against it. */
  private lossy = false;
  /** matchKey → entity id, for names seen in this document. */
  private readonly byKey = new Map<string, string>();
  /** Ids of organisations named by the lexicon (never merged with other names). */
  readonly fromLexicon = new Set<string>();
  /**
   * Where in the text each entity was first named (a sentence's start), by either stage: queries
   * about "the document's entities so far" (find, industriesNamedIn) see only those named up to the
   * sentence being read (`at`), as a reader would.
   */
  private readonly firstNamed = new Map<string, number>();
  private position = 0;
  /** label + matchKey of an alias → the entities with such an alias (in the order the alias was added). */
  private readonly byAliasKey = new Map<string, Entity[]>();
  /** Each entity's place in the order first created (the order of `entities`). */
  private readonly ordinal = new Map<Entity, number>();
  /** The entities of each label, in the order created (scans for one label skip the others). */
  private readonly byLabel = new Map<EntityLabel, Entity[]>();
  /** The industries by name. */
  private readonly industryByName = new Map<string, Entity>();
  /** withoutCity of each name asked about (a pure function of the name and the lexicon). */
  private readonly cityless = new Map<string, string>();
  /**
   * Name indexes, so a new name is compared only with the names it could be another form of (a document naming
   * thousands of firms or parks compared each new one with every one before): each index holds a superset of the
   * entities the check it serves accepts, and that check still decides, so the answers are the same.
   */
  /** The industries by name, found by the names a text goes on with (industriesNamedIn). */
  private readonly industryNames = new PrefixTrie<Entity>();
  /** The parks by name, found the same way (parksWrittenIn). */
  private readonly parkNames = new PrefixTrie<Entity>();
  /** Enterprises opened by a city, by their name without it (firmShortFor: 钻石切削 → 株洲钻石切削刀具). */
  private readonly firmsByCore = new PrefixTrie<Entity>();
  /** Enterprises by the first 2–4 characters of their name and of it without its city (firmShortFor: 富奥股份). */
  private readonly firmsByHead = new Map<string, Entity[]>();
  /** Parks by their name without the city opening it (zoneFormOf: 量子谷 → 济南量子谷). */
  private readonly parksByCore = new Map<string, Entity[]>();
  /** Parks of a full zone form by kind and place name (zoneFormOf: 高新区|威海 → 威海火炬高技术产业开发区). */
  private readonly zonesFull = new Map<string, Entity[]>();
  /** Parks of a short zone form by kind and place name (zoneFormOf: 高新区|威海 → 威海高新区). */
  private readonly zonesShort = new Map<string, Entity[]>();
  /** Entities the name checks looked at (firmShortFor, zoneFormOf): work counted by the linearity tests. */
  static probes = 0;

  constructor(readonly index: LexiconIndex) {}

  /** The sentence being read (its start offset): entities touched from now on are named here. */
  at(position: number): void {
    this.position = position;
  }

  private touch(ent: Entity): Entity {
    const first = this.firstNamed.get(ent.id);
    if (first === undefined || this.position < first) this.firstNamed.set(ent.id, this.position);
    return ent;
  }

  private namedSoFar(ent: Entity): boolean {
    return (this.firstNamed.get(ent.id) ?? Infinity) <= this.position;
  }

  /** Resolve an industry (lexicon entry or a new name) to its entity. */
  industry(surface: string, entry?: IndustryEntry, level?: string): Entity {
    const clean = cleanSurface(surface);
    // 系统级封装（SiP） / 立方氮化硼(CBN): a Latin abbreviation in brackets after the name is an alias of
    // it, not part of it (one node, found under either)
    const abbr = /^(.{2,}?)\s*[(（]([A-Za-z][A-Za-z0-9\-+/ ]{0,11})[)）]$/.exec(clean);
    if (abbr && !entry) {
      const ent = this.industry(abbr[1]!, undefined, level);
      ent.aliases.add(abbr[2]!);
      return ent;
    }
    // 港□物流 (a character the conversion lost): the one segment named so far that it spells
    const lost = this.lostCharacterOf('Industry', clean);
    if (lost) return lost;
    const found = this.index.lookup(surface);
    // 做优炼化一体化 / 人形机器人整机两个 / 新型储能技术路线: what the phrase glued on is no part of the name
    if (!entry && found?.type !== 'industry') {
      const c = clean;
      const b = industryBounds(c);
      if (b !== 'drop' && (b.from > 0 || b.to < c.length)) return this.industry(c.slice(b.from, b.to), undefined, level);
    }
    // 发展高档数控系统 after 数控系统 was named: a grade word before a segment the document named is that segment
    if (!entry && found?.type !== 'industry') {
      const c = clean;
      const grade = /^(?:高档|高端|中高端|高品质)(.{2,})$/.exec(c);
      // (发展算力调度服务 after 算力调度, 热管理系统 after 热管理: a segment the document named, with 服务 or 系统
      // after it, is that segment — and the other way round, 热管理 after 热管理系统)
      // (three characters at least: 应用 and 应用服务 are different segments)
      const head = /^(.{3,})(?:服务|系统)$/.exec(c);
      // (育种企业 after the document named 育种创新 as a link of its chain: a two-character activity is the link it opens)
      const activity = c.length === 2 && /^[\u3400-\u9fff]{2}$/.test(c) ? LINK_ENDS.map((e) => this.find('Industry', `${c}${e}`)).find((x) => x && this.namedSoFar(x)) : undefined;
      const same = grade ? this.find('Industry', grade[1]!) : head ? this.find('Industry', head[1]!) : c.length >= 3 ? (this.find('Industry', `${c}系统`) ?? this.find('Industry', `${c}服务`) ?? this.kindOfNamed(c)) : activity;
      if (same) {
        same.aliases.add(c);
        return this.touch(same);
      }
    }
    const e = entry ?? (found?.type === 'industry' ? found.entry : undefined);
    const name = e ? e.name : canonicalOfClean('Industry', clean);
    // (港口物流 after 港□物流: the clean name is the one the lost character stood for)
    const spelt = this.entities.has(entityId('Industry', name)) ? undefined : this.spelledWithLoss('Industry', name);
    if (spelt) {
      spelt.aliases.add(clean);
      return this.touch(spelt);
    }
    const ent = this.get('Industry', name);
    ent.aliases.add(clean);
    if (e) ent.properties.level = e.level;
    else if (level && (!ent.properties.level || ent.properties.level === 'industry')) ent.properties.level = level;
    else if (!ent.properties.level) ent.properties.level = 'industry';
    return ent;
  }

  /**
   * The one industry named so far that is `c` with a kind word after it: 金属粉末 after 金属粉末材料 (培育金属粉末产业
   * in a plan whose 板块 is 金属粉末材料); undefined when none, or when two are (X材料 and X产品 both named).
   */
  private kindOfNamed(c: string): Entity | undefined {
    const fits = new Set(KIND_TAILS.map((t) => this.find('Industry', `${c}${t}`)).filter((e): e is Entity => e !== undefined));
    return fits.size === 1 ? [...fits][0] : undefined;
  }

  /** Resolve an organisation (Enterprise/Lab/Park). The lexicon entry's label wins over `label`. */
  org(surface: string, label: Exclude<EntityLabel, 'Industry'>, kind?: string, entry?: OrgEntry): Entity {
    const clean = cleanSurface(surface);
    const ref = entry ? { type: 'org' as const, entry } : this.index.lookup(surface);
    const oe = ref?.type === 'org' ? ref.entry : undefined;
    const lab = oe ? oe.label : label;
    let ent: Entity | undefined;
    if (oe) ent = this.get(lab, oe.name);
    else {
      const name = canonicalOfClean(lab, clean);
      const id = this.byKey.get(`${lab}:${matchKey(name)}`);
      const known = (id ? this.entities.get(id) : undefined) ?? this.lostCharacterOf(lab, name) ?? (lab === 'Enterprise' ? this.firmShortFor(name) : lab === 'Park' ? this.zoneFormOf(name) : undefined);
      ent = known ? this.touch(known) : this.get(lab, name);
    }
    if (oe) this.fromLexicon.add(ent.id);
    ent.aliases.add(clean);
    const k = oe?.kind ?? kind;
    if (lab !== 'Enterprise' && k && !ent.properties.kind) ent.properties.kind = k;
    return ent;
  }

  /**
   * 株洲钻石切削刀具股份有限公司 first, then 钻石切削 in a table cell or a later list: a firm written as the
   * leading words of a firm the document named before, once the city opening that name is set aside, is
   * that firm (four characters at least; only when one firm fits). So is a stock short name (富奥股份).
   */
  /** The name without a city of the lexicon's regions opening it (株洲钻石切削刀具 → 钻石切削刀具). */
  private withoutCity(n: string): string {
    let c = this.cityless.get(n);
    if (c === undefined) this.cityless.set(n, (c = this.computeWithoutCity(n)));
    return c;
  }

  private computeWithoutCity(n: string): string {
    let regions = this.regions;
    if (!regions) regions = this.regions = new Set((this.index.lexicon.regions ?? []).filter((r) => r.length >= 2));
    for (let k = Math.min(4, n.length - 2); k >= 2; k--) if (regions.has(n.slice(0, k))) return n.slice(k).replace(/^[省市区县]/, '');
    return n;
  }

  private firmShortFor(name: string): Entity | undefined {
    if (!/^[\u3400-\u9fff]{4,}$/.test(name)) return undefined;
    const core = (n: string): string => this.withoutCity(n);
    // (富奥股份 after 富奥汽车零部件股份有限公司: a stock short name, the firm's first words and 股份; not
    // 伊泰集团 after 内蒙古伊泰煤制油: a group is not its subsidiary)
    const stock = /^([\u3400-\u9fff]{2,4})股份$/.exec(name)?.[1];
    let fit: Entity | undefined;
    // (only the firms whose name without its city begins with the name, or whose name begins with the stock
    // name: no other can fit)
    const seen = new Set<Entity>();
    for (const e of concat(this.firmsByCore.under(name), stock ? (this.firmsByHead.get(stock) ?? []) : [])) {
      if (seen.has(e)) continue;
      seen.add(e);
      EntityTable.probes++;
      if (e.label !== 'Enterprise' || e.name === name || !this.namedSoFar(e)) continue;
      const c = core(e.name);
      const byCity = c !== e.name && c.length >= name.length && c.startsWith(name);
      // (湘电股份 beside 湘电集团: the listed company is the group's subsidiary, another firm)
      const byStock = !!stock && !/集团$/.test(e.name) && [e.name, c].some((x) => x.startsWith(stock) && x.length > stock.length + 1);
      if (!byCity && !byStock) continue;
      if (fit) return undefined;
      fit = e;
    }
    return fit;
  }

  /**
   * A name with a character the conversion lost (□, U+FFFD) is the one entity of its label the document
   * names that it spells with any character there (港□物流 → 港口物流); undefined when none or several fit.
   */
  private lostCharacterOf(label: EntityLabel, name: string): Entity | undefined {
    if (!/[□\uFFFD]/.test(name) || name.replace(/[□\uFFFD]/g, '').length < 2) return undefined;
    this.lossy = true;
    const re = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[□\uFFFD]/g, '[^□\\uFFFD]')}$`);
    let fit: Entity | undefined;
    for (const e of this.ofLabel(label)) {
      // (anywhere in the document: the relation stage reads sentences after every name was found)
      if (e.label !== label || !re.test(e.name)) continue;
      if (fit && fit !== e) return undefined;
      fit = e;
    }
    if (fit) fit.aliases.add(name);
    return fit ? this.touch(fit) : undefined;
  }

  /** The one entity named so far with a lost character (□) that `name` spells out (港□物流 for 港口物流). */
  private spelledWithLoss(label: EntityLabel, name: string): Entity | undefined {
    if (!this.lossy) return undefined;
    let fit: Entity | undefined;
    for (const e of this.ofLabel(label)) {
      if (e.label !== label || !/[□\uFFFD]/.test(e.name) || e.name.length !== name.length || !this.namedSoFar(e)) continue;
      if (![...e.name].every((ch, i) => ch === name[i] || /[□\uFFFD]/.test(ch))) continue;
      if (fit) return undefined;
      fit = e;
    }
    return fit;
  }

  /**
   * 赣州经济技术开发区 and 赣州经开区, 威海火炬高技术产业开发区 and 威海高新区: a zone's short and full
   * forms (same place name before, at most four characters between) are one zone, whichever came first.
   */
  private zoneFormOf(name: string): Entity | undefined {
    // (济南量子谷 and 量子谷: a park's name with and without the city opening it, either order; the first park
    // created that fits, looked up by name instead of a walk through every park)
    const bare = this.withoutCity(name);
    let first: Entity | undefined;
    const named = this.entities.get(entityId('Park', bare));
    for (const e of concat(named ? [named] : [], this.parksByCore.get(name) ?? [])) {
      EntityTable.probes++;
      if (e.label !== 'Park' || e.name === name || !this.namedSoFar(e)) continue;
      if (!((bare !== name && bare === e.name && bare.length >= 3) || (this.withoutCity(e.name) === name && name.length >= 3))) continue;
      if (!first || this.ordinal.get(e)! < this.ordinal.get(first)!) first = e;
    }
    if (first) return first;
    const short = SHORT_ZONE.exec(name);
    const fullKind = zoneKindOfFull(name);
    if (!short && !fullKind) return undefined;
    let fit: Entity | undefined;
    // (only the parks of the other form of the same kind and place name: no other can fit)
    const candidates = new Set<Entity>(short ? (this.zonesFull.get(`${short[2]!}|${short[1]!}`) ?? []) : placeCores(name, this.withoutCity(name), fullKind!).flatMap((c) => this.zonesShort.get(`${fullKind!}|${c}`) ?? []));
    for (const e of candidates) {
      EntityTable.probes++;
      if (e.label !== 'Park' || e.name === name || !this.namedSoFar(e)) continue;
      let same = false;
      // (钒钛高新区 and 攀枝花钒钛高新技术产业开发区: the short form may leave out the city opening the full one)
      const fullFits = (full: string, core: string, kind: string) => [full, this.withoutCity(full)].some((f) => f.startsWith(core) && fullEnd(kind).test(f.slice(core.length)));
      if (short) same = fullFits(e.name, short[1]!, short[2]!);
      else {
        const es = SHORT_ZONE.exec(e.name);
        same = !!es && es[2] === fullKind && fullFits(name, es[1]!, fullKind!);
      }
      if (!same) continue;
      if (fit) return undefined;
      fit = e;
    }
    return fit;
  }

  /** Index a new entity under the forms the name checks look it up by. */
  private indexName(ent: Entity): void {
    const add = (m: Map<string, Entity[]>, k: string) => {
      const list = m.get(k);
      if (!list) m.set(k, [ent]);
      else if (list[list.length - 1] !== ent) list.push(ent);
    };
    if (ent.label !== 'Enterprise' && ent.label !== 'Park') return;
    const c = this.withoutCity(ent.name);
    if (ent.label === 'Enterprise') {
      if (c !== ent.name) this.firmsByCore.add(c, ent);
      for (const x of c === ent.name ? [c] : [ent.name, c]) for (let j = 2; j <= 4 && x.length > j + 1; j++) add(this.firmsByHead, x.slice(0, j));
    } else {
      this.parkNames.add(ent.name, ent);
      add(this.parksByCore, c);
      const short = SHORT_ZONE.exec(ent.name);
      if (short) add(this.zonesShort, `${short[2]!}|${short[1]!}`);
      for (const kind of ['高新区', '经开区']) for (const core of placeCores(ent.name, c, kind)) add(this.zonesFull, `${kind}|${core}`);
    }
  }

  private get(label: EntityLabel, name: string): Entity {
    const id = entityId(label, name);
    let ent = this.entities.get(id);
    if (!ent) {
      const created: Entity = { id, label, name, aliases: new Set<string>(), properties: {} };
      created.aliases = new AliasSet((a) => this.indexAlias(created, a));
      ent = created;
      this.ordinal.set(ent, this.entities.size);
      this.entities.set(id, ent);
      this.ofLabel(label).push(ent);
      if (label === 'Industry') {
        this.industryByName.set(name, ent);
        this.industryNames.add(name, ent);
      }
      this.indexName(ent);
      ent.aliases.add(name);
      this.byKey.set(`${label}:${matchKey(name)}`, id);
    }
    return this.touch(ent);
  }

  /** An entity the document has named so far under this surface (canonical name or alias). */
  find(label: EntityLabel, surface: string): Entity | undefined {
    // (a name's key is its surface's key but for an enterprise — a legal suffix stripped twice — and an
    // industry — 产业/领域 and the lexicon's name: canonicalName of the other labels only cleans, which
    // matchKey does too)
    const own = label === 'Industry' || label === 'Enterprise' ? undefined : matchKey(surface);
    // (the lexicon's name counts for an industry only: no lookup for the other labels)
    const lx = label === 'Industry' ? this.index.lookup(surface) : undefined;
    const lname = lx?.type === 'industry' ? lx.entry.name : undefined;
    const id = this.byKey.get(`${label}:${own ?? matchKey(lname ?? canonicalName(label, surface))}`);
    const byName = id ? this.entities.get(id) : undefined;
    if (byName && this.namedSoFar(byName)) return byName;
    // (the first entity, in the order created, named so far with an alias of that key)
    let first: Entity | undefined;
    for (const e of this.byAliasKey.get(`${label}:${own ?? matchKey(surface)}`) ?? []) {
      if (this.namedSoFar(e) && (!first || this.ordinal.get(e)! < this.ordinal.get(first)!)) first = e;
    }
    return first;
  }

  private ofLabel(label: EntityLabel): Entity[] {
    let list = this.byLabel.get(label);
    if (!list) this.byLabel.set(label, (list = []));
    return list;
  }

  private indexAlias(ent: Entity, alias: string): void {
    const key = `${ent.label}:${matchKey(alias)}`;
    const list = this.byAliasKey.get(key);
    if (!list) this.byAliasKey.set(key, [ent]);
    else if (!list.includes(ent)) list.push(ent);
  }

  /** Industries the document has named so far whose name (2+ characters) occurs in `s`: 赛达新材料产业园 → 新材料. */
  industriesNamedIn(s: string): Entity[] {
    const out = new Set<Entity>();
    // (each place of s walks the trie of industry names only as far as a name goes on there, instead of every
    // industry looked for in s)
    for (let i = 0; i < s.length; i++) {
      for (const e of this.industryNames.startingAt(s, i)) {
        EntityTable.probes++;
        if (e.name.length >= 2 && !out.has(e) && this.namedSoFar(e) && s !== e.name) out.add(e);
      }
    }
    return [...out].sort((a, b) => this.ordinal.get(a)! - this.ordinal.get(b)!);
  }

  /**
   * Every park, wherever the document names it, whose name `s` writes, in the order created: what
   * `ofKind('Park').filter((e) => s.includes(e.name))` gives, from a walk of the parks' names at each place of s
   * instead of every park looked for in s.
   */
  parksWrittenIn(s: string): Entity[] {
    const out = new Set<Entity>();
    for (let i = 0; i < s.length; i++) for (const e of this.parkNames.startingAt(s, i)) out.add(e);
    return [...out].sort((a, b) => this.ordinal.get(a)! - this.ordinal.get(b)!);
  }

  /**
   * The industry named so far that a kind word stands for: 材料 → 正负极材料 (ends with it), 电芯 →
   * 电芯制造 (begins it, two characters more at most); the most recently named first.
   */
  industryFor(kind: string): Entity | undefined {
    const fits: Entity[] = [];
    for (const e of this.ofLabel('Industry')) {
      if (e.label !== 'Industry' || e.name === kind || !this.namedSoFar(e)) continue;
      // (begins it with a stage word after: 电芯制造, not a product of it: 中药饮片 is no 中药企业's kind)
      if (!(e.name.endsWith(kind) || (e.name.startsWith(kind) && e.name.length - kind.length <= 2 && /^(制造|生产|加工|设计|封测|研发|集成|服务|运营|开发|创新|繁育)?$/.test(e.name.slice(kind.length))))) continue;
      fits.push(e);
    }
    // the one named last; 等面板企业 after TFT-LCD面板和AMOLED面板 (several named last, in one sentence) names
    // none of them but itself (a name inside another is one segment read twice: 负极材料 in 正负极材料)
    const last = Math.max(...fits.map((e) => this.firstNamed.get(e.id) ?? 0));
    const latest = fits.filter((e) => (this.firstNamed.get(e.id) ?? 0) === last);
    const outer = latest.filter((e) => !latest.some((o) => o !== e && o.name.includes(e.name)));
    return outer.length === 1 ? outer[0] : undefined;
  }

  /**
   * The name a kind word closes in a sentence right after an industry the document named so far: 整机 in
   * “…等整机企业，初步形成液压元件—传动系统—工程机械整机…” after 工程机械 → 工程机械整机; 组件 beside 光伏组件 → 光伏组件.
   * Undefined when the sentence writes none, or two different ones (光伏组件 and 风电组件); of two where one ends the
   * other (新能源光伏组件, 光伏组件) the longer. One walk of the industries' names over the sentence.
   * Only a bare two-character head is read so (整机, 组件, 电芯, 模组): a longer kind names a category of its own
   * (等正极材料企业 beside 布局磷酸铁锂正极材料 types its firms by 正极材料, not by the product they are invited to make).
   */
  compoundIn(kind: string, text: string): string | undefined {
    if (kind.length !== 2 || !text.includes(kind)) return undefined;
    const found = new Set<string>();
    for (let i = 0; i < text.length; i++) {
      for (const e of this.industryNames.startingAt(text, i)) {
        EntityTable.probes++;
        const end = i + e.name.length;
        if (e.name.length >= 2 && e.name !== kind && !e.name.endsWith(kind) && text.startsWith(kind, end) && this.namedSoFar(e)) found.add(e.name + kind);
      }
    }
    const outer = [...found].filter((n) => ![...found].some((o) => o !== n && o.endsWith(n)));
    return outer.length === 1 ? outer[0] : undefined;
  }

  /**
   * The industry named so far that a longer surface stands for: itself (by name or alias), a qualified
   * form of it (碳化硅功率器件 → 功率器件, 物联网传感器 → 传感器) or it with an activity after
   * (卫星遥感应用 → 卫星遥感); undefined when none or several fit.
   */
  namedIndustryIn(surface: string): Entity | undefined {
    const same = this.find('Industry', surface);
    if (same) return same;
    const s = cleanSurface(surface);
    const fits: Entity[] = [];
    for (const e of this.ofLabel('Industry')) {
      if (e.label !== 'Industry' || !this.namedSoFar(e)) continue;
      // (by any name it was written under: 传感器 for the lexicon's 智能传感器)
      const names = [...e.aliases].filter((a) => a.length >= 2 && a !== s);
      if (names.some((a) => s.endsWith(a) || (s.startsWith(a) && /^(应用|设计|制造|技术|产品)$/.test(s.slice(a.length))))) fits.push(e);
    }
    const outer = fits.filter((e) => !fits.some((o) => o !== e && [...o.aliases].some((a) => a !== e.name && a.includes(e.name))));
    return outer.length === 1 ? outer[0] : undefined;
  }

  /** Every entity, in the order first named. */
  all(): Entity[] {
    return [...this.entities.values()];
  }

  /** The entities of one label, in the order created: all() filtered by label, without a copy (do not modify). */
  ofKind(label: EntityLabel): readonly Entity[] {
    return this.byLabel.get(label) ?? [];
  }
}

/** A short zone form: place name and kind (威海高新区, 赣州经开区). */
const SHORT_ZONE = /^([\u3400-\u9fff]{2,6}?)(高新区|经开区)$/;

/** The kind of a full zone form (威海火炬高技术产业开发区 → 高新区), undefined for any other name. */
function zoneKindOfFull(name: string): string | undefined {
  return /(?:高新技术产业开发区|高技术产业开发区)$/.test(name) ? '高新区' : /(?:经济技术开发区|经济开发区)$/.test(name) ? '经开区' : undefined;
}

/** What follows a short form's place name in the full form of its kind: at most four characters, then the kind written out. */
function fullEnd(kind: string): RegExp {
  return kind === '高新区' ? /^([\u3400-\u9fff]{0,4}?)(?:高新技术产业开发区|高技术产业开发区)$/ : /^([\u3400-\u9fff]{0,4}?)(?:经济技术开发区|经济开发区)$/;
}

/**
 * The place names (2–6 characters) a short form of `kind` may have to be the full form `name` or `bare` (the name
 * without its city): every opening of either that fullEnd(kind) closes.
 */
function placeCores(name: string, bare: string, kind: string): string[] {
  const out: string[] = [];
  for (const f of bare === name ? [name] : [name, bare]) {
    for (let j = 2; j <= 6 && j < f.length; j++) if (fullEnd(kind).test(f.slice(j)) && !out.includes(f.slice(0, j))) out.push(f.slice(0, j));
  }
  return out;
}

function* concat<T>(...parts: Iterable<T>[]): Generator<T> {
  for (const p of parts) yield* p;
}

/** Values kept by string key, found by any beginning of the key (under) or by the keys a text goes on with (startingAt). */
class PrefixTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), here: [] };

  add(key: string, value: T): void {
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const ch = key.charCodeAt(i);
      let n = node.next.get(ch);
      if (!n) node.next.set(ch, (n = { next: new Map(), here: [] }));
      node = n;
    }
    node.here.push(value);
  }

  /** The values of every key that begins with `prefix` (lazily: a caller that stops early walks no further). */
  *under(prefix: string): Generator<T> {
    let node: TrieNode<T> | undefined = this.root;
    for (let i = 0; i < prefix.length; i++) if (!(node = node.next.get(prefix.charCodeAt(i)))) return;
    const stack: TrieNode<T>[] = [node];
    while (stack.length) {
      const n = stack.pop()!;
      yield* n.here;
      for (const c of n.next.values()) stack.push(c);
    }
  }

  /** The values of every key that `text` has at `from`, shortest first. */
  *startingAt(text: string, from: number): Generator<T> {
    let node: TrieNode<T> | undefined = this.root;
    for (let j = from; j < text.length && (node = node.next.get(text.charCodeAt(j))); j++) yield* node.here;
  }
}

interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  here: T[];
}
