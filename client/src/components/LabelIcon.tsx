// Small SVG glyph matching a label's canvas shape and colour (legend, suggestions, details).
import type { Label } from '../api.ts';
import { LABEL_STYLE, type NodeShape } from '../labels.ts';

function starPoints(cx: number, cy: number, outer: number, inner: number): string {
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    pts.push(`${(cx + r * Math.cos(a)).toFixed(2)},${(cy + r * Math.sin(a)).toFixed(2)}`);
  }
  return pts.join(' ');
}

const POLYGONS: Partial<Record<NodeShape, string>> = {
  hexagon: '1,8 4.5,2 11.5,2 15,8 11.5,14 4.5,14',
  diamond: '8,1 15,8 8,15 1,8',
  triangle: '8,1.5 15,14.5 1,14.5',
  pentagon: '8,1 15,6.3 12.4,15 3.6,15 1,6.3',
  star: starPoints(8, 8.6, 7.6, 3.2),
};

export function LabelIcon({ label, size = 14 }: { label: Label; size?: number }) {
  const s = LABEL_STYLE[label];
  const common = { fill: s.color, stroke: s.border, strokeWidth: 1.2 };
  let shape;
  if (s.shape === 'ellipse') shape = <circle cx={8} cy={8} r={6.5} {...common} />;
  else if (s.shape === 'rectangle') shape = <rect x={3} y={1.5} width={10} height={13} {...common} />;
  else shape = <polygon points={POLYGONS[s.shape]} {...common} strokeLinejoin="round" />;
  return (
    <svg className="label-icon" width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {shape}
    </svg>
  );
}
