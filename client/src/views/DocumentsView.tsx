// 文件: the documents with dates and issuers; reading one shows its text with the extracted
// entities highlighted by label, and its responsibility matrix (departments × measures, lead /
// support marked). Planners add documents here: drop or pick a file → POST /api/documents.
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  ApiError,
  UPLOAD_TYPES,
  DOCUMENTS_MAX,
  DOCUMENTS_PAGE,
  documentFull,
  documentsPage,
  uploadDocument,
  type DocumentFull,
  type Label,
  type NodeRef,
} from '../api.ts';
import { annotateText, HIGHLIGHT_LABELS, responsibilityMatrix } from '../docText.ts';
import { LabelIcon } from '../components/LabelIcon.tsx';
import { RegistryImport } from '../components/RegistryImport.tsx';
import { Empty, ErrorState, Loading, useAsync } from '../components/States.tsx';
import { labelZh, roleZh } from '../labels.ts';
import { t } from '../i18n.ts';

export interface DocumentsViewProps {
  id: string | null;
  at: { start: number; end: number } | null;
  onOpen(id: string): void;
  onUploaded(): void;
  onOpenExplore(n: NodeRef): void;
  /** Opens 补链招商 (after a registry import). */
  onOpenGaps?(): void;
}

interface UploadState {
  key: number;
  name: string;
  phase: 'uploading' | 'extracting' | 'done' | 'error';
  progress: number;
  message?: string;
  detail?: string;
  documentId?: string;
}

/** Client-side check before sending: the server refuses the same (415), this just answers faster. */
export function uploadProblem(file: { name: string; size: number }): string | null {
  const ext = /\.[^.]+$/.exec(file.name.toLowerCase())?.[0] ?? '';
  if (!UPLOAD_TYPES.includes(ext)) return t('不支持的文件类型「{ext}」：请上传 txt、docx、html 或 pdf', { ext: ext || file.name });
  if (file.size === 0) return t('文件是空的');
  if (file.size > 25 * 1024 * 1024) return t('文件过大（上限 25 MB），请拆分后再上传');
  return null;
}

let uploadSeq = 0;

