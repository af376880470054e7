// A GraphStore that counts the calls made through it: the GraphQL context wraps the store in one
// per request, so `x-store-calls` (asserted in tests, printed by the bench) counts every round
// trip without hand-written counters at each call site.
import type { EncodedBatch } from '../batch-codec.ts';
import type { GraphBatch } from '../model.ts';
import type { NewCurationRecord } from './curation.ts';
import type { EdgeQuery, GraphStore, ListOptions, NeighborhoodOptions, SearchOptions } from './port.ts';

export class CountingStore implements GraphStore {
  /** Store calls made through this wrapper so far. */
  calls = 0;

  constructor(private readonly inner: GraphStore) {}

  private count<T>(p: Promise<T>): Promise<T> {
    this.calls++;
    return p;
  }

  replaceDocument(batch: GraphBatch, encoded?: EncodedBatch) {
    return this.count(this.inner.replaceDocument(batch, encoded));
  }
  removeDocument(documentId: string) {
    return this.count(this.inner.removeDocument(documentId));
  }
  listDocumentRecords() {
    return this.count(this.inner.listDocumentRecords());
  }
  getNodes(ids: string[]) {
    return this.count(this.inner.getNodes(ids));
  }
  getEdges(ids: string[]) {
    return this.count(this.inner.getEdges(ids));
  }
  edgesOf(query: EdgeQuery) {
    return this.count(this.inner.edgesOf(query));
  }
  countEdges(query: EdgeQuery) {
    return this.count(this.inner.countEdges(query));
  }
  search(text: string, options?: SearchOptions) {
    return this.count(this.inner.search(text, options));
  }
  listNodes(options: ListOptions) {
    return this.count(this.inner.listNodes(options));
  }
  neighborhood(ids: string[], options?: NeighborhoodOptions) {
    return this.count(this.inner.neighborhood(ids, options));
  }
  shortestPaths(from: string, to: string, options?: { maxLength?: number; first?: number }) {
    return this.count(this.inner.shortestPaths(from, to, options));
  }
  stats() {
    return this.count(this.inner.stats());
  }
  exportGraph() {
    return this.count(this.inner.exportGraph());
  }
  readCuration(afterSeq?: number) {
    return this.count(this.inner.readCuration(afterSeq));
  }
  appendCuration(record: NewCurationRecord) {
    return this.count(this.inner.appendCuration(record));
  }
  ping() {
    return this.count(this.inner.ping());
  }
  close() {
    return this.inner.close();
  }
}
