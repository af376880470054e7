// GraphQL operations of the 园区 view (texts in client/src/graphql/parks.graphql): the park × chain
// matrix, a cell's facts with their evidence, one chain's segments against the parks, two parks compared.
import {
  ChainParksDocument,
  CompareParksDocument,
  ParkFactListDocument,
  ParkFactsDocument,
  ParkMatrixDocument,
  ParkRowsDocument,
  type ChainParksQuery,
  type CompareParksQuery,
  type FactFullFragment,
  type FactLiteFragment,
  type ParkMatrixQuery,
  type ParkRowFieldsFragment,
} from './types/graphql.ts';
import { edgeDetailOf, gql, type EdgeDetail } from './api.ts';

/** A fact of what a park hosts of a chain (kind segment | enterprise | lab), with basis and confidence. */
export type ParkFact = FactLiteFragment;
/** The same with the edges behind it and their evidence. */
export type ParkFactFull = Omit<FactFullFragment, 'via'> & { via: EdgeDetail[] };
export type ParkRowData = ParkRowFieldsFragment;
/** The matrix; rowCount and chainCount (what the bounded view left out) may be absent in matrices built elsewhere (tests, exports). */
export type ParkMatrixData = Omit<ParkMatrixQuery['parkMatrix'], 'rowCount' | 'chainCount'> & Partial<Pick<ParkMatrixQuery['parkMatrix'], 'rowCount' | 'chainCount'>>;
export type ChainParksData = ChainParksQuery['chainParks'];

export interface ParkQueryOptions {
  minConfidence?: number;
  rollup?: boolean;
}

export interface MatrixQueryOptions extends ParkQueryOptions {
  maxChains?: number;
  /** The parks with the most facts, at most this many (and the parks containing them). */
  firstParks?: number;
  parkNameContains?: string;
  chainNameContains?: string;
}

export async function parkMatrix(opts: MatrixQueryOptions = {}, signal?: AbortSignal): Promise<ParkMatrixData> {
  const data = await gql(ParkMatrixDocument, { ...opts }, signal);
  return data.parkMatrix;
}

/** Every park's row, in containment order (no cells): the parks to pick from. */
export async function parkRows(opts: ParkQueryOptions = {}, signal?: AbortSignal): Promise<ParkRowData[]> {
  const data = await gql(ParkRowsDocument, { ...(opts.rollup !== undefined ? { rollup: opts.rollup } : {}) }, signal);
  return data.parkMatrix.rows;
}

function factFull(f: FactFullFragment): ParkFactFull {
  return { ...f, via: f.via.map(edgeDetailOf) };
}

export async function parkFacts(park: string, industry: string, opts: ParkQueryOptions = {}, signal?: AbortSignal): Promise<ParkFactFull[]> {
  const data = await gql(ParkFactsDocument, { park, industry, ...opts }, signal);
  return data.parkFacts.map(factFull);
}

/** A cell's facts with their evidence, the total and whether the list was cut (500 strongest at most). */
export async function parkFactList(park: string, industry: string, opts: ParkQueryOptions = {}, signal?: AbortSignal): Promise<{ facts: ParkFactFull[]; totalCount: number; truncated: boolean }> {
  const data = await gql(ParkFactListDocument, { park, industry, ...opts }, signal);
  const r = data.parkFactList;
  return { facts: r.facts.map(factFull), totalCount: r.totalCount, truncated: r.truncated };
}

export async function chainParks(chain: string, opts: ParkQueryOptions = {}, signal?: AbortSignal): Promise<ChainParksData> {
  const data = await gql(ChainParksDocument, { chain, ...opts }, signal);
  return data.chainParks;
}

export type ComparedSegment = CompareParksQuery['compareParks']['shared'][number];
export type ParkComparison = CompareParksQuery['compareParks'];

export async function compareParks(a: string, b: string, opts: ParkQueryOptions & { includeWeak?: boolean } = {}, signal?: AbortSignal): Promise<ParkComparison> {
  const data = await gql(CompareParksDocument, { a, b, ...opts }, signal);
  return data.compareParks;
}
