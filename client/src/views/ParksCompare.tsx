// 园区对比 (错位发展): two parks segment by segment — what both host, what only one does — grouped
// by chain, each segment with the facts on each side and their sentences one click away.
// Parks include the parks inside them (a 片区 with its 园区).
import { useMemo, useState } from 'react';
import type { EvidenceItem, NodeRef } from '../api.ts';
import { compareParks, parkFacts, type ComparedSegment, type ParkRowData } from '../api-parks.ts';
import type { ParksState } from '../route.ts';
import { FactChips, FactList } from '../components/FactList.tsx';
import { Empty, ErrorState, Loading, useAsync } from '../components/States.tsx';
import { comparisonCsv } from '../parks.ts';
import { basisZh, parkKindZh } from '../labels.ts';
import { download } from '../export.ts';
import { t } from '../i18n.ts';

export interface ParksCompareProps {
  rows: readonly ParkRowData[];
  a: string | null;
  b: string | null;
  weak: boolean;
  onChange(patch: Partial<ParksState>): void;
  onOpenExplore(n: NodeRef): void;
  onOpenEvidence(ev: EvidenceItem): void;
}

export function ParksCompare({ rows, a, b, weak, onChange, onOpenExplore, onOpenEvidence }: ParksCompareProps) {
  const ready = a && b && a !== b;
  const res = useAsync(ready ? `${a}|${b}|${weak}` : null, (signal) => compareParks(a!, b!, { includeWeak: weak, rollup: true }, signal));
  const data = res.data && res.data.a.id === a && res.data.b.id === b ? res.data : null;

  const picker = (which: 'a' | 'b', value: string | null) => (
    <label className="bar-select">
      {which === 'a' ? t('园区 A') : t('园区 B')}
      <select value={value ?? ''} onChange={(e) => onChange({ [which]: e.target.value || null })}>
        <option value="">{t('请选择')}</option>
        {rows.map((r) => (
          <option key={r.park.id} value={r.park.id}>
            {'\u3000'.repeat(Math.min(r.depth, 4))}
            {r.park.name}
            {r.park.kind ? `（${t(parkKindZh(r.park.kind) ?? r.park.kind)}）` : ''}
          </option>
        ))}
      </select>
    </label>
  );

  let body: React.ReactNode;
  if (!ready) {
    const examples = rows.filter((r) => r.park.kind === 'area').slice(0, 3);
    body = (
      <Empty title={a && a === b ? t('请选择两个不同的园区。') : t('选择两个园区，比较它们各自承载的产业链环节（错位发展）。')}>
        {examples.length >= 2 && (
          <div className="examples">
            <button type="button" onClick={() => onChange({ a: examples[0]!.park.id, b: examples[1]!.park.id })}>
              {examples[0]!.park.name} ↔ {examples[1]!.park.name}
            </button>
          </div>
        )}
      </Empty>
    );
  } else if (res.error) {
    body = <ErrorState error={res.error} onRetry={res.reload} />;
  } else if (!data) {
    body = <Loading text={t('正在比较…')} />;
  } else {
    const cols: [string, string, ComparedSegment[], 'shared' | 'a' | 'b'][] = [
      ['shared', t('两者都有'), data.shared, 'shared'],
      ['onlyA', t('仅「{name}」', { name: data.a.name }), data.onlyA, 'a'],
      ['onlyB', t('仅「{name}」', { name: data.b.name }), data.onlyB, 'b'],
    ];
    body = (
      <>
        <p className="compare-summary" role="status">
          {t('{a} 与 {b}：共有 {s} 个环节，仅前者 {x} 个，仅后者 {y} 个。', { a: data.a.name, b: data.b.name, s: data.shared.length, x: data.onlyA.length, y: data.onlyB.length })}
          {data.truncated && ` ${t('结果已按上限截断')}`}
        </p>
        <div className="compare-cols">
          {cols.map(([key, title, items, side]) => (
            <section key={key} className={`compare-col compare-${key}`} aria-label={title}>
              <h3>
                {title} <span className="count">{items.length}</span>
              </h3>
              {items.length === 0 ? (
                <p className="muted pad">{t('无')}</p>
              ) : (
                <CompareList items={items} side={side} a={data.a} b={data.b} weak={weak} onOpenExplore={onOpenExplore} onOpenEvidence={onOpenEvidence} />
              )}
            </section>
          ))}
        </div>
      </>
    );
  }

  return (
    <div className="parks-compare">
      <div className="compare-bar">
        {picker('a', a)}
        <button type="button" onClick={() => onChange({ a: b, b: a })} disabled={!a && !b} aria-label={t('交换园区 A 和 B')}>
          ⇄
        </button>
        {picker('b', b)}
        {data && (
          <button type="button" onClick={() => download(`园区对比-${data.a.name}-${data.b.name}.csv`, comparisonCsv(data, basisZh), 'text/csv;charset=utf-8')}>
            {t('导出 CSV')}
          </button>
        )}
        <span className="muted small">{t('片区、区域包含其下属园区。')}</span>
      </div>
      <div className="compare-body">{body}</div>
    </div>
  );
}

