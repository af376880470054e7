// 审核: the review queue (facts most worth checking first: doubtful × depended on), triaged by
// keyboard — a/y accept, r/x reject, e edit, j/↓ next, k/↑ previous, u or Ctrl+Z undo, n note —
// and the audit trail (who changed what, when and why; undo; CSV).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { documents, REL_TYPES, type EvidenceItem, type NodeRef, type RelType } from '../api.ts';
import { LabelIcon } from '../components/LabelIcon.tsx';
import { Highlight } from '../components/Highlight.tsx';
import { EdgeEditForm } from '../review/EdgeEditForm.tsx';
import { canCurate, useMe } from '../review/me.ts';
import { Empty, ErrorState, Loading, useAsync } from '../components/States.tsx';
import { download } from '../export.ts';
import { t, useLang } from '../i18n.ts';
import { reasonText } from './RelatedView.tsx';
import { labelZh, relZh, truncate } from '../labels.ts';
import {
  acceptEdge,
  allChanges,
  changes as fetchChanges,
  confirmMatch,
  registryMatches,
  rejectMatch,
  type RegistryMatch,
  curationErrorMessage,
  editEdge,
  rejectEdge,
  reviewQueue,
  undoChange,
  type Change,
} from '../review/api.ts';
import {
  changesCsv,
  current,
  decide,
  decidedCount,
  EMPTY_TRIAGE,
  goTo,
  highlightNames,
  keyAction,
  lastDecision,
  move,
  opZh,
  undone,
  withItems,
  type TriageEntry,
  type TriageState,
} from '../review/triage.ts';

export interface ReviewState {
  tab: 'queue' | 'trail' | 'matches';
  doc: string | null;
  type: RelType | null;
  basis: string | null;
  q: string;
  all: boolean;
  author: string;
}

export interface ReviewViewProps {
  state: ReviewState;
  onChange(s: ReviewState): void;
  onOpenExplore(n: NodeRef): void;
  onOpenEvidence(ev: EvidenceItem): void;
}

/** Inferred relation types (the ones the queue holds). */
export const QUEUE_TYPES: readonly RelType[] = REL_TYPES.filter((x) => x !== 'CONTAINS' && x !== 'RESPONSIBLE_FOR');
export const BASES = ['stated', 'planned', 'encouraged', 'listed', 'lexicon', 'registry', 'curated'] as const;
export const BASIS_ZH: Record<string, string> = {
  stated: '明确陈述',
  planned: '规划',
  encouraged: '鼓励',
  listed: '并列提及',
  lexicon: '词表',
  registry: '登记信息',
  curated: '人工确认',
};

const PAGE = 100;

