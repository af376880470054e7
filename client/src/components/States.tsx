// Shared loading / empty / error states and a small async-data hook used by every view.
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { ApiError, isAbort, nodeRef, type GraphNodeLite } from '../api.ts';
import { getLang, t, type Lang } from '../i18n.ts';

export function Loading({ text }: { text: string }) {
  return (
    <div className="state state-loading" role="status">
      <span className="spinner" /> {text}
    </div>
  );
}

/** The server's error code (extensions.code), if the error came with one. */
export function errorCode(error: unknown): string | undefined {
  return error instanceof ApiError ? error.code : undefined;
}

/** What happened, in a few words: by the server's code when it sent one, else the error's own message. */
export function errorTitle(error: unknown): string {
  const code = errorCode(error);
  if (code === 'TIMEOUT') return t('查询超时');
  if (code === 'RESPONSE_TOO_LARGE' || code === 'QUERY_TOO_COMPLEX') return t('结果过大');
  if (code === 'BUSY') return t('服务器正忙');
  const msg = error instanceof ApiError ? error.message : error instanceof Error ? error.message : String(error);
  return t(msg);
}

/**
 * The server's messages are 「中文 / English」: the half in the page's language (each of several
 * messages joined with '; '); a message without the separator stays whole.
 */
export function serverDetail(detail: string, lang: Lang = getLang()): string {
  return detail
    .split('; ')
    .map((m) => {
      const at = m.indexOf(' / ');
      if (at < 0) return m;
      return lang === 'en' ? m.slice(at + 3) : m.slice(0, at);
    })
    .join('；');
}

/**
 * What to do after an error, by the server's code: a TIMEOUT or an answer too large is the view asking
 * too much (narrow it: `narrow` says how in this view; a TIMEOUT may also pass on a retry, once the
 * server's shared index is built or it is less busy), BUSY is the server refusing for now (wait a few
 * seconds); anything else gets the view's own hint, else the check that the server is running.
 */
export function errorHint(error: unknown, hint?: string, narrow?: string): string {
  const code = errorCode(error);
  const how = narrow ?? t('请缩小查看范围（例如选择单个产业或园区、减少数量）后重试。');
  if (code === 'TIMEOUT') {
    const secs = error instanceof ApiError ? /超过 ([\d.]+) 秒/.exec(error.detail ?? '')?.[1] : undefined;
    const what = secs
      ? t('服务器未能在 {s} 秒内算完这次查询（数据量较大，或服务器正忙），这部分暂无结果，页面其他部分仍可使用。', { s: secs })
      : t('服务器未能在时限内算完这次查询（数据量较大，或服务器正忙），这部分暂无结果，页面其他部分仍可使用。');
    return `${what}${how}${t('也可以稍候再点「重试」：服务器空闲或索引建好后，同一查询可能就能完成。')}`;
  }
  if (code === 'RESPONSE_TOO_LARGE' || code === 'QUERY_TOO_COMPLEX') return `${t('结果过大：本次查询要返回的数据超过了服务器的上限。')}${how}`;
  if (code === 'BUSY') return t('服务器正忙：同时进行的分析查询过多，请稍候几秒再重试。');
  return hint ?? t('请确认服务已启动后重试。');
}

/** An error that says what happened and what to do; optional retry. The server's own words fold away. */
export function ErrorState({ error, hint, narrow, onRetry }: { error: unknown; hint?: string; narrow?: string; onRetry?: () => void }) {
  const detail = error instanceof ApiError ? error.detail : undefined;
  const code = errorCode(error);
  return (
    <div className="state state-error" role="alert" data-code={code}>
      <strong>{errorTitle(error)}</strong>
      <span className="state-hint">{errorHint(error, hint, narrow)}</span>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('重试')}
        </button>
      )}
      {detail && <ErrorDetail detail={detail} code={code} />}
    </div>
  );
}

/** The server's message (and code), folded: what happened is already said above it. */
export function ErrorDetail({ detail, code }: { detail: string; code?: string | undefined }) {
  return (
    <details className="error-more">
      <summary>{t('服务器返回的信息')}</summary>
      <span className="error-detail">
        {serverDetail(detail)}
        {code ? ` (${code})` : ''}
      </span>
    </details>
  );
}

export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state-empty">
      <p className="empty-title">{title}</p>
      {children}
    </div>
  );
}

export interface AsyncState<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  reload(): void;
}

/** Runs `fn` when `key` changes (null key: idle). Aborts stale requests; keeps the last data while reloading. */
export function useAsync<T>(key: string | null, fn: (signal: AbortSignal) => Promise<T>): AsyncState<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const [tick, setTick] = useState(0);
  const fnRef = useRef(fn);
  fnRef.current = fn;
  useEffect(() => {
    if (key === null) {
      setData(null);
      setError(null);
      setLoading(false);
      return;
    }
    const ctrl = new AbortController();
    setLoading(true);
    setError(null);
    fnRef
      .current(ctrl.signal)
      .then((d) => {
        if (!ctrl.signal.aborted) setData(d);
      })
      .catch((e: unknown) => {
        if (!isAbort(e) && !ctrl.signal.aborted) {
          setError(e);
          setData(null);
        }
      })
      .finally(() => {
        if (!ctrl.signal.aborted) setLoading(false);
      });
    return () => ctrl.abort();
  }, [key, tick]);
  const reload = useCallback(() => setTick((x) => x + 1), []);
  return { data, error, loading, reload };
}

/** The node behind an id from the URL (for showing its name in a picker). */
export function useNodeRef(id: string | null): GraphNodeLite | null {
  const { data } = useAsync(id, (signal) => nodeRef(id!, signal));
  return id && data && data.id === id ? data : null;
}
