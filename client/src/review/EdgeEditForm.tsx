// Correcting an edge: another relation type, source or target (picked by search). The server
// checks the model (e.g. HOSTS joins a park to an industry) and answers a precise message.
import { useState } from 'react';
import type { NodeRef, RelType } from '../api.ts';
import { SearchBox } from '../components/SearchBox.tsx';
import { t } from '../i18n.ts';
import { relZh } from '../labels.ts';
import type { EdgeEdit } from './api.ts';

/** Relation types a person may set (document structure, CONTAINS, comes from documents only). */
export const EDITABLE_TYPES: readonly RelType[] = ['HOSTS', 'PART_OF', 'UPSTREAM_OF', 'IN_INDUSTRY', 'INNOVATES_FOR', 'LOCATED_IN', 'SUPPORTS', 'MENTIONS', 'LEADS', 'RESPONSIBLE_FOR'];

export function EdgeEditForm({
  edge,
  note,
  onCancel,
  onSave,
}: {
  edge: { type: RelType; source: NodeRef; target: NodeRef };
  note: string;
  onCancel(): void;
  onSave(set: EdgeEdit): Promise<void>;
}) {
  const [type, setType] = useState<RelType>(edge.type);
  const [source, setSource] = useState<NodeRef>(edge.source);
  const [target, setTarget] = useState<NodeRef>(edge.target);
  const changed = type !== edge.type || source.id !== edge.source.id || target.id !== edge.target.id;
  return (
    <div
      className="edit-panel"
      role="dialog"
      aria-label={t('修改关系')}
      onKeyDown={(ev) => {
        if (ev.key === 'Escape') onCancel();
      }}
    >
      <h3>{t('修改关系')}</h3>
      <div className="edit-grid">
        <span>{t('起点')}</span>
        <SearchBox name={t('起点')} initialText={source.name} onPick={(h) => setSource(h)} />
        <span>{t('关系')}</span>
        <select value={type} onChange={(ev) => setType(ev.target.value as RelType)} aria-label={t('关系类型')} autoFocus>
          {EDITABLE_TYPES.map((x) => (
            <option key={x} value={x}>
              {t(relZh(x))} · {x}
            </option>
          ))}
        </select>
        <span>{t('终点')}</span>
        <SearchBox name={t('终点')} initialText={target.name} onPick={(h) => setTarget(h)} />
      </div>
      {note && (
        <p className="muted small">
          {t('理由')}：{note}
        </p>
      )}
      <div className="fact-actions">
        <button
          type="button"
          className="accept"
          disabled={!changed}
          onClick={() =>
            void onSave({ ...(type !== edge.type ? { type } : {}), ...(source.id !== edge.source.id ? { source: source.id } : {}), ...(target.id !== edge.target.id ? { target: target.id } : {}) })
          }
        >
          {t('保存修改')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('取消')}
        </button>
      </div>
    </div>
  );
}
