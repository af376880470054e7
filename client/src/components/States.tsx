// Shared loading / empty / error states and a small async-data hook used by every view.
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { ApiError, isAbort, nodeRef, type GraphNodeLite } from '../api.ts';
import { t } from '../i18n.ts';

export function Loading({ text }: { text: string }) {
  return (
    <div className="state state-loading" role="status">
      <span className="spinner" /> {text}
    </div>
  );
}

/**
 * What to do after an error, by the server's code: a TIMEOUT or an answer too large is the view asking
 * too much (narrow it: `narrow` says how in this view), BUSY is the server refusing for now (wait a
 * few seconds); anything else gets the view's own hint, else the check that the server is running.
 */
export function errorHint(error: unknown, hint?: string, narrow?: string): string {
  const code = error instanceof ApiError ? error.code : undefined;
  const how = narrow ?? t('请缩小查看范围（例如选择单个产业或园区、减少数量）后重试。');
  if (code === 'TIMEOUT') return `${t('查询超时：数据量较大，服务器未能在时限内算完（服务仍在运行，原样重试多半仍会超时）。')}${how}`;
  if (code === 'RESPONSE_TOO_LARGE' || code === 'QUERY_TOO_COMPLEX') return `${t('结果过大：本次查询要返回的数据超过了服务器的上限。')}${how}`;
  if (code === 'BUSY') return t('服务器正忙：同时进行的分析查询过多，请稍候几秒再重试。');
  return hint ?? t('请确认服务已启动后重试。');
}

/** An error that says what happened and what to do; optional retry. */
export function ErrorState({ error, hint, narrow, onRetry }: { error: unknown; hint?: string; narrow?: string; onRetry?: () => void }) {
  const msg = error instanceof ApiError ? error.message : error instanceof Error ? error.message : String(error);
  const detail = error instanceof ApiError ? error.detail : undefined;
  return (
    <div className="state state-error" role="alert">
      <strong>{t(msg)}</strong>
      {detail && <span className="error-detail">{detail}</span>}
      <span className="state-hint">{errorHint(error, hint, narrow)}</span>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('重试')}
        </button>
      )}
    </div>
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
