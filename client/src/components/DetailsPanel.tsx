// 详情 panel: a node (properties + its edges, each with a preview of its evidence) or an
// edge (type/role and every evidence sentence with its document and section).
import { useEffect, useRef, useState } from 'react';
import {
  ApiError,
  REL_TYPES,
  edgeDetail,
  isAbort,
  nodeDetail,
  type EdgeDetail,
  type EvidenceItem,
  type Json,
  type NodeDetail,
  type NodeRef,
} from '../api.ts';
import { labelZh, levelZh, relGroupTitle, relTitle, roleRank, roleZh, truncate, type EdgeDirection } from '../labels.ts';
import type { Selection } from '../graph/GraphView.tsx';
import { LabelIcon } from './LabelIcon.tsx';
import { Highlight } from './Highlight.tsx';
import { t } from '../i18n.ts';
import { EdgeCuration, NodeCuration, type Curated } from '../review/FactCuration.tsx';
import { acceptEdge, curationErrorMessage, rejectEdge, undoChange } from '../review/api.ts';
import { canCurate, useMe } from '../review/me.ts';

export interface DetailsPanelProps {
  selected: Selection | null;
  canGoBack: boolean;
  onBack(): void;
  onOpenEdge(edge: EdgeDetail): void;
  onOpenNode(node: NodeRef): void;
  onExpand(id: string): void;
  onRemove(id: string): void;
  /** Open the evidence's document at the sentence (文件 view). */
  onOpenEvidence(ev: EvidenceItem): void;
  onGoChain(id: string): void;
  onGoRelated(id: string): void;
  /** A person changed the graph from this panel (the canvas drops what was rejected). */
  onCurated?(c: Curated): void;
}

type Loaded = { kind: 'node'; data: NodeDetail } | { kind: 'edge'; data: EdgeDetail };

export function DetailsPanel(props: DetailsPanelProps) {
  const { selected } = props;
  const cache = useRef(new Map<string, Loaded>());
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  /** The fact shown was just rejected or merged away: say so (with undo) instead of "not found". */
  const [gone, setGone] = useState<{ id: string; change: string; text: string } | null>(null);
  const curated = (c: Curated) => {
    // The graph changed: nothing cached here is known to be current.
    cache.current.clear();
    if ((c.op === 'reject' || c.op === 'merge') && c.id === selected?.id) {
      setGone({ id: c.id, change: c.outcome.change.id, text: c.outcome.change.summary });
    } else if (c.op === 'edit' && c.kind === 'edge' && c.outcome.edge && c.outcome.edge.id !== c.id && c.id === selected?.id) {
      setGone({ id: c.id, change: c.outcome.change.id, text: c.outcome.change.summary });
    } else setGone(null);
    setVersion((v) => v + 1);
    props.onCurated?.(c);
  };

  useEffect(() => {
    setError(null);
    if (!selected) {
      setLoaded(null);
      setLoading(false);
      return;
    }
    const key = `${selected.kind}:${selected.id}`;
    const hit = cache.current.get(key);
    if (hit) {
      setLoaded(hit);
      setLoading(false);
      return;
    }
    const ctrl = new AbortController();
    setLoading(true);
    const p: Promise<Loaded | null> =
      selected.kind === 'node'
        ? nodeDetail(selected.id, ctrl.signal).then((d) => (d ? { kind: 'node', data: d } : null))
        : edgeDetail(selected.id, ctrl.signal).then((d) => (d ? { kind: 'edge', data: d } : null));
    p.then((r) => {
      if (!r) {
        setLoaded(null);
        setError(t(selected.kind === 'node' ? '未找到该节点' : '未找到该关系'));
        return;
      }
      cache.current.set(key, r);
      if (r.kind === 'node') for (const e of r.data.edges) cache.current.set(`edge:${e.id}`, { kind: 'edge', data: e });
      setLoaded(r);
    })
      .catch((e: unknown) => {
        if (isAbort(e)) return;
        setError(e instanceof ApiError ? e.message + (e.detail ? `：${e.detail}` : '') : t('加载详情失败'));
      })
      .finally(() => {
        if (!ctrl.signal.aborted) setLoading(false);
      });
    return () => ctrl.abort();
  }, [selected?.kind, selected?.id, version]);

  let body: React.ReactNode;
  if (!selected) {
    body = (
      <div className="details-empty">
        <p>{t('点击图中的节点或关系查看详情。')}</p>
        <p className="muted">{t('每条关系都附有政策原文依据；双击节点可展开其相邻节点。')}</p>
      </div>
    );
  } else if (gone && gone.id === selected.id) {
    body = (
      <div className="details-empty" role="status">
        <p>{gone.text}</p>
        <button
          type="button"
          className="link-btn"
          onClick={async () => {
            try {
              const outcome = await undoChange(gone.change);
              setGone(null);
              cache.current.clear();
              setVersion((v) => v + 1);
              props.onCurated?.({ op: 'undo', kind: selected.kind, id: selected.id, outcome });
            } catch (e) {
              setError(curationErrorMessage(e));
            }
          }}
        >
          {t('撤销')}
        </button>
      </div>
    );
  } else if (error) {
    body = (
      <div className="details-error" role="alert">
        {error}
      </div>
    );
  } else if (loading || !loaded || loaded.data.id !== selected.id) {
    body = (
      <div className="details-loading" role="status">
        <span className="spinner" /> {t('正在加载详情…')}
      </div>
    );
  } else if (loaded.kind === 'node') {
    body = <NodeView node={loaded.data} {...props} onCurated={curated} />;
  } else {
    body = <EdgeView edge={loaded.data} {...props} onCurated={curated} />;
  }

  return (
    <aside className="details" aria-label={t('详情')}>
      <div className="details-bar">
        <h2 className="details-title">{t('详情')}</h2>
        {props.canGoBack && (
          <button type="button" className="link-btn" onClick={props.onBack}>
            {t('← 返回')}
          </button>
        )}
      </div>
      <div className="details-body">{body}</div>
    </aside>
  );
}

