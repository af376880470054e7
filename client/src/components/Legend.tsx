// Legend: shape + colour + Chinese name per label. Each entry toggles that label's visibility
// on the canvas; the count is how many of that label are on the canvas.
import { LABELS, type Label, type Stats } from '../api.ts';
import { LABEL_STYLE } from '../labels.ts';
import { LabelIcon } from './LabelIcon.tsx';
import { t } from '../i18n.ts';

export interface LegendProps {
  stats: Stats | null;
  onCanvas: ReadonlyMap<string, number>;
  hidden: ReadonlySet<Label>;
  onToggle(label: Label): void;
}

export function Legend({ stats, onCanvas, hidden, onToggle }: LegendProps) {
  const total = new Map(stats?.byLabel.map((c) => [c.key, c.count]) ?? []);
  return (
    <section className="legend" aria-label={t('图例')}>
      <h2 className="legend-title">
        {t('图例')} <span className="legend-hint">{t('点击可隐藏/显示')}</span>
      </h2>
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
                title={`${t(off ? '显示' : '隐藏')} ${t(LABEL_STYLE[l].zh)}` + (total.has(l) ? t('（全库 {a} 个，画布上 {b} 个）', { a: total.get(l)!, b: n }) : '')}
              >
                <LabelIcon label={l} size={15} />
                <span className="legend-name">{t(LABEL_STYLE[l].zh)}</span>
                {n > 0 && <span className="legend-count">{n}</span>}
              </button>
            </li>
          );
        })}
      </ul>
      <div className="legend-edges" aria-label={t('责任角色')}>
        <span><i className="line line-lead" />{t('牵头')}</span>
        <span><i className="line line-support" />{t('配合')}</span>
        <span><i className="line line-resp" />{t('负责')}</span>
        <span title={t('置信度低于 0.5：仅鼓励或并列提及')}><i className="line line-weak" />{t('弱关系')}</span>
      </div>
    </section>
  );
}
