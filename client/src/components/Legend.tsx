// Legend: shape + colour + Chinese name per label. Each entry toggles that label's visibility
// on the canvas; the count is how many of that label are on the canvas.
import { LABELS, type Label, type Stats } from '../api.ts';
import { LABEL_STYLE } from '../labels.ts';
import { LabelIcon } from './LabelIcon.tsx';

export interface LegendProps {
  stats: Stats | null;
  onCanvas: ReadonlyMap<string, number>;
  hidden: ReadonlySet<Label>;
  onToggle(label: Label): void;
}

export function Legend({ stats, onCanvas, hidden, onToggle }: LegendProps) {
  const total = new Map(stats?.byLabel.map((c) => [c.key, c.count]) ?? []);
  return (
    <section className="legend" aria-label="图例">
      <h2 className="legend-title">图例 <span className="legend-hint">点击可隐藏/显示</span></h2>
      <ul>
        {LABELS.map((l) => {
          const n = onCanvas.get(l) ?? 0;
          const off = hidden.has(l);
          return (
            <li key={l}>
              <button
                type="button"
                className={'legend-item' + (off ? ' off' : '')}
                aria-pressed={!off}
                onClick={() => onToggle(l)}
                title={`${off ? '显示' : '隐藏'}${LABEL_STYLE[l].zh}` + (total.has(l) ? `（全库 ${total.get(l)} 个，画布上 ${n} 个）` : '')}
              >
                <LabelIcon label={l} size={15} />
                <span className="legend-name">{LABEL_STYLE[l].zh}</span>
                {n > 0 && <span className="legend-count">{n}</span>}
              </button>
            </li>
          );
        })}
      </ul>
      <div className="legend-edges" aria-label="责任角色">
        <span><i className="line line-lead" />牵头</span>
        <span><i className="line line-support" />配合</span>
        <span><i className="line line-resp" />负责</span>
      </div>
    </section>
  );
}