// ---------------------------------------------------------------------------

function NodeView({ node, onOpenEdge, onExpand, onRemove, onOpenNode, onGoChain, onGoRelated, onOpenEvidence, onCurated }: { node: NodeDetail } & DetailsPanelProps) {
  const props = keyProperties(node);
  const canEdit = canCurate(useMe());
  const [quickError, setQuickError] = useState<string | null>(null);
  const quick = async (edge: EdgeDetail, op: 'accept' | 'reject') => {
    setQuickError(null);
    try {
      const outcome = op === 'accept' ? await acceptEdge(edge.id, '') : await rejectEdge(edge.id, '');
      onCurated?.({ op, kind: 'edge', id: edge.id, outcome });
    } catch (e) {
      setQuickError(curationErrorMessage(e));
    }
  };
  const groups = groupEdges(node);
  const aliases = node.aliases.filter((a) => a !== node.name);
  return (
    <div className="node-view">
      <header className="entity-head">
        <span className="label-chip">
          <LabelIcon label={node.label} size={13} />
          {t(labelZh(node.label))}
        </span>
        <h3 className="entity-name">{node.name}</h3>
        <code className="entity-id" title={t('节点 ID')}>
          {node.id}
        </code>
      </header>
      <div className="actions">
        <button type="button" onClick={() => onExpand(node.id)}>
          {t('展开相邻节点')}
        </button>
        {node.label === 'Industry' && (
          <button type="button" onClick={() => onGoChain(node.id)}>
            {t('在产业链中查看')}
          </button>
        )}
        {node.label === 'Enterprise' && (
          <button type="button" onClick={() => onGoRelated(node.id)}>
            {t('查看相关企业')}
          </button>
        )}
        {node.label === 'Document' && (
          <button type="button" onClick={() => onOpenEvidence({ documentId: node.id, document: { id: node.id, name: node.name, date: node.date ?? null }, text: '', start: 0, end: 0, section: null })}>
            {t('阅读原文')}
          </button>
        )}
        <button type="button" className="secondary" onClick={() => onRemove(node.id)}>
          {t('从画布移除')}
        </button>
      </div>
      {node.label === 'Measure' && node.text && (
        <section className="measure-text">
          <h4>{t('举措原文')}</h4>
          <blockquote>{node.text}</blockquote>
        </section>
      )}
      <dl className="props">
        {aliases.length > 0 && (
          <>
            <dt>{t('别名')}</dt>
            <dd>{aliases.join('、')}</dd>
          </>
        )}
        {props.map(([k, v]) => (
          <Prop key={k} k={k} v={v} />
        ))}
        {node.label === 'Measure' && node.document && (
          <>
            <dt>{t('所属文件')}</dt>
            <dd>
              <button type="button" className="link-btn" onClick={() => onOpenNode(node.document!)}>
                {node.document.name}
              </button>
            </dd>
          </>
        )}
      </dl>
      <MoreProperties properties={node.properties} />
      <NodeCuration node={node} onChanged={(c) => onCurated?.(c)} />
      {quickError && (
        <p className="banner banner-error" role="alert">
          {quickError}
        </p>
      )}
      <section className="edge-groups" aria-label={t('关系')}>
        <h4>
          {t('关系')} <span className="count">{node.edges.length}</span>
        </h4>
        {node.edges.length === 0 && <p className="muted">{t('该节点没有关系。')}</p>}
        {groups.map((g) => (
          <div key={g.key} className="edge-group">
            <h5>
              {t(g.title)} <span className="count">{g.items.length}</span>
            </h5>
            <ul>
              {g.items.map(({ edge, other }) => (
                <li key={edge.id}>
                  <button type="button" className="edge-item" onClick={() => onOpenEdge(edge)} data-edge-id={edge.id}>
                    <span className="edge-item-head">
                      <LabelIcon label={other.label} size={12} />
                      <span className="edge-item-name">{truncate(other.name, 60)}</span>
                      {edge.role && <RoleChip role={edge.role} />}
                      <span className="ev-count" title={t('依据句数')}>
                        {t('依据')} {edge.evidence.length}
                      </span>
                    </span>
                    {edge.evidence[0] && (
                      <span className="edge-item-ev">
                        <Highlight text={edge.evidence[0].text} terms={highlightTerms(edge)} />
                      </span>
                    )}
                  </button>
                  {canEdit && edge.type !== 'CONTAINS' && (
                    <span className="quick-actions">
                      <button type="button" className="link-btn small" onClick={() => void quick(edge, 'accept')} disabled={edge.properties.basis === 'curated'} aria-label={`${t('确认')}：${other.name}`}>
                        ✓ {t('确认')}
                      </button>
                      <button type="button" className="link-btn small" onClick={() => void quick(edge, 'reject')} aria-label={`${t('拒绝')}：${other.name}`}>
                        ✗ {t('拒绝')}
                      </button>
                      <button type="button" className="link-btn small" onClick={() => onOpenEdge(edge)} aria-label={`${t('修改')}：${other.name}`}>
                        ✎ {t('修改')}
                      </button>
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    </div>
  );
}

function EdgeView({ edge, onOpenNode, onOpenEvidence, onCurated }: { edge: EdgeDetail } & DetailsPanelProps) {
  const terms = highlightTerms(edge);
  const extra = Object.entries(edge.properties ?? {}).filter(([k]) => k !== 'role');
  return (
    <div className="edge-view">
      <header className="entity-head">
        <span className="label-chip rel">{t('关系')} · {edge.type}</span>
        <h3 className="entity-name">
          {t(relTitle(edge.type))}
          {edge.role && <RoleChip role={edge.role} />}
        </h3>
      </header>
      <div className="edge-ends">
        <NodePill node={edge.source} onClick={() => onOpenNode(edge.source)} />
        <span className="edge-arrow" aria-label={t('指向')}>
          →
        </span>
        <NodePill node={edge.target} onClick={() => onOpenNode(edge.target)} />
      </div>
      <section className="evidence-list" aria-label={t('依据原文')}>
        <h4>
          {t('依据原文')} <span className="count">{edge.evidence.length}</span>
        </h4>
        {edge.evidence.length === 0 && <p className="muted">{t('该关系没有记录原文依据。')}</p>}
        {edge.evidence.map((ev, i) => (
          <EvidenceCard
            key={`${ev.documentId}:${ev.start}:${i}`}
            ev={ev}
            terms={terms}
            onOpenDocument={() => onOpenNode({ id: ev.documentId, label: 'Document', name: ev.document?.name ?? ev.documentId })}
            onOpenText={() => onOpenEvidence(ev)}
          />
        ))}
      </section>
      {extra.length > 0 && (
        <dl className="props">
          {extra.map(([k, v]) => (
            <Prop key={k} k={k} v={v} />
          ))}
        </dl>
      )}
      {edge.type !== 'CONTAINS' && <EdgeCuration edge={edge} onChanged={(c) => onCurated?.(c)} />}
      <p className="muted small">
        <code>{edge.id}</code>
      </p>
    </div>
  );
}

export function EvidenceCard({ ev, terms, onOpenDocument, onOpenText }: { ev: EvidenceItem; terms: string[]; onOpenDocument?(): void; onOpenText(): void }) {
  // A registry row (kg import-enterprises) is evidence without a document: its source and line.
  if (ev.documentId.startsWith('registry:')) {
    return (
      <figure className="evidence evidence-registry">
        <blockquote className="evidence-text">
          <Highlight text={ev.text} terms={terms} />
        </blockquote>
        <figcaption>
          <span className="registry-source">{ev.section ?? `${t('企业名录')}「${ev.documentId.slice('registry:'.length)}」`}</span>
        </figcaption>
      </figure>
    );
  }
  return (
    <figure className="evidence">
      <blockquote className="evidence-text">
        <Highlight text={ev.text} terms={terms} />
      </blockquote>
      <figcaption>
        <button type="button" className="link-btn doc-link" onClick={onOpenDocument ?? onOpenText} title={t('在图中打开来源文件')}>
          <LabelIcon label="Document" size={11} />
          {ev.document?.name ?? ev.documentId}
        </button>
        {ev.document?.date && <span className="evidence-date">{ev.document.date}</span>}
        {ev.section && <span className="evidence-section">{ev.section}</span>}
        <button type="button" className="link-btn open-text" onClick={onOpenText} title={t('打开文件并定位到该句')}>
          {t('查看原文')} ↗
        </button>
      </figcaption>
    </figure>
  );
}

function NodePill({ node, onClick }: { node: NodeRef; onClick(): void }) {
  return (
    <button type="button" className="node-pill" onClick={onClick} title={`${labelZh(node.label)}：${node.name}`}>
      <LabelIcon label={node.label} size={13} />
      <span>{truncate(node.name, 40)}</span>
    </button>
  );
}

function RoleChip({ role }: { role: string }) {
  return <span className={`role-chip role-${role}`}>{roleZh(role)}</span>;
}

function Prop({ k, v }: { k: string; v: Json | undefined }) {
  if (v === null || v === undefined || v === '') return null;
  return (
    <>
      <dt>{t(k)}</dt>
      <dd>{formatJson(v)}</dd>
    </>
  );
}

function MoreProperties({ properties }: { properties: Record<string, Json> }) {
  const entries = Object.entries(properties ?? {}).filter(([k]) => k !== 'text');
  if (!entries.length) return null;
  return (
    <details className="more-props">
      <summary>{t('全部属性（{n}）', { n: entries.length })}</summary>
      <dl className="props">
        {entries.map(([k, v]) => (
          <Prop key={k} k={k} v={v} />
        ))}
      </dl>
    </details>
  );
}

// ---------------------------------------------------------------------------

function formatJson(v: Json): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.join('、');
  return JSON.stringify(v);
}

/** Chinese-labelled key properties per label. */
function keyProperties(n: NodeDetail): [string, Json | undefined][] {
  switch (n.label) {
    case 'Document':
      return [
        ['标题', n.title !== n.name ? n.title : undefined],
        ['发文机关', n.issuer],
        ['成文日期', n.date],
        ['文号', n.docNumber],
        ['适用辖区', n.jurisdiction],
        ['文件名', n.file],
      ];
    case 'Measure':
      return [
        ['编号', n.number ? `第 ${n.number} 条` : undefined],
        ['标题', n.measureTitle],
        ['章节', n.section],
      ];
    case 'Department':
      return [['辖区', n.jurisdiction]];
    case 'Industry':
      return [['层级', levelZh(n.level)]];
    case 'Lab':
    case 'Park':
      return [['类别', n.kind]];
    default:
      return [];
  }
}

interface EdgeGroup {
  key: string;
  title: string;
  items: { edge: EdgeDetail; other: NodeRef }[];
}

function groupEdges(node: NodeDetail): EdgeGroup[] {
  const groups = new Map<string, EdgeGroup>();
  for (const e of node.edges) {
    const dir: EdgeDirection = e.source.id === node.id ? 'out' : 'in';
    const other = dir === 'out' ? e.target : e.source;
    const key = `${e.type}:${dir}`;
    let g = groups.get(key);
    if (!g) {
      g = { key, title: relGroupTitle(e.type, dir), items: [] };
      groups.set(key, g);
    }
    g.items.push({ edge: e, other });
  }
  const typeRank = (k: string) => REL_TYPES.indexOf(k.split(':')[0] as (typeof REL_TYPES)[number]);
  const out = [...groups.values()].sort((a, b) => typeRank(a.key) - typeRank(b.key) || a.key.localeCompare(b.key));
  for (const g of out) g.items.sort((a, b) => roleRank(a.edge.role) - roleRank(b.edge.role));
  return out;
}

/** Names worth highlighting in an evidence sentence: the edge's endpoints (not long measure titles). */
function highlightTerms(e: Pick<EdgeDetail, 'source' | 'target'>): string[] {
  return [e.source, e.target]
    .filter((n) => n.label !== 'Measure' && n.label !== 'Document')
    .map((n) => n.name)
    .filter((s) => s.length >= 2 && s.length <= 30);
}