export function DocumentsView({ id, at, onOpen, onUploaded, onOpenExplore, onOpenGaps }: DocumentsViewProps) {
  const [listTick, setListTick] = useState(0);
  // The server answers DOCUMENTS_PAGE documents unless asked for more (at most DOCUMENTS_MAX): the count
  // says when the list is cut, and 显示全部 asks for the rest.
  const [first, setFirst] = useState(DOCUMENTS_PAGE);
  const list = useAsync(`docs:${listTick}:${first}`, (signal) => documentsPage(first, signal));
  const [docTick, setDocTick] = useState(0);
  const doc = useAsync(id ? `${id}:${docTick}` : null, (signal) => documentFull(id!, signal));
  const [uploads, setUploads] = useState<UploadState[]>([]);
  const [dragging, setDragging] = useState(false);
  const [tab, setTab] = useState<'text' | 'matrix'>('text');
  const fileRef = useRef<HTMLInputElement>(null);
  const busy = uploads.some((u) => u.phase === 'uploading' || u.phase === 'extracting');

  const sorted = useMemo(() => [...(list.data?.items ?? [])].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.name.localeCompare(b.name, 'zh')), [list.data]);

  const upload = async (files: File[]) => {
    for (const file of files) {
      const problem = uploadProblem(file);
      const key = ++uploadSeq;
      const entry: UploadState = { key, name: file.name, phase: problem ? 'error' : 'uploading', progress: 0, ...(problem ? { message: problem } : {}) };
      setUploads((u) => [entry, ...u].slice(0, 5));
      if (problem) continue;
      const update = (patch: Partial<UploadState>) => setUploads((u) => u.map((x) => (x.key === key ? { ...x, ...patch } : x)));
      try {
        const progress = (f: number) => update(f >= 1 ? { progress: 1, phase: 'extracting' } : { progress: f });
        const r = await uploadDocument(file, progress).catch((e: unknown) => {
          // Replacing a document is explicit: ask, then upload again with replace=1.
          if (e instanceof ApiError && e.detail === 'CONFLICT' && window.confirm(t('已有同名文件「{name}」，是否替换？', { name: file.name }))) {
            update({ phase: 'uploading', progress: 0 });
            return uploadDocument(file, progress, true);
          }
          throw e;
        });
        update({ phase: 'done', progress: 1, documentId: r.documentId, message: t('已导入「{name}」：{n} 个节点，{m} 条关系', { name: file.name, n: r.nodes, m: r.edges }) });
        setListTick((x) => x + 1);
        onUploaded();
        if (r.documentId === id) setDocTick((x) => x + 1);
        else onOpen(r.documentId);
      } catch (e) {
        update({ phase: 'error', message: e instanceof ApiError ? e.message : String(e), ...(e instanceof ApiError && e.detail ? { detail: e.detail } : {}) });
      }
    }
  };

  return (
    <div className="view docs-view">
      <main className="view-main docs-main">
        <aside className="side-panel left docs-side" aria-label={t('文件列表')}>
          <section
            className={'dropzone' + (dragging ? ' over' : '')}
            aria-label={t('上传文件')}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={(e) => {
              e.preventDefault();
              setDragging(false);
              void upload([...e.dataTransfer.files]);
            }}
          >
            <p>
              {t('拖放文件到此处，或')}{' '}
              <button type="button" className="link-btn" onClick={() => fileRef.current?.click()} disabled={busy}>
                {t('选择文件')}
              </button>
            </p>
            <p className="muted small">{t('支持 txt、docx、html、pdf（上限 25 MB）；导入后立即出现在图谱中。')}</p>
            <input
              ref={fileRef}
              type="file"
              className="sr-only"
              accept={UPLOAD_TYPES.join(',')}
              multiple
              aria-label={t('上传文件')}
              tabIndex={-1}
              onChange={(e) => {
                const files = [...(e.target.files ?? [])];
                e.target.value = '';
                void upload(files);
              }}
            />
            {uploads.length > 0 && (
              <ul className="uploads" aria-live="polite">
                {uploads.map((u) => (
                  <li key={u.key} className={'upload upload-' + u.phase}>
                    <span className="upload-name">{u.name}</span>
                    {u.phase === 'uploading' && (
                      <>
                        <progress max={1} value={u.progress} aria-label={t('上传进度')} />
                        <span className="small">{t('正在上传 {p}%', { p: Math.round(u.progress * 100) })}</span>
                      </>
                    )}
                    {u.phase === 'extracting' && (
                      <span className="small" role="status">
                        <span className="spinner" /> {t('正在抽取…')}
                      </span>
                    )}
                    {u.phase === 'done' && (
                      <span className="small ok" role="status">
                        ✓ {u.message}
                      </span>
                    )}
                    {u.phase === 'error' && (
                      <span className="small err" role="alert">
                        ✗ {u.message}
                        {u.detail && <span className="muted"> （{u.detail}）</span>}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <RegistryImport onImported={onUploaded} onOpenGaps={() => onOpenGaps?.()} />
          <h2 className="side-title">
            {t('文件列表')} {list.data && <span className="count">{list.data.total}</span>}
          </h2>
          {list.data && list.data.total > list.data.items.length && (
            <p className="list-cut muted pad" role="status">
              {t('共 {total} 个，显示前 {n} 个。', { total: list.data.total.toLocaleString('en-US'), n: list.data.items.length.toLocaleString('en-US') })}
              {list.data.items.length < DOCUMENTS_MAX ? (
                <button type="button" className="link-btn" onClick={() => setFirst(DOCUMENTS_MAX)}>
                  {list.data.total <= DOCUMENTS_MAX ? t('显示全部') : t('显示前 {n} 个', { n: DOCUMENTS_MAX.toLocaleString('en-US') })}
                </button>
              ) : null}
              {list.data.total > DOCUMENTS_MAX || list.data.items.length >= DOCUMENTS_MAX ? <span>{t('其余文件请用顶部搜索框按名称查找。')}</span> : null}
            </p>
          )}
          {list.error ? (
            <ErrorState error={list.error} onRetry={list.reload} />
          ) : !list.data ? (
            <Loading text={t('正在加载文件列表…')} />
          ) : sorted.length === 0 ? (
            <p className="muted pad">{t('还没有文件：上传一份政策文件开始。')}</p>
          ) : (
            <ul className="doc-list">
              {sorted.map((d) => (
                <li key={d.id}>
                  <button type="button" className={'doc-item' + (d.id === id ? ' active' : '')} aria-current={d.id === id ? 'true' : undefined} onClick={() => onOpen(d.id)} data-id={d.id}>
                    <span className="doc-title">{d.title || d.name}</span>
                    <span className="doc-meta">
                      {d.date && <span>{d.date}</span>}
                      {d.issuer && <span>{d.issuer}</span>}
                      {d.docNumber && <span>{d.docNumber}</span>}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </aside>
        <section className="reader" aria-label={t('原文')}>
          {!id ? (
            <Empty title={t('选择左侧的文件阅读原文。')}>
              <p className="muted">{t('原文中抽取到的部门、产业、企业、机构和园区按类型着色；责任矩阵列出每条举措的牵头和配合部门。')}</p>
            </Empty>
          ) : doc.error ? (
            <ErrorState error={doc.error} hint={t('该文件可能已被移除；请从左侧列表重新选择。')} onRetry={doc.reload} />
          ) : !doc.data || doc.data.id !== id ? (
            doc.loading ? (
              <Loading text={t('正在加载文件…')} />
            ) : (
              <Empty title={t('未找到该文件。')}>
                <p className="muted">{t('该文件可能已被移除；请从左侧列表重新选择。')}</p>
              </Empty>
            )
          ) : (
            <Reader doc={doc.data} at={at} tab={tab} setTab={setTab} onOpenExplore={onOpenExplore} />
          )}
        </section>
      </main>
    </div>
  );
}

function Reader({ doc, at, tab, setTab, onOpenExplore }: { doc: DocumentFull; at: { start: number; end: number } | null; tab: 'text' | 'matrix'; setTab(t: 'text' | 'matrix'): void; onOpenExplore(n: NodeRef): void }) {
  const text = doc.text;
  const spans = useMemo(() => annotateText(text, doc.entities, at), [text, doc.entities, at]);
  const matrix = useMemo(() => responsibilityMatrix(doc.measures), [doc.measures]);
  const counts = useMemo(() => {
    const m = new Map<Label, number>();
    for (const e of doc.entities) m.set(e.label, (m.get(e.label) ?? 0) + 1);
    return m;
  }, [doc.entities]);
  const textRef = useRef<HTMLDivElement>(null);
  const entityById = useMemo(() => new Map(doc.entities.map((e) => [e.id, e])), [doc.entities]);
  const effectiveTab = at ? 'text' : tab;

  useEffect(() => {
    if (!at) return;
    const el = textRef.current?.querySelector<HTMLElement>('.ev-target');
    el?.scrollIntoView({ block: 'center' });
  }, [at, spans]);

  return (
    <article className="doc-reader" data-doc-id={doc.id}>
      <header className="doc-head">
        <h2>{doc.title || doc.name}</h2>
        <dl className="doc-facts">
          {doc.issuer && (
            <>
              <dt>{t('发文机关')}</dt>
              <dd>{doc.issuer}</dd>
            </>
          )}
          {doc.date && (
            <>
              <dt>{t('成文日期')}</dt>
              <dd>{doc.date}</dd>
            </>
          )}
          {doc.docNumber && (
            <>
              <dt>{t('文号')}</dt>
              <dd>{doc.docNumber}</dd>
            </>
          )}
          <dt>{t('文件名')}</dt>
          <dd>
            <code>{doc.file}</code>
          </dd>
        </dl>
        <div className="doc-actions">
          <div className="tabs-inline" role="tablist" aria-label={t('文件内容')}>
            <button type="button" role="tab" aria-selected={effectiveTab === 'text'} onClick={() => setTab('text')} id="tab-text" aria-controls="panel-text">
              {t('原文')}
            </button>
            <button type="button" role="tab" aria-selected={effectiveTab === 'matrix'} onClick={() => setTab('matrix')} id="tab-matrix" aria-controls="panel-matrix" disabled={!!at}>
              {t('责任矩阵')} <span className="count">{doc.measures.length}</span>
            </button>
          </div>
          <button type="button" onClick={() => onOpenExplore({ id: doc.id, label: 'Document', name: doc.name })}>
            {t('在探索中打开')}
          </button>
        </div>
        {effectiveTab === 'text' && (
          <ul className="entity-legend" aria-label={t('实体高亮')}>
            {HIGHLIGHT_LABELS.map((l) => (
              <li key={l} className={`ent ent-${l}`}>
                <LabelIcon label={l} size={12} /> {t(labelZh(l))} <span className="count">{counts.get(l) ?? 0}</span>
              </li>
            ))}
          </ul>
        )}
      </header>
      {effectiveTab === 'text' ? (
        <div className="doc-text" id="panel-text" role="tabpanel" aria-labelledby="tab-text" ref={textRef}>
          {text === '' && <p className="muted">{t('该文件没有可显示的文本。')}</p>}
          {spans.map((s) => {
            const inner = s.label ? (
              <mark
                key={s.start}
                className={`ent ent-${s.label}`}
                title={`${t(labelZh(s.label))}：${entityById.get(s.id!)?.name ?? s.text}`}
                onDoubleClick={() => {
                  const e = entityById.get(s.id!);
                  if (e) onOpenExplore(e);
                }}
              >
                {s.text}
              </mark>
            ) : (
              <span key={s.start}>{s.text}</span>
            );
            return s.target ? (
              <span key={`t${s.start}`} className="ev-target">
                {inner}
              </span>
            ) : (
              inner
            );
          })}
        </div>
      ) : (
        <Matrix matrix={matrix} onOpenExplore={onOpenExplore} />
      )}
    </article>
  );
}

function Matrix({ matrix, onOpenExplore }: { matrix: ReturnType<typeof responsibilityMatrix>; onOpenExplore(n: NodeRef): void }) {
  if (!matrix.measures.length) {
    return (
      <div id="panel-matrix" role="tabpanel" aria-labelledby="tab-matrix">
        <Empty title={t('该文件没有可识别的举措。')}>
          <p className="muted">{t('责任矩阵来自「牵头」「配合」「责任部门」等分工写法；该文件没有这类内容。')}</p>
        </Empty>
      </div>
    );
  }
  return (
    <div className="matrix-wrap" id="panel-matrix" role="tabpanel" aria-labelledby="tab-matrix">
      <p className="matrix-legend small">
        <span className="cell role-lead">{t('牵')}</span> {t('牵头')} <span className="cell role-support">{t('配')}</span> {t('配合')}{' '}
        <span className="cell role-responsible">{t('负')}</span> {t('负责')} <span className="cell role-city">{t('市')}</span> {t('市级负责')}
      </p>
      <table className="matrix">
        <caption className="sr-only">{t('责任矩阵')}</caption>
        <thead>
          <tr>
            <th scope="col" className="corner">
              {t('部门')} \ {t('举措')}
            </th>
            {matrix.measures.map((m) => (
              <th key={m.id} scope="col" title={`${m.number} ${m.title}`}>
                <button type="button" className="link-btn" onClick={() => onOpenExplore({ id: m.id, label: 'Measure', name: m.title })} aria-label={`${t('举措')} ${m.number}：${m.title}`}>
                  {m.number}
                </button>
              </th>
            ))}
            <th scope="col">{t('牵头')}</th>
            <th scope="col">{t('合计')}</th>
          </tr>
        </thead>
        <tbody>
          {matrix.departments.map((d) => (
            <tr key={d.id}>
              <th scope="row">
                <button type="button" className="link-btn" onClick={() => onOpenExplore({ id: d.id, label: 'Department', name: d.name })}>
                  {d.name}
                </button>
              </th>
              {matrix.measures.map((m) => {
                const role = matrix.cells.get(`${d.id}|${m.id}`);
                return (
                  <td key={m.id} className={role ? `cell role-${role}` : 'cell'} title={role ? `${d.name} · ${m.number} ${m.title}：${roleZh(role)}` : undefined}>
                    {role ? t(ROLE_SHORT[role] ?? role) : ''}
                  </td>
                );
              })}
              <td className="num">{d.lead}</td>
              <td className="num">{d.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const ROLE_SHORT: Record<string, string> = { lead: '牵', support: '配', responsible: '负', city: '市' };