interface CompareListProps {
  items: ComparedSegment[];
  side: 'shared' | 'a' | 'b';
  a: NodeRef;
  b: NodeRef;
  weak: boolean;
  onOpenExplore(n: NodeRef): void;
  onOpenEvidence(ev: EvidenceItem): void;
}

function CompareList(props: CompareListProps) {
  const groups = useMemo(() => {
    const m = new Map<string, { name: string; items: ComparedSegment[] }>();
    for (const it of props.items) {
      const c = it.chains[0];
      const key = c?.id ?? '';
      const g = m.get(key) ?? { name: c?.name ?? t('其他'), items: [] };
      g.items.push(it);
      m.set(key, g);
    }
    return [...m.values()];
  }, [props.items]);
  return (
    <div className="compare-groups">
      {groups.map((g) => (
        <div key={g.name} className="compare-group">
          <h4>
            {g.name} <span className="count">{g.items.length}</span>
          </h4>
          <ul>
            {g.items.map((it) => (
              <CompareItem key={it.segment.id} it={it} {...props} />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

/** One segment: each side's facts; opening it loads their sentences. */
function CompareItem({ it, side, a, b, weak, onOpenExplore, onOpenEvidence }: CompareListProps & { it: ComparedSegment }) {
  const [open, setOpen] = useState(false);
  const load = (park: string) => (signal: AbortSignal) =>
    parkFacts(park, it.segment.id, { rollup: true }, signal).then((fs) => fs.filter((f) => f.segment.id === it.segment.id && (weak || !f.weak)));
  const evA = useAsync(open && it.factsA.length ? `${a.id}|${it.segment.id}|${weak}` : null, load(a.id));
  const evB = useAsync(open && it.factsB.length ? `${b.id}|${it.segment.id}|${weak}` : null, load(b.id));
  const sideBlock = (park: NodeRef, lite: ComparedSegment['factsA'], ev: typeof evA) =>
    lite.length > 0 && (
      <div className="compare-side">
        <h5>
          {park.name} <FactChips facts={lite} onOpenNode={onOpenExplore} />
        </h5>
        {open &&
          (ev.error ? (
            <ErrorState error={ev.error} onRetry={ev.reload} />
          ) : ev.data ? (
            <FactList facts={ev.data} parkId={park.id} onOpenNode={onOpenExplore} onOpenEvidence={onOpenEvidence} />
          ) : (
            <Loading text={t('正在加载依据…')} />
          ))}
      </div>
    );
  return (
    <li className="compare-item" data-segment={it.segment.id}>
      <details onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>
          <span className="compare-seg">{it.segment.name}</span>
          <span className="muted small">
            {side !== 'b' && `${a.name} ${it.factsA.length}`}
            {side === 'shared' && ' · '}
            {side !== 'a' && `${b.name} ${it.factsB.length}`}
          </span>
        </summary>
        {sideBlock(a, it.factsA, evA)}
        {sideBlock(b, it.factsB, evB)}
      </details>
    </li>
  );
}
