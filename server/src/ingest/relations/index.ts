// Stage 5, relations: the entities of each sentence → the edges the sentence states, each with the
// sentence as evidence. Patterns of the genre: what an organisation is for (创新源头, 产业依托/载体,
// 依托 …: patterns.ts) and the industries it is tied to (organisations.ts); places in places
// (parks.ts); measures and industries, segments and chains (industries.ts, chains.ts). The
// industries a sentence's context or a chain names are added to the entity table here.
//   takes: the structured document, the entity findings, the context
//   gives: RelationFindings: the document's edges (before resolution: ../resolve/)
import type { IngestContext } from '../context.ts';
import type { EntityFindings } from '../entities/index.ts';
import { industryOf } from '../entities/index.ts';
import type { StructuredDoc } from '../types.ts';
import { chainEdges, chainOrderAcrossHeadings, type Positioned } from './chains.ts';
import { EdgeSet } from './edges.ts';
import { hierarchyEdges, supportEdges } from './industries.ts';
import { organisationEdges } from './organisations.ts';
import { parkEdges, sectionParkEdges, type HeadingPark } from './parks.ts';
import type { SentenceScope } from './scope.ts';

export interface RelationFindings {
  edges: EdgeSet;
}

export function findRelations(doc: StructuredDoc, found: EntityFindings, ctx: IngestContext): RelationFindings {
  const edges = new EdgeSet();
  const { table, subject } = found;
  /** Measures whose title industries have been linked (SUPPORTS) already. */
  const titled = new Set<number>();
  /** The area each section is about, per section path (headings repeat for every sentence under them). */
  const headingParks = new Map<string, HeadingPark>();
  /** Segments placed by 上游/中游/下游, for chain order across headings. */
  const positioned: Positioned[] = [];
  for (const se of found.sentences) {
    table.at(se.sentence.start);
    const scope: SentenceScope = {
      doc,
      ctx,
      se,
      orgs: se.mentions.filter((m) => m.label !== 'Industry'),
      inds: se.mentions.filter((m) => m.label === 'Industry'),
      ctxInds: se.context.industries.map((r) => industryOf(table, r)),
      table,
      edges,
      ...(subject ? { subject } : {}),
    };
    organisationEdges(scope);
    parkEdges(scope);
    sectionParkEdges(scope, headingParks);
    supportEdges(scope, titled);
    hierarchyEdges(scope);
    chainEdges(scope, positioned);
  }
  chainOrderAcrossHeadings(positioned, edges);
  return { edges };
}