function isTyping(el: EventTarget | null): boolean {
  return el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

export function ReviewView({ state, onChange, onOpenExplore, onOpenEvidence }: ReviewViewProps) {
  const docs = useAsync('docs', (signal) => documents(signal));
  return (
    <div className="view review-view">
      <div className="view-bar" role="toolbar" aria-label={t('审核')}>
        <div className="tabs-inline" role="tablist" aria-label={t('审核')}>
          <button type="button" role="tab" aria-selected={state.tab === 'queue'} onClick={() => onChange({ ...state, tab: 'queue' })}>
            {t('待审核')}
          </button>
          <button type="button" role="tab" aria-selected={state.tab === 'trail'} onClick={() => onChange({ ...state, tab: 'trail' })}>
            {t('审核记录')}
          </button>
          <button type="button" role="tab" aria-selected={state.tab === 'matches'} onClick={() => onChange({ ...state, tab: 'matches' })}>
            {t('名录存疑匹配')}
          </button>
        </div>
        {state.tab === 'queue' && (
          <>
            <label className="bar-select">
              {t('文件')}
              <select value={state.doc ?? ''} onChange={(e) => onChange({ ...state, doc: e.target.value || null })} aria-label={t('按文件筛选')}>
                <option value="">{t('全部文件')}</option>
                {(docs.data ?? []).map((d) => (
                  <option key={d.id} value={d.id}>
                    {truncate(d.title || d.name, 28)}
                  </option>
                ))}
              </select>
            </label>
            <label className="bar-select">
              {t('关系')}
              <select value={state.type ?? ''} onChange={(e) => onChange({ ...state, type: (e.target.value || null) as RelType | null })} aria-label={t('按关系类型筛选')}>
                <option value="">{t('全部关系')}</option>
                {QUEUE_TYPES.map((x) => (
                  <option key={x} value={x}>
                    {t(relZh(x))} · {x}
                  </option>
                ))}
              </select>
            </label>
            <label className="bar-select">
              {t('依据')}
              <select value={state.basis ?? ''} onChange={(e) => onChange({ ...state, basis: e.target.value || null })} aria-label={t('按依据筛选')}>
                <option value="">{t('全部依据')}</option>
                {BASES.map((b) => (
                  <option key={b} value={b}>
                    {t(BASIS_ZH[b]!)} · {b}
                  </option>
                ))}
              </select>
            </label>
            <NameFilter value={state.q} onChange={(q) => onChange({ ...state, q })} />
            <label className="check">
              <input type="checkbox" checked={state.all} onChange={(e) => onChange({ ...state, all: e.target.checked })} />
              {t('含已审核')}
            </label>
          </>
        )}
      </div>
      {state.tab === 'queue' ? (
        <Queue state={state} onOpenExplore={onOpenExplore} onOpenEvidence={onOpenEvidence} />
      ) : state.tab === 'matches' ? (
        <Matches onOpenExplore={onOpenExplore} />
      ) : (
        <Trail state={state} onChange={onChange} />
      )}
    </div>
  );
}

function NameFilter({ value, onChange }: { value: string; onChange(v: string): void }) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (text === value) return;
    const h = setTimeout(() => onChange(text.trim()), 300);
    return () => clearTimeout(h);
  }, [text, value, onChange]);
  return (
    <input
      type="search"
      className="bar-input"
      placeholder={t('名称包含…')}
      aria-label={t('按名称筛选')}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') (e.target as HTMLInputElement).blur();
      }}
    />
  );
}

// ---------------------------------------------------------------------------
// The queue

