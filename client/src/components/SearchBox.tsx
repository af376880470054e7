// Search-as-you-type combobox (WAI-ARIA combobox + grouped listbox). Debounced; stale
// requests are aborted. Picking a suggestion hands the hit to the parent.
import { useEffect, useId, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import { ApiError, isAbort, search, type SearchHit } from '../api.ts';
import { groupSuggestions, hitContext } from '../labels.ts';
import { LabelIcon } from './LabelIcon.tsx';
import { Highlight } from './Highlight.tsx';

export interface SearchBoxHandle {
  /** Put text in the box, focus it and search. */
  setQuery(text: string): void;
}

export const SEARCH_DEBOUNCE_MS = 200;

export function SearchBox({ onPick, ref }: { onPick(hit: SearchHit): void; ref?: Ref<SearchBoxHandle> }) {
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();

  useImperativeHandle(ref, () => ({
    setQuery: (t: string) => {
      setText(t);
      setOpen(true);
      inputRef.current?.focus();
    },
  }));

  useEffect(() => {
    const q = text.trim();
    if (!q) {
      setHits(null);
      setLoading(false);
      setError(null);
      return;
    }
    const ctrl = new AbortController();
    setLoading(true);
    const timer = setTimeout(() => {
      search(q, ctrl.signal)
        .then((h) => {
          setHits(h);
          setError(null);
          setActive(0);
        })
        .catch((e: unknown) => {
          if (isAbort(e)) return;
          setHits(null);
          setError(e instanceof ApiError ? e.message + (e.detail ? `：${e.detail}` : '') : '搜索失败');
        })
        .finally(() => {
          if (!ctrl.signal.aborted) setLoading(false);
        });
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
  }, [text]);

  const groups = useMemo(() => groupSuggestions(hits ?? []), [hits]);
  const flat = useMemo(() => groups.flatMap((g) => g.hits), [groups]);
  const optionId = (i: number) => `${listId}-opt-${i}`;

  const pick = (h: SearchHit) => {
    setOpen(false);
    setText(h.name);
    onPick(h);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (flat.length ? (a + 1) % flat.length : 0));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => (flat.length ? (a - 1 + flat.length) % flat.length : 0));
    } else if (e.key === 'Enter') {
      const h = flat[active];
      if (open && h) {
        e.preventDefault();
        pick(h);
      }
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };

  const showList = open && text.trim() !== '' && (hits !== null || error !== null);
  let index = -1;

  return (
    <div className="search">
      <div className="search-field">
        <svg className="search-glyph" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <circle cx="7" cy="7" r="5" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <line x1="10.8" y1="10.8" x2="14.5" y2="14.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
        <input
          ref={inputRef}
          type="search"
          aria-label="搜索"
          placeholder="搜索部门、企业、产业、园区、文件…"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listId}
          aria-activedescendant={showList && flat.length ? optionId(active) : undefined}
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        {loading && <span className="spinner" role="status" aria-label="正在搜索" />}
      </div>
      {showList && (
        <div className="suggestions" id={listId} role="listbox" aria-label="搜索建议">
          {error && (
            <div className="suggest-msg error" role="alert">
              {error}
            </div>
          )}
          {!error && flat.length === 0 && <div className="suggest-msg">没有找到「{text.trim()}」相关的节点</div>}
          {groups.map((g) => (
            <div key={g.label} role="group" aria-label={g.title} className="suggest-group">
              <div className="suggest-group-title" aria-hidden="true">
                <LabelIcon label={g.label} size={12} />
                {g.title}
                <span className="suggest-count">{g.hits.length}</span>
              </div>
              {g.hits.map((h) => {
                index++;
                const i = index;
                const ctx = hitContext(h);
                return (
                  <div
                    key={h.id}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === active}
                    className={'suggest-item' + (i === active ? ' active' : '')}
                    onMouseDown={(e) => e.preventDefault()}
                    onMouseEnter={() => setActive(i)}
                    onClick={() => pick(h)}
                    data-id={h.id}
                  >
                    <span className="suggest-name">
                      <Highlight text={h.name} terms={[text.trim()]} />
                    </span>
                    {ctx && <span className="suggest-ctx">{ctx}</span>}
                  </div>
                );
              })}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
