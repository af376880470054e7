// The park index: what the 园区 analyses read (ParkWorld: the parks, their containment, their facts
// with basis and confidence, the industry tree above them), with the names' order and the rows in
// containment order, built once per graph version and confidence threshold and shared by every
// request of that version (parkMatrix, parkFacts, chainParks, compareParks).
//
// At 10⁵ nodes loading the world takes seconds (1,000 parks, 20,000 firms and labs, 50,000 facts):
// each of those requests used to load it again and reached the 15 s deadline. As the review queue
// (graphql/curation.ts over analysis/review.ts): the build is paced (the event loop answers /healthz
// and other requests meanwhile) and runs for the graph, not for one request: a request waits for it
// until its own deadline (TIMEOUT) and the build goes on for the next. A newer graph version stops
// the builds of older ones (they would answer nobody) and replaces their indexes.
//
// The index is the very world a request would load (ParkWorld.load with the same threshold and no
// park named): the analyses answer the same from it. A request naming a park the world did not read
// (past PARK_LIMITS.parks) loads its own world as before.
import type { GraphNode } from '../model.ts';
import type { GraphStore } from '../store/port.ts';
import { Pace, ParkWorld, type ParkRow } from './park-world.ts';
import type { ChainColumns } from './parks.ts';

/** Chains whose columns an index keeps (chainParks; the least recently asked go first). */
const CHAIN_COLUMNS_KEPT = 64;

export class ParkIndex {
  private constructor(
    readonly world: ParkWorld,
    /** byNode over the world's nodes, as ranks (ParkWorld.nameOrder). */
    readonly names: (a: GraphNode, b: GraphNode) => number,
    /** ParkWorld.rows(): every park read, in containment pre-order. */
    readonly rows: ParkRow[],
    /** parkMatrix's first pass without asked chains, [without rollup, with rollup]. */
    readonly matrix: readonly [MatrixStats, MatrixStats],
  ) {}

  /** Loads the world (paced; `check` may stop it between chunks) and orders its names and rows. */
  static async build(store: GraphStore, minConfidence: number, check?: () => void): Promise<ParkIndex> {
    const world = await ParkWorld.load(store, { minConfidence, ...(check ? { check } : {}) });
    const names = await world.nameOrder();
    const rows = world.rows();
    const pace = new Pace(check);
    const matrix = [await matrixStats(world, rows, false, null, pace), await matrixStats(world, rows, true, null, pace)] as const;
    return new ParkIndex(world, names, rows, matrix);
  }

  private readonly chains = new Map<string, ChainColumns>();

  /** chainParks' columns of a chain, when a request of this version computed them. */
  chainColumns(chainId: string): ChainColumns | undefined {
    const hit = this.chains.get(chainId);
    if (hit) {
      this.chains.delete(chainId);
      this.chains.set(chainId, hit);
    }
    return hit;
  }

  keepChainColumns(chainId: string, columns: ChainColumns): void {
    this.chains.set(chainId, columns);
    while (this.chains.size > CHAIN_COLUMNS_KEPT) this.chains.delete(this.chains.keys().next().value!);
  }

  /** Whether the world read every park of `ids` (else a request naming them loads its own world). */
  holds(ids: readonly string[]): boolean {
    return ids.every((id) => this.world.parks.has(id));
  }

  /** Facts of the world, the sum of every park's (a figure for logs and tests). */
  get factCount(): number {
    let n = 0;
    for (const list of this.world.factsByPark.values()) n += list.length;
    return n;
  }
}

export interface MatrixStats {
  /** The columns each segment falls in. */
  columnsMemo: Map<string, string[]>;
  /** Per column: parks with a fact of it, and its strong facts (to pick the columns). */
  stats: Map<string, { parks: number; strong: number }>;
}