function Queue({ state, onOpenExplore, onOpenEvidence }: Pick<ReviewViewProps, 'state' | 'onOpenExplore' | 'onOpenEvidence'>) {
  const filterKey = JSON.stringify([state.doc, state.type, state.basis, state.q, state.all]);
  const [triage, setTriage] = useState<TriageState>(EMPTY_TRIAGE);
  const [total, setTotal] = useState<number | null>(null);
  const [stale, setStale] = useState(false);
  const [cursor, setCursor] = useState<{ after: string | null; more: boolean }>({ after: null, more: false });
  const [loadError, setLoadError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const [note, setNote] = useState('');
  const [editing, setEditing] = useState(false);
  const [started] = useState(() => performance.now());
  const me = useMe();
  const canEdit = canCurate(me);
  const canEditRef = useRef(canEdit);
  canEditRef.current = canEdit;
  const meRef = useRef(me);
  meRef.current = me;
  const noteRef = useRef<HTMLInputElement>(null);
  /** Why this person cannot decide (null: they can). */
  const refusal = (): string | null =>
    canEditRef.current ? null : meRef.current ? t('当前账号只读，审核需要编辑权限') : t('请先登录（编辑权限）后再审核');
  const triageRef = useRef(triage);
  /** One way to change the triage: from the latest state (a ref: key handlers and page loads interleave). */
  const update = useCallback((fn: (s: TriageState) => TriageState) => {
    triageRef.current = fn(triageRef.current);
    setTriage(triageRef.current);
  }, []);
  const listRef = useRef<HTMLOListElement>(null);

  const load = useCallback(
    async (append: boolean, after: string | null, signal?: AbortSignal) => {
      setLoading(true);
      try {
        const page = await reviewQueue(
          { document: state.doc, ...(state.type ? { types: [state.type] } : {}), ...(state.basis ? { basis: [state.basis] } : {}), nameContains: state.q || null, includeCurated: state.all },
          PAGE,
          after,
          signal,
        );
        if (signal?.aborted) return;
        update((s) => withItems(s, page.items, append));
        setTotal(page.totalCount);
        setStale(page.stale);
        setCursor({ after: page.endCursor, more: page.hasNextPage });
        setLoadError(null);
      } catch (e) {
        if (!signal?.aborted) setLoadError(e);
      } finally {
        if (!signal?.aborted) setLoading(false);
      }
    },
    [filterKey],
  );

  useEffect(() => {
    const ctrl = new AbortController();
    void load(false, null, ctrl.signal);
    return () => ctrl.abort();
  }, [load]);

  // Load the next page before the planner reaches the end of the loaded facts.
  useEffect(() => {
    if (!loading && cursor.more && triage.entries.length - triage.index < 15) void load(true, cursor.after);
  }, [triage.index, triage.entries.length, cursor, loading, load]);

  // Keep the focused row in view.
  useEffect(() => {
    listRef.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [triage.index]);

  // Keys are handled by one listener that reads refs: a key pressed right after a decision shows
  // must not meet a listener still holding the previous render's state (it would be dropped).
  const busyRef = useRef(false);
  const noteTextRef = useRef(note);
  noteTextRef.current = note;
  const editingRef = useRef(editing);
  editingRef.current = editing;
  const begin = (): boolean => {
    if (busyRef.current) return false;
    busyRef.current = true;
    setBusy(true);
    setMessage(null);
    return true;
  };
  const end = () => {
    busyRef.current = false;
    setBusy(false);
  };

  const act = useCallback(async (action: 'accept' | 'reject') => {
    const entry = current(triageRef.current);
    if (!entry || entry.decision || busyRef.current) return;
    const no = refusal();
    if (no) return setMessage({ kind: 'error', text: no });
    if (!begin()) return;
    try {
      const note = noteTextRef.current;
      const r = action === 'accept' ? await acceptEdge(entry.item.edge.id, note) : await rejectEdge(entry.item.edge.id, note);
      update((s) => decide(s, entry.item.edge.id, action === 'accept' ? 'accepted' : 'rejected', r.change.id));
      setNote('');
    } catch (e) {
      setMessage({ kind: 'error', text: curationErrorMessage(e) });
    } finally {
      end();
    }
  }, []);

  const undo = useCallback(async () => {
    const last = lastDecision(triageRef.current);
    if (!last || !begin()) return;
    try {
      await undoChange(last.changeId, '');
      update(undone);
      setMessage({ kind: 'info', text: t('已撤销上一步') });
    } catch (e) {
      setMessage({ kind: 'error', text: curationErrorMessage(e) });
    } finally {
      end();
    }
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || editingRef.current) return;
      if (isTyping(e.target)) {
        if (e.key === 'Escape') (e.target as HTMLElement).blur();
        return;
      }
      const a = keyAction(e);
      if (!a) return;
      e.preventDefault();
      switch (a) {
        case 'accept':
        case 'reject':
          void act(a);
          break;
        case 'edit': {
          const no = refusal();
          if (no) setMessage({ kind: 'error', text: no });
          else if (current(triageRef.current) && !current(triageRef.current)!.decision) setEditing(true);
          break;
        }
        case 'next':
          update((s) => move(s, 1));
          break;
        case 'prev':
          update((s) => move(s, -1));
          break;
        case 'undo':
          void undo();
          break;
        case 'note':
          noteRef.current?.focus();
          break;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [act, undo]);

  const entry = current(triage);
  const done = decidedCount(triage);
  const minutes = (performance.now() - started) / 60000;

  let main: React.ReactNode;
  if (loadError) main = <ErrorState error={loadError} onRetry={() => void load(false, null)} />;
  else if (total === null) main = <Loading text={t('正在加载待审核事实…')} />;
  else if (!entry) main = <Empty title={t('没有符合条件的待审核事实。')} />;
  else
    main = (
      <FactCard
        entry={entry}
        position={triage.index + 1}
        total={total}
        busy={busy || !canEdit}
        note={note}
        noteRef={noteRef}
        onNote={setNote}
        onAccept={() => void act('accept')}
        onReject={() => void act('reject')}
        onEdit={() => setEditing(true)}
        onPrev={() => update((s) => move(s, -1))}
        onNext={() => update((s) => move(s, 1))}
        onUndo={() => void undo()}
        canUndo={triage.history.length > 0}
        onOpenExplore={onOpenExplore}
        onOpenEvidence={onOpenEvidence}
      />
    );

  return (
    <main className="view-main with-side wide-side review-main">
      <section className="review-focus" aria-label={t('当前事实')}>
        {message && (
          <div className={message.kind === 'error' ? 'banner banner-error' : 'banner'} role={message.kind === 'error' ? 'alert' : 'status'}>
            {message.text}
          </div>
        )}
        {me !== undefined && !canEdit && !message && <div className="banner">{me ? t('当前账号只读：可以查看队列，审核需要编辑权限。') : t('登录为编辑者后即可审核；未登录也可以查看队列。')}</div>}
        {main}
        {editing && entry && (
          <EdgeEditForm
            edge={entry.item.edge}
            note={note}
            onCancel={() => setEditing(false)}
            onSave={async (set) => {
              setBusy(true);
              setMessage(null);
              try {
                const r = await editEdge(entry.item.edge.id, set, note);
                update((s) => decide(s, entry.item.edge.id, 'edited', r.change.id, r.edge));
                setNote('');
                setEditing(false);
              } catch (e) {
                setMessage({ kind: 'error', text: curationErrorMessage(e) });
              } finally {
                setBusy(false);
              }
            }}
          />
        )}
        <p className="review-session muted small" aria-live="polite" data-decided={done}>
          {t('本次已审核 {n} 条', { n: done })}
          {done > 0 && minutes > 0 && ` · ${t('平均 {s} 秒/条', { s: ((minutes * 60) / done).toFixed(1) })}`}
          {' · '}
          {t('快捷键：A 确认 · R 拒绝 · E 修改 · J/↓ 下一条 · K/↑ 上一条 · U 撤销 · N 理由')}
        </p>
      </section>
      <aside className="side-panel review-list" aria-label={t('待审核队列')}>
        <h2 className="side-title">
          {t('待审核队列')} {total !== null && <span className="count">{total}</span>}
        </h2>
        {stale && (
          <p className="queue-stale muted small" role="status">
            {t('队列更新中…（按上一版排序，已审核的不再列出，新事实稍后出现）')}
          </p>
        )}
        <ol ref={listRef} className="queue-items">
          {triage.entries.map((x, i) => (
            <li key={x.item.edge.id}>
              <button
                type="button"
                className={'queue-row' + (x.decision ? ` decided ${x.decision}` : '')}
                aria-current={i === triage.index ? 'true' : undefined}
                onClick={() => update((s) => goTo(s, i))}
                data-edge-id={x.item.edge.id}
              >
                <span className="queue-prio" title={t('优先级')}>
                  {x.item.priority.toFixed(2)}
                </span>
                <span className="queue-rel">
                  {truncate(x.item.edge.source.name, 14)} <span className="rel-tag">{t(relZh(x.item.edge.type))}</span> {truncate(x.item.edge.target.name, 14)}
                </span>
                {x.decision && <span className={`decision-tag ${x.decision}`}>{t(DECISION_ZH[x.decision])}</span>}
              </button>
            </li>
          ))}
        </ol>
        {loading && triage.entries.length > 0 && <p className="muted small pad">{t('正在加载更多…')}</p>}
      </aside>
    </main>
  );
}

const DECISION_ZH = { accepted: '已确认', rejected: '已拒绝', edited: '已修改' } as const;

interface FactCardProps {
  entry: TriageEntry;
  position: number;
  total: number;
  busy: boolean;
  note: string;
  noteRef: React.RefObject<HTMLInputElement | null>;
  onNote(v: string): void;
  onAccept(): void;
  onReject(): void;
  onEdit(): void;
  onPrev(): void;
  onNext(): void;
  onUndo(): void;
  canUndo: boolean;
  onOpenExplore(n: NodeRef): void;
  onOpenEvidence(ev: EvidenceItem): void;
}

function FactCard(p: FactCardProps) {
  const { item, decision } = p.entry;
  const e = item.edge;
  const terms = useMemo(() => highlightNames(e), [e]);
  const lang = useLang();
  return (
    <article className={'fact-card' + (decision ? ` decided ${decision}` : '')} aria-label={t('待审核事实')} data-edge-id={e.id}>
      <header className="fact-head">
        <span className="muted small">
          {t('第 {i} / {n} 条', { i: p.position, n: p.total })} · {t('优先级')} {item.priority.toFixed(2)}
        </span>
        <span className={`basis-chip basis-${item.basis}`}>
          {t(BASIS_ZH[item.basis] ?? item.basis)} · {t('置信度')} {item.confidence.toFixed(2)}
        </span>
        {decision && <span className={`decision-tag ${decision}`}>{t(DECISION_ZH[decision])}</span>}
      </header>
      <h2 className="fact-rel">
        <button type="button" className="node-pill" onClick={() => p.onOpenExplore(e.source)} title={t(labelZh(e.source.label))}>
          <LabelIcon label={e.source.label} size={14} /> {e.source.name}
        </button>
        <span className="fact-type">
          —{t(relZh(e.type))}→ <code className="small">{e.type}</code>
        </span>
        <button type="button" className="node-pill" onClick={() => p.onOpenExplore(e.target)} title={t(labelZh(e.target.label))}>
          <LabelIcon label={e.target.label} size={14} /> {e.target.name}
        </button>
      </h2>
      <p className="fact-reason muted small">{reasonText(item.reason, lang)}</p>
      {p.entry.replacement && (
        <p className="fact-replaced">
          {t('已改为')}：{p.entry.replacement.source.name} —{t(relZh(p.entry.replacement.type))}→ {p.entry.replacement.target.name}
        </p>
      )}
      <section className="fact-evidence" aria-label={t('依据原文')}>
        {e.evidence.length === 0 && <p className="muted">{t('该关系没有记录原文依据。')}</p>}
        {e.evidence.slice(0, 3).map((ev, i) => (
          <figure key={i} className="evidence">
            <blockquote className="evidence-text">
              <Highlight text={ev.text} terms={terms} />
            </blockquote>
            <figcaption>
              <span>
                <LabelIcon label="Document" size={11} /> {ev.document?.name ?? ev.documentId}
              </span>
              {ev.section && <span className="evidence-section">{ev.section}</span>}
              <button type="button" className="link-btn open-text" onClick={() => p.onOpenEvidence(ev)}>
                {t('查看原文')} ↗
              </button>
            </figcaption>
          </figure>
        ))}
        {e.evidence.length > 3 && <p className="muted small">{t('另有 {n} 句依据', { n: e.evidence.length - 3 })}</p>}
      </section>
      <div className="fact-note">
        <input
          ref={p.noteRef}
          type="text"
          placeholder={t('理由（可选，N 键聚焦，回车确认后按 A/R）')}
          aria-label={t('理由')}
          value={p.note}
          maxLength={2000}
          onChange={(ev) => p.onNote(ev.target.value)}
          onKeyDown={(ev) => {
            if (ev.key === 'Enter') (ev.target as HTMLInputElement).blur();
          }}
        />
      </div>
      <div className="fact-actions">
        <button type="button" className="accept" disabled={p.busy || !!decision} onClick={p.onAccept} title="A">
          ✓ {t('确认')} <kbd>A</kbd>
        </button>
        <button type="button" className="reject" disabled={p.busy || !!decision} onClick={p.onReject} title="R">
          ✗ {t('拒绝')} <kbd>R</kbd>
        </button>
        <button type="button" disabled={p.busy || !!decision} onClick={p.onEdit} title="E">
          ✎ {t('修改')} <kbd>E</kbd>
        </button>
        <span className="spacer" />
        <button type="button" className="secondary" onClick={p.onPrev} title="K">
          ↑ {t('上一条')}
        </button>
        <button type="button" className="secondary" onClick={p.onNext} title="J">
          ↓ {t('下一条')}
        </button>
        <button type="button" className="secondary" disabled={p.busy || !p.canUndo} onClick={p.onUndo} title="U">
          ↶ {t('撤销')}
        </button>
      </div>
    </article>
  );
}

// ---------------------------------------------------------------------------
// The audit trail

function Trail({ state, onChange }: Pick<ReviewViewProps, 'state' | 'onChange'>) {
  const [extra, setExtra] = useState<Change[]>([]);
  const [after, setAfter] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const key = JSON.stringify([state.author]);
  const res = useAsync(key, (signal) => fetchChanges(state.author ? { author: state.author } : {}, 50, null, signal));
  useEffect(() => {
    setExtra([]);
    setAfter(null);
  }, [key]);
  const list = [...(res.data?.nodes ?? []), ...extra];
  const more = after ? true : (res.data?.hasNextPage ?? false);
  const loadMore = async () => {
    const cursor = after ?? res.data?.endCursor ?? null;
    const page = await fetchChanges(state.author ? { author: state.author } : {}, 50, cursor);
    setExtra((x) => [...x, ...page.nodes]);
    setAfter(page.hasNextPage ? page.endCursor : null);
  };
  return (
    <main className="view-main trail-main">
      <section className="list-area" aria-label={t('审核记录')}>
        <div className="trail-bar">
          <label className="bar-select">
            {t('操作人')}
            <input type="search" className="bar-input" value={state.author} onChange={(e) => onChange({ ...state, author: e.target.value })} aria-label={t('按操作人筛选')} placeholder={t('全部')} />
          </label>
          <button
            type="button"
            onClick={async () => {
              const all = await allChanges(state.author ? { author: state.author } : {});
              download(`审核记录-${new Date().toISOString().slice(0, 10)}.csv`, changesCsv(all), 'text/csv;charset=utf-8');
            }}
          >
            {t('导出审核记录 CSV')}
          </button>
          {res.data && (
            <span className="muted small">
              {t('共 {n} 条', { n: res.data.totalCount })}
            </span>
          )}
        </div>
        {message && (
          <div className="banner banner-error" role="alert">
            {message}
          </div>
        )}
        {res.error ? (
          <ErrorState error={res.error} onRetry={res.reload} />
        ) : !res.data ? (
          <Loading text={t('正在加载审核记录…')} />
        ) : list.length === 0 ? (
          <Empty title={t('还没有人修改过图谱。')} />
        ) : (
          <table className="trail-table">
            <thead>
              <tr>
                <th>{t('时间')}</th>
                <th>{t('操作人')}</th>
                <th>{t('操作')}</th>
                <th>{t('内容')}</th>
                <th>{t('理由')}</th>
                <th>{t('状态')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((c) => (
                <tr key={c.id} data-change-id={c.id} className={c.active ? '' : 'inactive'}>
                  <td className="nowrap">{c.at.replace('T', ' ').slice(0, 19)}</td>
                  <td>{c.author}</td>
                  <td>{t(opZh(c.op))}</td>
                  <td>{c.summary}</td>
                  <td>{c.note}</td>
                  <td className="nowrap">
                    {c.active ? (
                      <button
                        type="button"
                        className="link-btn"
                        onClick={async () => {
                          setMessage(null);
                          try {
                            await undoChange(c.id);
                            setExtra([]);
                            setAfter(null);
                            res.reload();
                          } catch (e) {
                            setMessage(curationErrorMessage(e));
                          }
                        }}
                      >
                        {t('撤销')}
                      </button>
                    ) : (
                      <span className="muted">{t('已被 {who} 撤销', { who: c.undoneBy?.author ?? '' })}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {more && (
          <button type="button" className="link-btn pad" onClick={() => void loadMore()}>
            {t('加载更多')}
          </button>
        )}
      </section>
    </main>
  );
}

/**
 * 名录存疑匹配: registry firms that may be a document's firm (score 0.5–0.8), never merged silently.
 * An editor decides each: 是同一家 merges the two nodes, 不是同一家 drops the possible match; both are
 * changes in the audit trail (undo there).
 */
function Matches({ onOpenExplore }: Pick<ReviewViewProps, 'onOpenExplore'>) {
  const me = useMe();
  const editor = canCurate(me);
  const res = useAsync('registry-matches', (signal) => registryMatches(200, signal));
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const decide = async (m: RegistryMatch, same: boolean) => {
    setMessage(null);
    setBusy(m.enterprise.id);
    try {
      if (same) await confirmMatch(m, '');
      else await rejectMatch(m, '');
      setMessage({
        text: same
          ? t('已合并：「{a}」并入「{b}」', { a: m.enterprise.name, b: m.candidate?.name ?? '' })
          : t('已标记为不同企业：「{a}」≠「{b}」', { a: m.enterprise.name, b: m.candidate?.name ?? '' }),
        error: false,
      });
      res.reload();
    } catch (e) {
      setMessage({ text: curationErrorMessage(e), error: true });
    } finally {
      setBusy(null);
    }
  };
  const list = res.data ?? [];
  return (
    <main className="view-main trail-main">
      <section className="list-area" aria-label={t('名录存疑匹配')}>
        <p className="muted small pad-x">
          {t('导入企业名录时，得分在 0.5–0.8 之间的匹配不会自动合并。请逐一确认：是同一家则合并，不是则分开；每次决定都记入审核记录，可撤销。')}
        </p>
        {message && (
          <div className={message.error ? 'banner banner-error' : 'banner'} role={message.error ? 'alert' : 'status'}>
            {message.text}
          </div>
        )}
        {res.error ? (
          <ErrorState error={res.error} onRetry={res.reload} />
        ) : !res.data ? (
          <Loading text={t('正在加载存疑匹配…')} />
        ) : list.length === 0 ? (
          <Empty title={t('没有待确认的名录匹配。')} />
        ) : (
          <table className="trail-table matches-table">
            <thead>
              <tr>
                <th>{t('名录企业')}</th>
                <th>{t('文件中的企业')}</th>
                <th>{t('得分')}</th>
                <th>{t('企业名录')}</th>
                <th>{t('决定')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((m) => {
                const p = m.enterprise.properties;
                const legal = typeof p.legalName === 'string' ? p.legalName : m.enterprise.name;
                const code = typeof p.creditCode === 'string' ? p.creditCode : null;
                return (
                  <tr key={m.enterprise.id} data-match={m.enterprise.id}>
                    <td>
                      <button type="button" className="link-btn" onClick={() => onOpenExplore(m.enterprise)}>
                        {legal}
                      </button>
                      {code && <div className="muted small">{code}</div>}
                    </td>
                    <td>
                      {m.candidate ? (
                        <button type="button" className="link-btn" onClick={() => onOpenExplore(m.candidate!)}>
                          {m.candidate.name}
                        </button>
                      ) : (
                        '—'
                      )}
                    </td>
                    <td className="nowrap">{m.score.toFixed(2)}</td>
                    <td className="nowrap">
                      {m.source}
                      {m.line != null && <span className="muted small"> · {t('第 {line} 行', { line: m.line })}</span>}
                    </td>
                    <td className="nowrap">
                      <div className="fact-actions">
                        <button type="button" className="accept" disabled={!editor || busy !== null || !m.candidate} onClick={() => void decide(m, true)}>
                          {t('是同一家（合并）')}
                        </button>
                        <button type="button" disabled={!editor || busy !== null} onClick={() => void decide(m, false)}>
                          {t('不是同一家')}
                        </button>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {!editor && list.length > 0 && <p className="muted small pad-x">{t('登录编辑账号后可确认匹配。')}</p>}
      </section>
    </main>
  );
}
