// GraphQL operations of the 园区 view (texts in client/src/graphql/parks.graphql): the park × chain
// matrix, a cell's facts with their evidence, one chain's segments against the parks, two parks compared.
import {
  ChainParksDocument,
  CompareParksDocument,
  ParkFactsDocument,
  ParkMatrixDocument,
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
export type ParkMatrixData = ParkMatrixQuery['parkMatrix'];
export type ChainParksData = ChainParksQuery['chainParks'];

export interface ParkQueryOptions {
  minConfidence?: number;
  rollup?: boolean;
}

export async function parkMatrix(opts: ParkQueryOptions & { maxChains?: number } = {}, signal?: AbortSignal): Promise<ParkMatrixData> {
  const data = await gql(ParkMatrixDocument, { ...opts }, signal);
  return data.parkMatrix;
}

function factFull(f: FactFullFragment): ParkFactFull {
  return { ...f, via: f.via.map(edgeDetailOf) };
}

export async function parkFacts(park: string, industry: string, opts: ParkQueryOptions = {}, signal?: AbortSignal): Promise<ParkFactFull[]> {
  const data = await gql(ParkFactsDocument, { park, industry, ...opts }, signal);
  return data.parkFacts.map(factFull);
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
