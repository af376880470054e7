// The layout worker: big canvases are laid out here, so the page stays responsive (no main-thread
// task of the layout itself). One request at a time; the page ignores answers it no longer wants.
import { computeLayout, type LayoutRequest, type LayoutResult } from './layoutCompute.ts';

self.onmessage = (e: MessageEvent<LayoutRequest>) => {
  let result: LayoutResult;
  try {
    result = computeLayout(e.data);
  } catch (err) {
    result = { seq: e.data.seq, positions: new Float64Array(0), ms: 0, layout: e.data.layout, error: err instanceof Error ? err.message : String(err) };
  }
  (self as unknown as Worker).postMessage(result, [result.positions.buffer]);
};
