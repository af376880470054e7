// Per-sentence context: masked text (responsibility brackets are departments, not ours),
// the industry a sentence is about (clause lead "X领域，", paragraph lead "——X领域。",
// measure title "15.信创产业。", section headings "（一）生物制造") and the park a section is about.
import type { Sentence, StructuredDoc } from '../types.ts';
import type { LexiconIndex } from './lexicon-match.ts';
import type { IndustryEntry } from '../lexicon.ts';

export interface IndustryRef {
  surface: string;
  entry?: IndustryEntry;
  /** Where the context came from. */
  source: 'clause' | 'lead' | 'measure' | 'heading';
}

const RESP_BRACKET = /[(（](?:[^()（）]*?(?:责任部门|牵头部门|责任单位|牵头单位|配合部门)[:：][^()（）]*|[^()（）]*?按职责分工负责[^()（）]*)[)）]/g;

/** Replace responsibility brackets and measure evidence spans with newlines (same length). */
export function maskedNorm(doc: StructuredDoc): string {
  const chars = doc.source.norm.split('');
  const blank = (s: number, e: number) => {
    for (let i = s; i < e && i < chars.length; i++) if (chars[i] !== '\n') chars[i] = '\n';
  };
  for (const m of doc.source.norm.matchAll(RESP_BRACKET)) blank(m.index!, m.index! + m[0].length);
  // titles of other documents 《…》 name no entities of this one
  for (const m of doc.source.norm.matchAll(/《[^》\n]{1,80}》/g)) blank(m.index!, m.index! + m[0].length);
  for (const mu of doc.measures) for (const sp of mu.evidenceSpans) {
    // only bracketed responsibility text; table cells are separate lines anyway
    const t = doc.source.norm.slice(sp.start, sp.end);
    if (/部门|单位|负责/.test(t) && sp.end - sp.start < 400) blank(sp.start, sp.end);
  }
  return chars.join('');
}

export function stripNumbering(title: string): string {
  return title
    .replace(/^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+(?:-\d+)?[、.．]?|——)\s*/, '')
    .replace(/[。.:：]\s*$/, '')
    .trim();
}

/** Industries named in a short phrase (lexicon), outside organisation names. */
export function industriesIn(phrase: string, index: LexiconIndex): IndustryEntry[] {
  const ms = index.scan(phrase);
  return ms.filter((m) => m.ref.type === 'industry').map((m) => m.ref.entry as IndustryEntry);
}

const HEADING_PARENT = /(发展重点|重点产业|重点领域|产业布局|空间布局|赛道|主导产业|产业方向|重点方向)/;
const NOT_INDUSTRY = /(加强|推动|推进|提升|建设|实施|打造|支持|优化|完善|强化|深化|促进|构建|保障|组织|指导|目标|思想|要求|措施|任务|机制|环境|服务|创新|人才|金融|政策|领导|考评|监测|咨询)/;

function headingIndustries(path: string[], index: LexiconIndex): IndustryRef[] {
  for (let d = path.length - 1; d >= 0; d--) {
    const title = stripNumbering(path[d]!);
    const found = industriesIn(title, index);
    if (found.length) {
      // the most specific levels first; drop a system when industries are named too
      return dedupe(found).map((e) => ({ surface: e.name, entry: e, source: 'heading' as const }));
    }
    if (d > 0 && title.length >= 2 && title.length <= 8 && !NOT_INDUSTRY.test(title) && HEADING_PARENT.test(path[d - 1]!)) {
      return [{ surface: title, source: 'heading' }];
    }
  }
  return [];
}

function dedupe(es: IndustryEntry[]): IndustryEntry[] {
  const seen = new Set<string>();
  return es.filter((e) => (seen.has(e.name) ? false : (seen.add(e.name), true)));
}

/** "——动力电池领域。" at the start of the sentence's paragraph (line). */
function paragraphLead(norm: string, s: Sentence, index: LexiconIndex): IndustryRef[] {
  const ls = norm.lastIndexOf('\n', s.start - 1) + 1;
  const line = norm.slice(ls, Math.min(norm.length, ls + 80));
  const m = /^\s*——[“"]?([^。:：\n]{1,30}?)[”"]?[。:：]/.exec(line);
  if (!m) return [];
  return leadPhrase(m[1]!, index, 'lead');
}

function leadPhrase(phrase: string, index: LexiconIndex, source: IndustryRef['source']): IndustryRef[] {
  const found = dedupe(industriesIn(phrase, index));
  if (found.length) {
    const chain = found.find((e) => e.level === 'chain');
    const pick = chain && /产业链$/.test(phrase) ? [chain] : found.length > 1 && /领域$/.test(phrase) ? [found[found.length - 1]!] : found;
    return pick.map((e) => ({ surface: e.name, entry: e, source }));
  }
  const bare = phrase.replace(/(产品|服务)?(领域|产业链|产业)$/, '');
  if (bare.length >= 2 && bare.length <= 10 && !NOT_INDUSTRY.test(bare) && !/[(（]/.test(bare)) return [{ surface: bare, source }];
  return [];
}

/** "核心芯片领域，…" / "脑机交互领域，…" at the start of the sentence. */
function clauseLead(text: string, index: LexiconIndex): IndustryRef[] {
  const m = /^\s*([^,，。:：]{2,16}?)领域[,，:：]/.exec(text);
  if (!m) return [];
  if (/^(产业延伸|产业链延展|行业应用|军民融合行业应用)/.test(m[1]!)) return leadPhrase(m[1]! + '领域', index, 'clause').filter((r) => r.entry);
  return leadPhrase(m[1]! + '领域', index, 'clause');
}

export interface SentenceContext {
  section: string;
  /** Most specific industry context first. */
  industries: IndustryRef[];
  measureTitleIndustries: IndustryRef[];
}

export function sentenceContext(doc: StructuredDoc, s: Sentence, text: string, index: LexiconIndex): SentenceContext {
  const section = s.sectionPath.join(' > ');
  const clause = clauseLead(text, index);
  const lead = paragraphLead(doc.source.norm, s, index);
  let measure: IndustryRef[] = [];
  if (s.measureIndex !== undefined) {
    const mu = doc.measures[s.measureIndex];
    if (mu) measure = measureTitleIndustries(mu.title, index);
  }
  const heading = headingIndustries(s.sectionPath, index);
  const industries = clause.length ? clause : lead.length ? lead : measure.length ? measure : heading;
  return { section, industries, measureTitleIndustries: measure };
}

/** A measure titled with an industry: "信创产业", "X新赛道", "新能源新材料产业". */
export function measureTitleIndustries(title: string, index: LexiconIndex): IndustryRef[] {
  const t = stripNumbering(title);
  const r = index.lookup(t);
  if (r?.type === 'industry') return [{ surface: t, entry: r.entry, source: 'measure' }];
  const bare = t.replace(/(产业|领域|新赛道)$/, '');
  const r2 = index.lookup(bare);
  if (r2?.type === 'industry') return [{ surface: bare, entry: r2.entry, source: 'measure' }];
  // An unknown industry title: short, ends with 产业, no verbs.
  if (/产业$/.test(t) && bare.length >= 2 && bare.length <= 8 && !NOT_INDUSTRY.test(bare)) return [{ surface: bare, source: 'measure' }];
  return [];
}

