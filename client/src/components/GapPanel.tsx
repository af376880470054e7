// 补链招商 panel of the 产业链 view: for the chain and a park (or every park the documents name), the
// segments with no local enterprise, each with the enterprises elsewhere that could fill it (from the
// documents and imported registries), ranked, with their reasons; the list exports as CSV.
import { chainGapCandidates, parks, type NodeRef } from '../api.ts';
import { download } from '../export.ts';
import { gapsToCsv, sortParks } from '../gaps.ts';
import { t } from '../i18n.ts';
import { LabelIcon } from './LabelIcon.tsx';
import { Empty, ErrorState, Loading, useAsync } from './States.tsx';

export interface GapPanelProps {
  chainId: string;
  park: string | null;
  onPark(id: string | null): void;
  onOpenExplore(n: NodeRef): void;
}

export function GapPanel({ chainId, park, onPark, onOpenExplore }: GapPanelProps) {
  const parkList = useAsync('parks', (signal) => parks(signal));
  const gaps = useAsync(`${chainId}|${park ?? ''}`, (signal) => chainGapCandidates(chainId, park, 10, signal));
  const data = gaps.data && gaps.data.chain.id === chainId && (gaps.data.park?.id ?? null) === park ? gaps.data : null;
  const gapSegments = data?.segments.filter((s) => s.gap) ?? [];
  // gaps someone could fill first (in chain order), then the ones nobody is known for, in one line
  const withCandidates = gapSegments.filter((s) => s.candidates.length > 0);
  const without = gapSegments.filter((s) => s.candidates.length === 0);
  const filled = data?.segments.filter((s) => !s.gap) ?? [];
  const candidates = gapSegments.reduce((n, s) => n + s.candidates.length, 0);

  return (
    <div className="gap-panel" aria-label={t('补链招商')}>
      <p className="muted small pad-x">{t('本园区尚无企业的环节，以及园区外属于该环节的企业（来自文件和导入的企业名录），按环节匹配、规模和标签排序。')}</p>
      <div className="gap-controls pad-x">
        <label className="bar-select">
          {t('园区')}
          <select value={park ?? ''} onChange={(e) => onPark(e.target.value || null)} aria-label={t('选择园区')}>
            <option value="">{t('文件提到的全部园区')}</option>
            {sortParks(parkList.data ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={!data || candidates === 0} onClick={() => data && download(`补链招商-${data.chain.name}-${data.park?.name ?? '全部园区'}.csv`, gapsToCsv(data), 'text/csv;charset=utf-8')}>
          {t('导出 CSV')}
        </button>
      </div>
      {gaps.error ? (
        <ErrorState error={gaps.error} onRetry={gaps.reload} />
      ) : !data ? (
        <Loading text={t('正在查找缺口环节与候选企业…')} />
      ) : data.segments.length === 0 ? (
        <Empty title={t('该产业没有下属环节。')} />
      ) : (
        <>
          <p className="gap-summary pad-x" role="status">
            {t('缺口 {n} 个', { n: gapSegments.length })} · {t('候选企业 {n} 家', { n: candidates })} · {t('已有本地企业的环节 {n} 个', { n: filled.length })}
          </p>
          <ol className="gap-list">
            {withCandidates.map((s) => (
              <li key={s.segment.id} className="gap-segment" data-segment={s.segment.id}>
                <div className="segment-head">
                  <button type="button" className="link-btn segment-name" onClick={() => onOpenExplore(s.segment)}>
                    {s.segment.name}
                  </button>
                  <span className="gap-badge">{t('补链')}</span>
                  {s.stage && <span className="muted small">{s.stage.name}</span>}
                  <span className="muted small">{t('候选 {n} 家', { n: s.candidateCount })}</span>
                </div>
                <ol className="candidate-list">
                  {s.candidates.map((c) => (
                    <li key={c.enterprise.id} className="candidate">
                      <div className="candidate-head">
                        <button type="button" className="link-btn" onClick={() => onOpenExplore(c.enterprise)} title={t('在探索中打开')}>
                          <LabelIcon label="Enterprise" size={12} /> {c.enterprise.name}
                        </button>
                        <span className="score">
                          {t('得分')} <b>{c.score.toFixed(2)}</b>
                        </span>
                      </div>
                      <ul className="reasons small">
                        {c.reasons.map((r) => (
                          <li key={r}>{r}</li>
                        ))}
                      </ul>
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ol>
          {without.length > 0 && (
            <div className="gap-none pad-x small">
              <b>{t('暂无候选企业的缺口 {n} 个', { n: without.length })}</b>：{without.map((s) => s.segment.name).join('、')}
              <p className="muted">{t('暂无候选企业：可在「文件」视图导入企业名录。')}</p>
            </div>
          )}
          {filled.length > 0 && (
            <details className="gap-filled pad-x">
              <summary>{t('已有本地企业的环节 {n} 个', { n: filled.length })}</summary>
              <ul className="small">
                {filled.map((s) => (
                  <li key={s.segment.id}>
                    <b>{s.segment.name}</b>：{s.local.map((l) => l.name).join('、')}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </div>
  );
}
