// Labelled lines under a park's own heading: the 一区多园 / 园区定位 shape, where each park of a zone gets a
// section and a few "label：items" lines:
//
//   （一）岚溪产业园
//   主导产业：A、B和C          → 岚溪产业园 HOSTS A, B, C (stated: the park's assigned focus)
//   重点企业：D（A）、E        → D, E LOCATED_IN 岚溪产业园 (stated)
//   现有基础：已集聚F、G等企业  → F, G LOCATED_IN 岚溪产业园 (stated: gathered there)
//
// The heading must be a park's name and nothing else (（一）印染产业集聚区), so a section about an industry or a
// task never makes its firms a park's. The industries of a focus line are read by the mention reader
// (entities/mentions.ts, labelIndustries); this only ties them to the heading's park. Each edge's evidence is
// its own line.
import type { IngestContext } from '../context.ts';
import type { SentenceEntities } from '../entities/index.ts';
import { stripNumbering } from '../entities/context.ts';
import { findMentions } from '../entities/mentions.ts';
import type { Entity, EntityTable } from '../entities/table.ts';
import type { EdgeSet } from './edges.ts';
import { JUDGED } from './judge.ts';

const FOCUS_LABEL = /^\s*(?:主导产业|主导方向|重点产业|首位产业|特色产业|主攻方向)\s*[:：]/;
const FIRM_LABEL = /^\s*(?:重点|龙头|链主|骨干|代表|领军|核心|现有重点|入驻)企业\s*[:：]/;
/** 现有基础：已集聚A、B等企业 / 集聚了A、B等企业: the firms the park has gathered (the sentence's first clause). */
const GATHERED = /^\s*(?:现有基础\s*[:：]\s*)?(?:园区|目前|现已|已经|已)?(?:已)?(?:集聚|聚集|汇聚)(?:了)?/;

/** The park a heading names whole (（一）印染产业集聚区), or undefined. */
function headingPark(title: string, table: EntityTable, ctx: IngestContext): Entity | undefined {
  const t = stripNumbering(title);
  if (t.length < 3 || t.length > 20) return undefined;
  const known = table.find('Park', t);
  if (known) return known;
  const p = findMentions(t, 0, ctx.index).mentions.find((m) => m.label === 'Park' && m.start === 0 && m.end === t.length && !m.foreign);
  return p ? table.org(p.surface, 'Park', p.kind, p.lex?.ref.type === 'org' ? p.lex.ref.entry : undefined) : undefined;
}

/** Edges of the labelled lines under park headings (after the sentence readers; adds to `edges`). */
export function parkFieldEdges(sentences: SentenceEntities[], table: EntityTable, edges: EdgeSet, ctx: IngestContext): void {
  const parks = new Map<string, Entity | undefined>();
  for (const se of sentences) {
    const path = se.sentence.sectionPath;
    const title = path[path.length - 1];
    if (!title) continue;
    const focus = FOCUS_LABEL.test(se.text);
    const firms = !focus && (FIRM_LABEL.test(se.text) || GATHERED.test(se.text));
    if (!focus && !firms) continue;
    if (!parks.has(title)) parks.set(title, headingPark(title, table, ctx));
    const park = parks.get(title);
    if (!park) continue;
    table.at(se.sentence.start);
    // (a gathering sentence's firms are in its first clause only: 集聚了A等企业，重点发展X，…)
    const end = firms && !FIRM_LABEL.test(se.text) ? se.sentence.start + (se.text.search(/[，,；;。]/) + 1 || se.text.length) : se.sentence.end;
    for (const m of se.mentions) {
      const x = se.entityOf.get(m);
      if (!x || m.foreign || x.id === park.id || m.start >= end) continue;
      if (focus && x.label === 'Industry') edges.add('HOSTS', park.id, x.id, se.ev, JUDGED.stated);
      else if (firms && x.label === 'Enterprise') edges.add('LOCATED_IN', x.id, park.id, se.ev, JUDGED.stated);
    }
  }
}
