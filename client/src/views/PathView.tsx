// 路径: two pickers; the shortest paths between them drawn left to right (preset positions) and
// listed step by step, each edge with every evidence sentence behind it.
import { useMemo, useRef, useState } from 'react';
import type cytoscape from 'cytoscape';
import { findByName, shortestPaths, type EdgeDetail, type EvidenceItem, type NodeRef, type PathResult } from '../api.ts';
import { PresetGraph, type PresetGraphHandle } from '../graph/PresetGraph.tsx';
import { buildStylesheet } from '../graph/style.ts';
import { edgeElement, nodeElement } from '../graph/elements.ts';
import { SearchBox } from '../components/SearchBox.tsx';
import { LabelIcon } from '../components/LabelIcon.tsx';
import { EvidenceCard } from '../components/DetailsPanel.tsx';
import { Empty, ErrorState, Loading, useAsync, useNodeRef } from '../components/States.tsx';
import { edgeLabel, labelZh, relTitle, roleZh } from '../labels.ts';
import { t } from '../i18n.ts';

export interface PathViewProps {
  from: string | null;
  to: string | null;
  max: number;
  onChange(p: { from: string | null; to: string | null; max: number }): void;
  onOpenExplore(n: NodeRef): void;
  onOpenEvidence(ev: EvidenceItem): void;
}

const STEP_X = 230;
const ROW_Y = 110;

/**
 * Preset positions for a set of paths sharing their ends: the start on the left, the end on the
 * right, path i's inner nodes on row i (rows alternate above and below the middle). A node
 * shared by several paths keeps its first position. Pure.
 */
export function pathPositions(paths: readonly { nodes: readonly { id: string }[] }[]): Map<string, { x: number; y: number }> {
  const pos = new Map<string, { x: number; y: number }>();
  const longest = Math.max(1, ...paths.map((p) => p.nodes.length - 1));
  const width = longest * STEP_X;
  paths.forEach((p, i) => {
    const k = p.nodes.length - 1;
    const row = i === 0 ? 0 : (i % 2 === 1 ? -1 : 1) * Math.ceil(i / 2);
    p.nodes.forEach((n, j) => {
      if (pos.has(n.id)) return;
      const x = k === 0 ? 0 : j === 0 ? 0 : j === k ? width : (j * width) / k;
      const y = j === 0 || j === k ? 0 : row * ROW_Y;
      pos.set(n.id, { x, y });
    });
  });
  return pos;
}

export function pathElements(paths: readonly PathResult[]): cytoscape.ElementDefinition[] {
  const pos = pathPositions(paths);
  const els: cytoscape.ElementDefinition[] = [];
  const seen = new Set<string>();
  for (const p of paths) {
    for (const n of p.nodes) {
      if (seen.has(n.id)) continue;
      seen.add(n.id);
      const el = nodeElement(n, pos.get(n.id));
      el.data.clickable = true;
      els.push(el);
    }
  }
  for (const p of paths) {
    for (const e of p.edges) {
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      els.push(edgeElement({ id: e.id, type: e.type, role: e.role, source: e.source.id, target: e.target.id }));
    }
  }
  return els;
}

