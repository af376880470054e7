// Search-as-you-type combobox (WAI-ARIA combobox + grouped listbox). Debounced; stale
// requests are aborted. Latin queries also match pinyin / initials of names (飞腾 ← "ft").
// Used for the main search and as the node picker of the chain, path and related views.
import { useEffect, useId, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import { ApiError, isAbort, search, type Label, type SearchHit } from '../api.ts';
import { groupSuggestions, hitContext } from '../labels.ts';
import { isPinyinQuery, pinyinSearch } from '../pinyin.ts';
import { t } from '../i18n.ts';
import { LabelIcon } from './LabelIcon.tsx';
import { Highlight } from './Highlight.tsx';

export interface SearchBoxHandle {
  /** Put text in the box, focus it and search. */
  setQuery(text: string): void;
  focus(): void;
}

export const SEARCH_DEBOUNCE_MS = 200;

export interface SearchBoxProps {
  onPick(hit: SearchHit): void;
  /** Accessible name (default 搜索). */
  name?: string;
  placeholder?: string;
  /** Restrict suggestions to these labels. */
  labels?: readonly Label[];
  /** Text shown initially (e.g. the picked node's name when restoring a view). */
  initialText?: string;
  className?: string;
  ref?: Ref<SearchBoxHandle>;
}

type Hit = SearchHit & { viaPinyin?: boolean };

export function SearchBox({ onPick, name, placeholder, labels, initialText, className, ref }: SearchBoxProps) {
  const [text, setText] = useState(initialText ?? '');
  const [hits, setHits] = useState<Hit[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const labelsKey = labels?.join(',') ?? '';

  useImperativeHandle(ref, () => ({
    setQuery: (q: string) => {
      setText(q);
      setOpen(true);
      inputRef.current?.focus();
    },
    focus: () => inputRef.current?.focus(),
  }));

  useEffect(() => {
    if (initialText !== undefined) setText(initialText);
  }, [initialText]);

  useEffect(() => {
    const q = text.trim();
    if (!q || !open) {
      if (!q) {
        setHits(null);
        setError(null);
      }
      setLoading(false);
      return;
    }
    const ctrl = new AbortController();
    setLoading(true);
    const timer = setTimeout(() => {
      const lbls = labelsKey ? (labelsKey.split(',') as Label[]) : undefined;
      const server = search(q, ctrl.signal, 30, lbls);
      const py: Promise<Hit[]> = isPinyinQuery(q)
        ? pinyinSearch(q, lbls).then((h) => h.map((x) => ({ ...x, viaPinyin: true })), () => [])
        : Promise.resolve([]);
      Promise.all([server, py])
        .then(([s, p]) => {
          if (ctrl.signal.aborted) return;
          const seen = new Set(s.map((h) => h.id));
          setHits([...s, ...p.filter((h) => !seen.has(h.id))]);
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
  }, [text, labelsKey, open]);

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
  const accessible = name ?? t('搜索');

  return (
    <div className={'search' + (className ? ' ' + className : '')}>
      <div className="search-field">
        <svg className="search-glyph" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <circle cx="7" cy="7" r="5" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <line x1="10.8" y1="10.8" x2="14.5" y2="14.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
        <input
          ref={inputRef}
          type="search"
          aria-label={accessible}
          placeholder={placeholder ?? t('搜索部门、企业、产业、园区、文件…（支持拼音）')}
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
        {loading && <span className="spinner" role="status" aria-label={t('正在搜索')} />}
      </div>
      {showList && (
        <div className="suggestions" id={listId} role="listbox" aria-label={t('搜索建议')}>
          {error && (
            <div className="suggest-msg error" role="alert">
              {error}
            </div>
          )}
          {!error && flat.length === 0 && <div className="suggest-msg">{t('没有找到「{q}」相关的节点', { q: text.trim() })}</div>}
          {groups.map((g) => (
            <div key={g.label} role="group" aria-label={g.title} className="suggest-group">
              <div className="suggest-group-title" aria-hidden="true">
                <LabelIcon label={g.label} size={12} />
                {t(g.title)}
                <span className="suggest-count">{g.hits.length}</span>
              </div>
              {g.hits.map((h: Hit) => {
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
                      {h.viaPinyin && <span className="suggest-py">{t('拼音匹配')}</span>}
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
