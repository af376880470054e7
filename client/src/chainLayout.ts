// Preset positions for the 产业链 view: one lane (column group) per chain position, upstream on
// the left; segments sharing a position stack in that lane, wrapping into sub-columns; each
// segment box holds its parks, enterprises, labs and measures in a small grid. Pure.

export interface ChainSegmentInput {
  id: string;
  position: number;
  members: { id: string; kind: 'Park' | 'Enterprise' | 'Lab' | 'Measure' }[];
}

export interface Placed {
  id: string;
  x: number;
  y: number;
}

export interface ChainLayout {
  /** Centre of each member node, keyed `${segmentId}::${memberId}` (a member can sit in several segments). */
  members: Placed[];
  /** Each segment's box: centre, size, and where it sits. */
  segments: (Placed & { w: number; h: number; lane: number; col: number; row: number })[];
  lanes: { position: number; x: number; width: number }[];
  width: number;
  height: number;
}

export const CHAIN_GEOMETRY = {
  cell: 60,
  perRow: 4,
  boxPad: 18,
  titleH: 62,
  gapX: 60,
  gapY: 34,
  laneGap: 90,
  /** Members drawn per segment; the rest are summarised in the list. */
  maxMembers: 15,
};

export function memberKey(segmentId: string, memberId: string): string {
  return `${segmentId}::${memberId}`;
}

/**
 * Lays the chain out for a viewport of the given size: every lane wraps its boxes into columns of
 * at most R rows, with R chosen so the whole chain fills the viewport at the largest zoom (so a
 * long lane becomes a block, and a chain of several lanes still reads left to right).
 */
export function layoutChain(segments: readonly ChainSegmentInput[], view: { w: number; h: number } = { w: 1000, h: 680 }): ChainLayout {
  const positions = [...new Set(segments.map((s) => s.position))];
  const longest = Math.max(1, ...positions.map((p) => segments.filter((s) => s.position === p).length));
  let best: ChainLayout | null = null;
  let bestScale = -1;
  for (let rows = 1; rows <= longest; rows++) {
    const l = layoutWithRows(segments, rows);
    const scale = Math.min(view.w / Math.max(1, l.width + 60), view.h / Math.max(1, l.height + 100));
    if (scale > bestScale + 1e-9) {
      best = l;
      bestScale = scale;
    }
  }
  return best ?? layoutWithRows(segments, 1);
}

function layoutWithRows(segments: readonly ChainSegmentInput[], maxRows: number): ChainLayout {
  const G = CHAIN_GEOMETRY;
  const positions = [...new Set(segments.map((s) => s.position))].sort((a, b) => a - b);
  const boxW = G.perRow * G.cell + 2 * G.boxPad;
  const boxH = (s: ChainSegmentInput) => {
    const n = Math.min(s.members.length, G.maxMembers);
    const rows = Math.ceil(n / G.perRow); // an empty segment (a gap) is just its title
    return G.titleH + rows * G.cell + G.boxPad;
  };
  const out: ChainLayout = { members: [], segments: [], lanes: [], width: 0, height: 0 };
  let laneX = 0;
  positions.forEach((pos, lane) => {
    const segs = segments.filter((s) => s.position === pos);
    const cols = Math.max(1, Math.ceil(segs.length / maxRows));
    const rowsPerCol = Math.ceil(segs.length / cols);
    const laneW = cols * boxW + (cols - 1) * G.gapX;
    out.lanes.push({ position: pos, x: laneX, width: laneW });
    const colY = new Array<number>(cols).fill(0);
    segs.forEach((s, i) => {
      const col = Math.floor(i / rowsPerCol);
      const row = i % rowsPerCol;
      const x0 = laneX + col * (boxW + G.gapX);
      const y0 = colY[col]!;
      const h = boxH(s);
      out.segments.push({ id: s.id, x: x0 + boxW / 2, y: y0 + h / 2, w: boxW, h, lane, col, row });
      s.members.slice(0, G.maxMembers).forEach((m, k) => {
        out.members.push({
          id: memberKey(s.id, m.id),
          x: x0 + G.boxPad + (k % G.perRow) * G.cell + G.cell / 2,
          y: y0 + G.titleH + Math.floor(k / G.perRow) * G.cell + G.cell / 2,
        });
      });
      colY[col] = y0 + h + G.gapY;
      out.height = Math.max(out.height, colY[col]! - G.gapY);
    });
    laneX += laneW + G.laneGap;
  });
  out.width = Math.max(0, laneX - G.laneGap);
  return out;
}

/** The layout input for an industryChain result: members in the order parks, enterprises, labs, measures. */
export function chainInput(
  segments: readonly {
    position: number;
    industry: { id: string };
    parks: readonly { id: string }[];
    enterprises: readonly { id: string }[];
    labs: readonly { id: string }[];
    measures: readonly { id: string }[];
  }[],
): ChainSegmentInput[] {
  return segments.map((s) => ({
    id: s.industry.id,
    position: s.position,
    members: [
      ...s.parks.map((m) => ({ id: m.id, kind: 'Park' as const })),
      ...s.enterprises.map((m) => ({ id: m.id, kind: 'Enterprise' as const })),
      ...s.labs.map((m) => ({ id: m.id, kind: 'Lab' as const })),
      ...s.measures.map((m) => ({ id: m.id, kind: 'Measure' as const })),
    ],
  }));
}
