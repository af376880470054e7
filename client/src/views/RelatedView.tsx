// 相关企业: pick an enterprise; the ranked related enterprises with their reasons; tick several
// into a 招商 shortlist that persists in localStorage and exports to CSV.
import { useEffect, useState } from 'react';
import { findByName, relatedEnterprises, type NodeRef, type RelatedItem } from '../api.ts';
import { SearchBox } from '../components/SearchBox.tsx';
import { LabelIcon } from '../components/LabelIcon.tsx';
import { Empty, ErrorState, Loading, useAsync, useNodeRef } from '../components/States.tsx';
import { loadShortlist, saveShortlist, shortlistAdd, shortlistCsv, shortlistRemove, type ShortlistItem } from '../shortlist.ts';
import { download } from '../export.ts';
import { t, useLang } from '../i18n.ts';

export interface RelatedViewProps {
  id: string | null;
  onPick(id: string): void;
  onOpenExplore(n: NodeRef): void;
}

/** Splits a server reason "同属「信创」环节 / same segment" into its Chinese and English halves. */
export function reasonText(reason: string, lang: 'zh' | 'en'): string {
  const m = /^(.*\S)\s*\/\s*([A-Za-z][^/]*)$/.exec(reason.trim());
  if (!m) return reason;
  return lang === 'zh' ? m[1]! : `${m[2]!.trim()} (${m[1]!})`;
}

export function RelatedView({ id, onPick, onOpenExplore }: RelatedViewProps) {
  const base = useNodeRef(id);
  const res = useAsync(id, (signal) => relatedEnterprises(id!, 30, signal));
  const [shortlist, setShortlist] = useState<ShortlistItem[]>(() => loadShortlist());
  const lang = useLang();

  useEffect(() => saveShortlist(shortlist), [shortlist]);
  // Another tab changed the list.
  useEffect(() => {
    const onStorage = () => setShortlist(loadShortlist());
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const inList = new Set(shortlist.map((x) => x.id));
  const toggle = (r: RelatedItem) => {
    if (inList.has(r.enterprise.id)) setShortlist((s) => shortlistRemove(s, r.enterprise.id));
    else
      setShortlist((s) =>
        shortlistAdd(s, {
          id: r.enterprise.id,
          name: r.enterprise.name,
          from: id ?? '',
          fromName: base?.name ?? id ?? '',
          score: r.score,
          reasons: r.reasons.map((x) => reasonText(x, 'zh')),
          addedAt: new Date().toISOString().slice(0, 19).replace('T', ' '),
        }),
      );
  };

  let body: React.ReactNode;
  if (!id) {
    body = (
      <Empty title={t('选择一个企业，查看按相关度排序的企业及理由。')}>
        <div className="examples">
          {['飞腾', '中科曙光', '麒麟软件'].map((x) => (
            <button key={x} type="button" onClick={() => void findByName(x, 'Enterprise').then((h) => h && onPick(h.id))}>
              {x}
            </button>
          ))}
        </div>
      </Empty>
    );
  } else if (res.error) {
    body = <ErrorState error={res.error} hint={t('请确认所选节点是企业，或重新选择。')} onRetry={res.reload} />;
  } else if (res.loading || !res.data) {
    body = <Loading text={t('正在计算相关企业…')} />;
  } else if (res.data.length === 0) {
    body = (
      <Empty title={t('没有找到相关企业。')}>
        <p className="muted">{t('该企业尚未与环节、园区或举措关联；可以在探索中查看它的关系。')}</p>
      </Empty>
    );
  } else {
    body = (
      <ol className="related-list" aria-label={t('相关企业排名')}>
        {res.data.map((r, i) => {
          const checked = inList.has(r.enterprise.id);
          return (
            <li key={r.enterprise.id} className={'related-item' + (checked ? ' picked' : '')} data-id={r.enterprise.id}>
              <span className="rank" aria-hidden="true">
                {i + 1}
              </span>
              <div className="related-main">
                <div className="related-head">
                  <button type="button" className="link-btn related-name" onClick={() => onOpenExplore(r.enterprise)} title={t('在探索中打开')}>
                    <LabelIcon label="Enterprise" size={13} /> {r.enterprise.name}
                  </button>
                  <span className="score" title={t('相关度')}>
                    {t('相关度')} <b>{r.score}</b>
                  </span>
                  <label className="check pick">
                    <input type="checkbox" checked={checked} onChange={() => toggle(r)} aria-label={`${t('加入候选')}：${r.enterprise.name}`} />
                    {t('加入候选')}
                  </label>
                </div>
                <ul className="reasons">
                  {r.reasons.map((x, k) => (
                    <li key={k}>{reasonText(x, lang)}</li>
                  ))}
                </ul>
              </div>
            </li>
          );
        })}
      </ol>
    );
  }

  return (
    <div className="view related-view">
      <div className="view-bar" role="toolbar" aria-label={t('相关企业')}>
        <SearchBox
          name={t('选择企业')}
          placeholder={t('搜索企业，例如：飞腾')}
          labels={['Enterprise']}
          initialText={base?.name ?? ''}
          onPick={(h) => onPick(h.id)}
          className="bar-search"
        />
        {base && (
          <button type="button" onClick={() => onOpenExplore(base)}>
            {t('在探索中打开')}
          </button>
        )}
      </div>
      <main className="view-main with-side">
        <section className="list-area" aria-label={base ? t('与「{name}」相关的企业', { name: base.name }) : t('相关企业')}>
          {base && res.data && res.data.length > 0 && (
            <h2 className="list-title">
              {t('与「{name}」相关的企业', { name: base.name })} <span className="count">{res.data.length}</span>
            </h2>
          )}
          {body}
        </section>
        <aside className="side-panel shortlist" aria-label={t('候选名单')}>
          <h2 className="side-title">
            {t('候选名单')} <span className="count">{shortlist.length}</span>
          </h2>
          <div className="shortlist-actions">
            <button type="button" disabled={!shortlist.length} onClick={() => download(`招商候选名单-${new Date().toISOString().slice(0, 10)}.csv`, shortlistCsv(shortlist), 'text/csv;charset=utf-8')}>
              {t('导出候选 CSV')}
            </button>
            <button type="button" className="secondary" disabled={!shortlist.length} onClick={() => setShortlist([])}>
              {t('清空候选')}
            </button>
          </div>
          {shortlist.length === 0 ? (
            <p className="muted pad">{t('候选名单为空：在左侧勾选企业加入。')}</p>
          ) : (
            <ol className="shortlist-items">
              {shortlist.map((x) => (
                <li key={x.id}>
                  <div className="shortlist-row">
                    <button type="button" className="link-btn" onClick={() => onOpenExplore({ id: x.id, label: 'Enterprise', name: x.name })}>
                      {x.name}
                    </button>
                    <span className="muted small">
                      {t('相关度')} {x.score} · {t('来自')} {x.fromName}
                    </span>
                    <button type="button" className="link-btn small" onClick={() => setShortlist((s) => shortlistRemove(s, x.id))} aria-label={`${t('移除')}：${x.name}`}>
                      {t('移除')}
                    </button>
                  </div>
                </li>
              ))}
            </ol>
          )}
          <p className="muted small pad">{t('候选名单保存在本浏览器中，刷新页面不会丢失。')}</p>
        </aside>
      </main>
    </div>
  );
}