export function PathView({ from, to, max, onChange, onOpenExplore, onOpenEvidence }: PathViewProps) {
  const fromNode = useNodeRef(from);
  const toNode = useNodeRef(to);
  const key = from && to ? `${from}|${to}|${max}` : null;
  const res = useAsync(key, (signal) => shortestPaths(from!, to!, max, 5, signal));
  const [selected, setSelected] = useState<string | null>(null);
  const graphRef = useRef<PresetGraphHandle>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const paths = res.data;
  const elements = useMemo(() => (paths ? pathElements(paths) : []), [paths]);
  const style = useMemo(() => buildStylesheet(), []);

  const focusEdge = (id: string) => {
    setSelected(id);
    listRef.current?.querySelector<HTMLElement>(`[data-edge-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };

  let overlay: React.ReactNode = null;
  if (!from || !to) {
    overlay = (
      <Empty title={t('选择起点和终点，查找两者之间的最短路径。')}>
        <div className="examples">
          {(
            [
              ['飞腾', 'Enterprise', '海洋片区', 'Park'],
              ['中科曙光', 'Enterprise', '信创', 'Industry'],
            ] as const
          ).map(([a, la, b, lb]) => (
            <button
              key={a + b}
              type="button"
              onClick={() =>
                void Promise.all([findByName(a, la), findByName(b, lb)]).then(([x, y]) => {
                  if (x && y) onChange({ from: x.id, to: y.id, max });
                })
              }
            >
              {a} → {b}
            </button>
          ))}
        </div>
      </Empty>
    );
  } else if (res.error) {
    overlay = <ErrorState error={res.error} hint={t('请检查起点和终点是否存在，或重新选择。')} onRetry={res.reload} />;
  } else if (res.loading || !paths) {
    overlay = <Loading text={t('正在查找路径…')} />;
  } else if (paths.length === 0) {
    overlay = (
      <Empty title={t('未找到 {n} 步以内的路径。', { n: max })}>
        <p className="muted">{t('可以增大最大长度，或换一个起点或终点。')}</p>
      </Empty>
    );
  }

  return (
    <div className="view path-view">
      <div className="view-bar" role="toolbar" aria-label={t('路径')}>
        <SearchBox name={t('起点')} placeholder={t('起点：企业、园区、产业、部门…')} initialText={fromNode?.name ?? ''} onPick={(h) => onChange({ from: h.id, to, max })} className="bar-search half" />
        <button
          type="button"
          className="icon"
          aria-label={t('交换起点和终点')}
          title={t('交换起点和终点')}
          disabled={!from && !to}
          onClick={() => onChange({ from: to, to: from, max })}
        >
          ⇄
        </button>
        <SearchBox name={t('终点')} placeholder={t('终点：企业、园区、产业、部门…')} initialText={toNode?.name ?? ''} onPick={(h) => onChange({ from, to: h.id, max })} className="bar-search half" />
        <label className="bar-select">
          {t('最大长度')}
          <select value={max} onChange={(e) => onChange({ from, to, max: Number(e.target.value) })}>
            {[2, 3, 4, 5, 6, 8, 10].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        {paths && paths.length > 0 && (
          <button type="button" onClick={() => graphRef.current?.fit()}>
            {t('适应画布')}
          </button>
        )}
      </div>
      <main className="view-main with-side wide-side">
        <section className="canvas-area" aria-label={t('路径图')}>
          <div className="canvas-wrap">
            <PresetGraph
              ref={graphRef}
              elements={elements}
              style={style}
              windowKey="pathCy"
              label={fromNode && toNode ? t('「{a}」到「{b}」的最短路径', { a: fromNode.name, b: toNode.name }) : t('路径图')}
              selected={selected}
              onTap={(el) => {
                if (!el) return setSelected(null);
                if (el.group === 'edges') focusEdge(el.id);
                else setSelected(el.id);
              }}
              onDoubleTap={(el) => {
                if (el.group === 'nodes') onOpenExplore({ id: el.id, label: el.data.label as NodeRef['label'], name: String(el.data.name) });
              }}
            />
            {overlay && <div className="canvas-overlay">{overlay}</div>}
          </div>
        </section>
        <aside className="side-panel" aria-label={t('路径步骤')}>
          <h2 className="side-title">
            {t('路径步骤')}
            {paths && paths.length > 0 && <span className="count">{paths.length}</span>}
          </h2>
          <div className="path-list" ref={listRef}>
            {!paths && <p className="muted pad">{from && to ? '' : t('选择起点和终点后，这里逐步列出路径及每一步的原文依据。')}</p>}
            {paths?.map((p, i) => (
              <section key={i} className="path-item" aria-label={t('路径 {i}（{n} 步）', { i: i + 1, n: p.edges.length })}>
                <h3>{t('路径 {i}（{n} 步）', { i: i + 1, n: p.edges.length })}</h3>
                <ol className="steps">
                  {p.edges.map((e, j) => (
                    <Step
                      key={e.id + j}
                      from={p.nodes[j]!}
                      to={p.nodes[j + 1]!}
                      edge={e}
                      active={selected === e.id}
                      onOpenExplore={onOpenExplore}
                      onOpenEvidence={onOpenEvidence}
                      onSelect={() => setSelected(e.id)}
                    />
                  ))}
                </ol>
              </section>
            ))}
          </div>
        </aside>
      </main>
    </div>
  );
}

function NodeButton({ n, onOpenExplore }: { n: NodeRef; onOpenExplore(n: NodeRef): void }) {
  return (
    <button type="button" className="node-pill" onClick={() => onOpenExplore(n)} title={`${t(labelZh(n.label))}：${n.name}（${t('在探索中打开')}）`}>
      <LabelIcon label={n.label} size={13} />
      <span>{n.name}</span>
    </button>
  );
}

function Step(props: {
  from: NodeRef;
  to: NodeRef;
  edge: EdgeDetail;
  active: boolean;
  onOpenExplore(n: NodeRef): void;
  onOpenEvidence(ev: EvidenceItem): void;
  onSelect(): void;
}) {
  const { from, to, edge, active } = props;
  const forward = edge.source.id === from.id;
  const terms = [from, to].filter((n) => n.label !== 'Measure' && n.label !== 'Document').map((n) => n.name);
  return (
    <li className={'step' + (active ? ' active' : '')} data-edge-id={edge.id}>
      <div className="step-head">
        <NodeButton n={from} onOpenExplore={props.onOpenExplore} />
        <button type="button" className="rel-pill" onClick={props.onSelect} title={`${edge.type}${edge.role ? ' · ' + (roleZh(edge.role) ?? '') : ''}`}>
          {forward ? '' : '← '}
          {t(relTitle(edge.type))}
          {edge.type === 'RESPONSIBLE_FOR' && edge.role ? `（${t(edgeLabel(edge))}）` : ''}
          {forward ? ' →' : ''}
        </button>
        <NodeButton n={to} onOpenExplore={props.onOpenExplore} />
      </div>
      <div className="step-evidence">
        {edge.evidence.length === 0 && <p className="muted small">{t('该关系没有记录原文依据。')}</p>}
        {edge.evidence.map((ev, k) => (
          <EvidenceCard key={k} ev={ev} terms={terms} onOpenText={() => props.onOpenEvidence(ev)} />
        ))}
      </div>
    </li>
  );
}