/** parkMatrix's first pass over every row's facts: each segment's columns and each column's parks and strong facts. */
export async function matrixStats(w: ParkWorld, rows: ParkRow[], rollup: boolean, asked: Map<string, GraphNode> | null, pace: Pace): Promise<MatrixStats> {
  // The columns a segment falls in, once per segment.
  const columnsMemo = new Map<string, string[]>();
  const columnsOf = (segment: string): string[] => {
    let cols = columnsMemo.get(segment);
    if (!cols) {
      cols = (asked ? [...asked.keys()].filter((c) => w.within(segment, c)) : [...w.topsOf(segment)]).filter((c) => asked?.get(c) ?? w.industries.get(c));
      columnsMemo.set(segment, cols);
    }
    return cols;
  };
  // First pass, per chain: the parks with a fact of it and its strong facts (to pick the columns).
  // Counted per segment of a row, the columns a row reaches as bits (a row's segments share most chains).
  const colIndex = new Map<string, number>();
  const colIds: string[] = [];
  const segmentBits = new Map<string, number[]>();
  const strongBySegment = new Map<string, number>();
  const rowSegments: Map<string, number>[] = [];
  for (const row of rows) {
    const bySegment = new Map<string, number>();
    for (const f of w.factsOf(row.park.id, rollup)) {
      if (pace.due()) await pace.pause();
      bySegment.set(f.segment.id, (bySegment.get(f.segment.id) ?? 0) + (f.weak ? 0 : 1));
    }
    for (const [segment, strong] of bySegment) {
      // A segment's first columnsOf walks the industry tree: the clock is read every time.
      if (pace.due(segmentBits.has(segment) ? 1 : 1024)) await pace.pause();
      if (!segmentBits.has(segment)) {
        const cols = columnsOf(segment).map((c) => {
          let i = colIndex.get(c);
          if (i === undefined) {
            i = colIds.push(c) - 1;
            colIndex.set(c, i);
          }
          return i;
        });
        segmentBits.set(segment, cols);
      }
      strongBySegment.set(segment, (strongBySegment.get(segment) ?? 0) + strong);
    }
    rowSegments.push(bySegment);
  }
  const words = (colIds.length + 31) >>> 5;
  const bits = new Map<string, Uint32Array>();
  for (const [segment, cols] of segmentBits) {
    const b = new Uint32Array(words);
    for (const i of cols) b[i >>> 5]! |= 1 << (i & 31);
    bits.set(segment, b);
  }
  const parkCount = new Int32Array(colIds.length);
  const strongCount = new Float64Array(colIds.length);
  for (const [segment, strong] of strongBySegment) for (const i of segmentBits.get(segment)!) strongCount[i]! += strong;
  const rowBits = new Uint32Array(words);
  for (const bySegment of rowSegments) {
    rowBits.fill(0);
    for (const segment of bySegment.keys()) {
      if (pace.due(words >>> 4 || 1)) await pace.pause();
      const b = bits.get(segment)!;
      for (let k = 0; k < words; k++) rowBits[k]! |= b[k]!;
    }
    for (let k = 0; k < words; k++) for (let x = rowBits[k]!; x; x &= x - 1) parkCount[(k << 5) + (31 - Math.clz32(x & -x))]!++;
  }
  const stats = new Map<string, { parks: number; strong: number }>();
  colIds.forEach((c, i) => stats.set(c, { parks: parkCount[i]!, strong: strongCount[i]! }));
  return { columnsMemo, stats };
}

/** A build stopped because a newer graph version was asked for. */
export class Superseded extends Error {}

interface Build {
  source: GraphStore;
  version: string;
  minConfidence: number;
  stopped: boolean;
  promise: Promise<ParkIndex>;
}

/** Thresholds kept per graph version (the client asks the default 0.5; a few others may be asked). */
const PER_VERSION = 3;
let builds: Build[] = [];
let buildCount = 0;

/** Indexes built (or started) since the process began: for tests and /healthz-style figures. */
export function parkIndexBuilds(): number {
  return buildCount;
}

/** Forgets every index (tests: a fresh store under the same version string). */
export function resetParkIndexes(): void {
  for (const b of builds) b.stopped = true;
  builds = [];
}

/** Stops and forgets the builds and indexes of one store (its server is closing). */
export function stopParkIndexes(source: GraphStore): void {
  for (const b of builds) if (b.source === source) b.stopped = true;
  builds = builds.filter((b) => b.source !== source);
}

/** The indexes kept or being built (for /healthz): version, threshold, and whether each is ready. */
export function parkIndexStats(): { version: string; minConfidence: number; ready: boolean }[] {
  return builds.map((b) => ({ version: b.version, minConfidence: b.minConfidence, ready: ready.has(b) }));
}

/** Builds that finished. */
const ready = new WeakSet<Build>();

/**
 * The index of `version` at `minConfidence`, built from `source` once (a build already running is
 * shared). A build of another version is stopped and dropped; a failed build is dropped (the next
 * request starts another).
 */
export function parkIndex(source: GraphStore, version: string, minConfidence: number): Promise<ParkIndex> {
  const hit = builds.find((b) => b.version === version && b.minConfidence === minConfidence);
  if (hit) {
    // Most recently used last.
    builds = [...builds.filter((b) => b !== hit), hit];
    return hit.promise;
  }
  for (const b of builds) if (b.version !== version) b.stopped = true;
  builds = builds.filter((b) => b.version === version);
  const b: Build = { source, version, minConfidence, stopped: false, promise: Promise.resolve(null as never) };
  buildCount++;
  b.promise = ParkIndex.build(source, minConfidence, () => {
    if (b.stopped) throw new Superseded('a newer graph version was asked for');
  });
  b.promise.then(
    () => ready.add(b),
    () => {
      builds = builds.filter((x) => x !== b);
    },
  );
  builds.push(b);
  while (builds.length > PER_VERSION) builds.shift()!.stopped = true;
  return b.promise;
}
