// 详情's curation block: who changed this fact (for everyone), and for editors the controls to
// accept, reject or edit an edge; rename, add aliases, merge or reject a node; split a merge;
// undo a change.
import { useState } from 'react';
import type { NodeRef, RelType } from '../api.ts';
import { SearchBox } from '../components/SearchBox.tsx';
import { useAsync } from '../components/States.tsx';
import { t } from '../i18n.ts';
import {
  acceptEdge,
  changes as fetchChanges,
  curationErrorMessage,
  editEdge,
  editNode,
  mergeNodes,
  rejectEdge,
  rejectNode,
  splitNode,
  undoChange,
  type Change,
  type CurationOutcome,
} from './api.ts';
import { EdgeEditForm } from './EdgeEditForm.tsx';
import { canCurate, useMe } from './me.ts';
import { opZh } from './triage.ts';

export interface Curated {
  op: 'accept' | 'reject' | 'edit' | 'merge' | 'split' | 'undo';
  kind: 'edge' | 'node';
  id: string;
  outcome: CurationOutcome;
}

function History({ list, canEdit, onUndo, onSplit, self }: { list: Change[]; canEdit: boolean; onUndo(c: Change): void; onSplit?(c: Change): void; self?: string }) {
  if (list.length === 0) return <p className="muted small">{t('尚无人工修改。')}</p>;
  return (
    <ul className="history" aria-label={t('修改记录')}>
      {list.map((c) => (
        <li key={c.id} className={c.active ? '' : 'inactive'} data-change-id={c.id}>
          <b>{c.author}</b> · {c.at.replace('T', ' ').slice(0, 16)} · {t(opZh(c.op))}
          {c.note && <> · {c.note}</>}
          {canEdit && c.active && c.op === 'MERGE' && onSplit && c.target !== self && (
            <>
              {' '}
              <button type="button" className="link-btn small" onClick={() => onSplit(c)}>
                {t('拆分')}
              </button>
            </>
          )}
          {canEdit && c.active && !(c.op === 'MERGE' && onSplit) && (
            <>
              {' '}
              <button type="button" className="link-btn small" onClick={() => onUndo(c)}>
                {t('撤销')}
              </button>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

export function EdgeCuration({ edge, onChanged }: { edge: { id: string; type: RelType; source: NodeRef; target: NodeRef; properties: Record<string, unknown> }; onChanged(c: Curated): void }) {
  const me = useMe();
  const canEdit = canCurate(me);
  const [tick, setTick] = useState(0);
  const [note, setNote] = useState('');
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const hist = useAsync(`edge:${edge.id}:${tick}`, (signal) => fetchChanges({ factId: edge.id }, 50, null, signal));
  const run = async (op: Curated['op'], fn: () => Promise<CurationOutcome>) => {
    setBusy(true);
    setError(null);
    try {
      const outcome = await fn();
      setNote('');
      setEditing(false);
      setTick((x) => x + 1);
      onChanged({ op, kind: 'edge', id: edge.id, outcome });
    } catch (e) {
      setError(curationErrorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const basis = typeof edge.properties.basis === 'string' ? edge.properties.basis : null;
  return (
    <section className="fact-curation" aria-label={t('审核')}>
      <h4>
        {t('审核')}
        {basis === 'curated' && <span className="decision-tag accepted"> {t('人工确认')}</span>}
      </h4>
      {canEdit && (
        <>
          <div className="fact-note">
            <input type="text" value={note} onChange={(e) => setNote(e.target.value)} placeholder={t('理由（可选）')} aria-label={t('理由')} maxLength={2000} />
          </div>
          <div className="fact-actions">
            <button type="button" className="accept" disabled={busy || basis === 'curated'} onClick={() => void run('accept', () => acceptEdge(edge.id, note))}>
              ✓ {t('确认')}
            </button>
            <button type="button" className="reject" disabled={busy} onClick={() => void run('reject', () => rejectEdge(edge.id, note))}>
              ✗ {t('拒绝')}
            </button>
            <button type="button" disabled={busy} onClick={() => setEditing((x) => !x)}>
              ✎ {t('修改')}
            </button>
          </div>
          {editing && <EdgeEditForm edge={edge} note={note} onCancel={() => setEditing(false)} onSave={(set) => run('edit', () => editEdge(edge.id, set, note))} />}
        </>
      )}
      {error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
      {hist.data && <History list={hist.data.nodes} canEdit={canEdit} onUndo={(c) => void run('undo', () => undoChange(c.id))} />}
    </section>
  );
}

export function NodeCuration({ node, onChanged }: { node: NodeRef & { aliases: string[] }; onChanged(c: Curated): void }) {
  const me = useMe();
  const canEdit = canCurate(me) && node.label !== 'Document' && node.label !== 'Measure';
  const [tick, setTick] = useState(0);
  const [note, setNote] = useState('');
  const [name, setName] = useState(node.name);
  const [alias, setAlias] = useState('');
  const [mergeInto, setMergeInto] = useState<NodeRef | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const hist = useAsync(`node:${node.id}:${tick}`, (signal) => fetchChanges({ nodeId: node.id }, 50, null, signal));
  const run = async (op: Curated['op'], fn: () => Promise<CurationOutcome>) => {
    setBusy(true);
    setError(null);
    try {
      const outcome = await fn();
      setNote('');
      setAlias('');
      setMergeInto(null);
      setTick((x) => x + 1);
      onChanged({ op, kind: 'node', id: node.id, outcome });
    } catch (e) {
      setError(curationErrorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const showHistory = hist.data && (hist.data.nodes.length > 0 || canEdit);
  if (!canEdit && !showHistory) return null;
  return (
    <section className="fact-curation" aria-label={t('审核')}>
      <h4>{t('审核')}</h4>
      {canEdit && (
        <details className="node-edit">
          <summary>{t('修改节点：改名、别名、合并、拒绝')}</summary>
          <div className="fact-note">
            <input type="text" value={note} onChange={(e) => setNote(e.target.value)} placeholder={t('理由（可选）')} aria-label={t('理由')} maxLength={2000} />
          </div>
          <div className="edit-grid">
            <span>{t('名称')}</span>
            <span className="fact-actions">
              <input className="bar-input" value={name} onChange={(e) => setName(e.target.value)} aria-label={t('新名称')} />
              <button type="button" disabled={busy || !name.trim() || name.trim() === node.name} onClick={() => void run('edit', () => editNode(node.id, { name: name.trim() }, note))}>
                {t('改名')}
              </button>
            </span>
            <span>{t('别名')}</span>
            <span className="fact-actions">
              <input className="bar-input" value={alias} onChange={(e) => setAlias(e.target.value)} aria-label={t('新别名')} placeholder={t('新别名')} />
              <button type="button" disabled={busy || !alias.trim()} onClick={() => void run('edit', () => editNode(node.id, { addAliases: [alias.trim()] }, note))}>
                {t('添加别名')}
              </button>
            </span>
            <span>{t('合并到')}</span>
            <span className="fact-actions">
              <SearchBox name={t('合并到')} labels={[node.label]} placeholder={t('搜索同类节点')} onPick={(h) => setMergeInto(h)} />
              <button type="button" disabled={busy || !mergeInto || mergeInto.id === node.id} onClick={() => mergeInto && void run('merge', () => mergeNodes(node.id, mergeInto.id, note))}>
                {t('合并')}
              </button>
            </span>
          </div>
          <div className="fact-actions">
            <button type="button" className="reject" disabled={busy} onClick={() => void run('reject', () => rejectNode(node.id, note))}>
              ✗ {t('拒绝该节点')}
            </button>
          </div>
        </details>
      )}
      {error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
      {hist.data && (
        <History list={hist.data.nodes} canEdit={canEdit} self={node.id} onUndo={(c) => void run('undo', () => undoChange(c.id))} onSplit={(c) => void run('split', () => splitNode(c.target, note))} />
      )}
    </section>
  );
}
