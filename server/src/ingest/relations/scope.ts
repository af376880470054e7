// What the relation patterns of one sentence work on.
import type { IngestContext } from '../context.ts';
import type { Mention } from '../entities/enumerations.ts';
import { findMentions } from '../entities/mentions.ts';
import type { SentenceEntities } from '../entities/index.ts';
import type { Entity, EntityTable } from '../entities/table.ts';
import type { StructuredDoc } from '../types.ts';
import type { EdgeSet } from './edges.ts';

export interface SentenceScope {
  doc: StructuredDoc;
  ctx: IngestContext;
  se: SentenceEntities;
  /** The sentence's organisation and industry mentions. */
  orgs: Mention[];
  inds: Mention[];
  /** The industries of the sentence's context (lead, measure title or heading) as entities. */
  ctxInds: Entity[];
  /** The document's subject industry, if any. */
  subject?: Entity;
  table: EntityTable;
  edges: EdgeSet;
  /** Industries the document has listed side by side so far (one list), by canonical name: siblings, not parts. */
  siblings?: Map<string, Set<string>>;
}

/** The entity a mention of the sentence denotes (every mention has one: entities/index.ts). */
export function entityOf(scope: SentenceScope, m: Mention): Entity {
  const e = scope.se.entityOf.get(m);
  if (!e) throw new Error(`mention without entity: ${m.surface}`);
  return e;
}

export function uniq(es: Entity[]): Entity[] {
  const seen = new Set<string>();
  return es.filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)));
}

const phrases = new WeakMap<StructuredDoc, Map<string, readonly Mention[]>>();

/**
 * The mentions findMentions reads in a short phrase on its own (a heading, a layout line), once per
 * document and phrase: the same heading is asked about for every sentence under it. Callers only read them.
 */
export function phraseMentions(scope: SentenceScope, text: string): readonly Mention[] {
  let memo = phrases.get(scope.doc);
  if (!memo) phrases.set(scope.doc, (memo = new Map()));
  let ms = memo.get(text);
  if (!ms) memo.set(text, (ms = findMentions(text, 0, scope.ctx.index).mentions));
  return ms;
}
