// Warm-up of the per-version indexes (review of fix29/fix23: the first request after a start or a write
// paid for them). At 10⁵ nodes the park index (analysis/park-index.ts) takes ~30 s and the review queue
// (analysis/review.ts) 18–35 s: the first 园区 or 审核 request after a start or a write waited for them
// and answered TIMEOUT. The warmer builds both in the background, for the graph as it reads now:
//   - at start, and whenever the graph version changes (a mutation, a document or registry written
//     here or by another process sharing the data directory: the curated store's graphVersion), once
//     the version has held still for one poll (an ingest of many documents does not start a build
//     per document);
//   - one at a time (the park index at the default threshold, then the review queue), both paced
//     like any request's build (the event loop answers /healthz and requests meanwhile);
//   - a newer version stops an older park-index build (parkIndex), and requests share the build the
//     warmer started (the same promise), so nothing is built twice.
// Off with KG_WARM=0. Stopped with the server: its builds are stopped and forgotten.
import { DEFAULT_MIN_CONFIDENCE } from '../analysis/park-world.ts';
import { parkIndex, parkIndexStats, stopParkIndexes } from '../analysis/park-index.ts';
import type { CurationService } from '../store/curation.ts';
import type { GraphStore } from '../store/port.ts';
import { reviewQueueStats, stopReviewQueue, warmReviewQueue } from './curation.ts';

export interface WarmStats {
  /** The graph version last warmed (both indexes built for it), or null. */
  warmed: string | null;
  /** A warm-up round is running. */
  running: boolean;
  parkIndexes: { version: string; minConfidence: number; ready: boolean }[];
  reviewQueue: { version: string | null; building: boolean };
}

export interface Warmer {
  stats(): WarmStats;
  /** Resolves when no round runs and the version read last is warmed (tests, the bench). */
  settled(): Promise<void>;
  stop(): void;
}

/** Whether KG_WARM leaves the warm-up on (default on; "0", "false", "off" turn it off). */
export function warmFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  return !/^(0|false|off|no)$/i.test(env.KG_WARM?.trim() ?? '');
}

export function startWarmer(source: GraphStore & CurationService, options: { pollMs?: number; log?: (m: string) => void } = {}): Warmer {
  const pollMs = options.pollMs ?? 2000;
  const log = options.log ?? (() => undefined);
  let stopped = false;
  let warmed: string | null = null;
  let seen: string | null = null;
  let running: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;

  const round = async (version: string): Promise<void> => {
    const t0 = performance.now();
    try {
      await parkIndex(source, version, DEFAULT_MIN_CONFIDENCE);
      if (stopped) return;
      await warmReviewQueue(source, () => stopped);
      if (!stopped) {
        warmed = version;
        log(`预热完成 / warm: park index and review queue of graph version ${version} built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      }
    } catch (e) {
      // Superseded by a newer version (the next poll warms that), or the store closed: nothing to answer.
      if (!stopped) log(`预热中止 / warm-up of ${version} stopped: ${(e as Error).message}`);
    }
  };

  const poll = async (): Promise<void> => {
    timer = null;
    if (stopped) return;
    try {
      const version = await source.graphVersion();
      // Once the version held still for one poll: after a change (a burst of writes is built once), and
      // at start too (the curated store's version is settled when it opens: fix35).
      const still = version === seen;
      seen = version;
      if (still && version !== warmed && !running) {
        running = round(version).finally(() => {
          running = null;
        });
      }
    } catch {
      // the store is closing or unreachable: try again at the next poll
    }
    if (!stopped) {
      timer = setTimeout(() => void poll(), pollMs);
      timer.unref();
    }
  };
  void poll();

  return {
    stats: () => ({ warmed, running: running !== null, parkIndexes: parkIndexStats(), reviewQueue: reviewQueueStats(source) }),
    async settled() {
      for (let k = 0; k < 5; k++) {
        if (running) await running;
        const version = await source.graphVersion();
        if (version === warmed || stopped) return;
        // not yet started for this version: warm it now
        running ??= round(version).finally(() => {
          running = null;
        });
      }
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      stopParkIndexes(source);
      stopReviewQueue(source);
    },
  };
}
