// A draft layout in linear time, drawn at once while the real layout (fcose, in the worker) runs:
// rings around the anchor by graph distance, each node next to the node it was reached from, so a big
// neighbourhood appears in a frame or two instead of after the whole layout. Pure (unit-tested).

export interface Point {
  x: number;
  y: number;
}

/** Room a node and its label take along a ring (px). */
export const RING_SPACING = 46;
/** Distance between consecutive rings, and the first ring's smallest radius (px). */
export const RING_GAP = 110;

/**
 * Positions for `fresh` nodes: breadth-first from `root` (a fresh node or one already placed in
 * `fixed`), level k on a ring of radius ≥ k·RING_GAP around `center` (wider when the level holds more
 * nodes than fit), ordered by the angle of the node each was reached from. Fresh nodes the search
 * does not reach go on further rings. Nodes in `fixed` keep their place and are not returned.
 */
export function ringLayout(
  fresh: readonly string[],
  edges: readonly { source: string; target: string }[],
  center: Point,
  root: string | null,
  fixed: ReadonlySet<string> = new Set(),
): Map<string, Point> {
  const out = new Map<string, Point>();
  if (!fresh.length) return out;
  const isFresh = new Set(fresh);
  const adj = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    let l = adj.get(a);
    if (!l) adj.set(a, (l = []));
    l.push(b);
  };
  for (const e of edges) {
    if (e.source === e.target) continue;
    if (!(isFresh.has(e.source) || fixed.has(e.source)) || !(isFresh.has(e.target) || fixed.has(e.target))) continue;
    link(e.source, e.target);
    link(e.target, e.source);
  }
  // The root: the anchor if it is on the canvas, else the best-connected fresh node.
  let start = root && (isFresh.has(root) || fixed.has(root)) ? root : null;
  if (!start) {
    let best = -1;
    for (const id of fresh) {
      const d = adj.get(id)?.length ?? 0;
      if (d > best) {
        best = d;
        start = id;
      }
    }
  }
  const angle = new Map<string, number>();
  const parent = new Map<string, string>();
  const seen = new Set<string>([start!]);
  if (isFresh.has(start!)) out.set(start!, { ...center });
  angle.set(start!, 0);
  let level: string[] = [start!];
  let radius = 0;
  const placeRing = (ids: string[]) => {
    // Children sit near their parent's angle: order by it (stable for siblings).
    ids.sort((a, b) => (angle.get(parent.get(a) ?? '') ?? 0) - (angle.get(parent.get(b) ?? '') ?? 0));
    radius = Math.max(radius + RING_GAP, (ids.length * RING_SPACING) / (2 * Math.PI));
    const step = (2 * Math.PI) / ids.length;
    const offset = ids.length > 1 ? step / 2 : 0;
    ids.forEach((id, i) => {
      const a = offset + i * step;
      angle.set(id, a);
      out.set(id, { x: center.x + radius * Math.cos(a), y: center.y + radius * Math.sin(a) });
    });
  };
  while (level.length) {
    const next: string[] = [];
    for (const id of level) {
      for (const nb of adj.get(id) ?? []) {
        if (seen.has(nb) || !isFresh.has(nb)) continue;
        seen.add(nb);
        parent.set(nb, id);
        next.push(nb);
      }
    }
    if (next.length) placeRing(next);
    level = next;
  }
  // Not reached from the root (other components): outer rings, at most a ring's worth each.
  const rest = fresh.filter((id) => !out.has(id));
  const perRing = Math.max(24, Math.ceil((2 * Math.PI * (radius + RING_GAP)) / RING_SPACING));
  for (let i = 0; i < rest.length; i += perRing) placeRing(rest.slice(i, i + perRing));
  return out;
}
