// 导入企业名录 in the 文件 view: an editor picks a registry (CSV or XLSX), names its source, and sees
// what the import did — rows loaded, every rejected row with its line and reason, the doubtful name
// matches kept apart for review — then opens 补链招商. Lists the registries already imported.
import { useRef, useState } from 'react';
import { ApiError, REGISTRY_TYPES, registries, registrySourceName, uploadRegistry, type RegistryUploadResult } from '../api.ts';
import { t } from '../i18n.ts';
import { useAsync } from './States.tsx';

export interface RegistryImportProps {
  /** Called after a successful import (the graph changed). */
  onImported(): void;
  /** Opens the 补链招商 panel of a chain. */
  onOpenGaps(): void;
}

type Phase = { kind: 'idle' } | { kind: 'uploading'; progress: number } | { kind: 'importing' } | { kind: 'done'; result: RegistryUploadResult } | { kind: 'error'; message: string; code?: string };

export function RegistryImport({ onImported, onOpenGaps }: RegistryImportProps) {
  const [tick, setTick] = useState(0);
  const list = useAsync(`registries:${tick}`, (signal) => registries(signal));
  const [file, setFile] = useState<File | null>(null);
  const [source, setSource] = useState('');
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const fileRef = useRef<HTMLInputElement>(null);
  const busy = phase.kind === 'uploading' || phase.kind === 'importing';

  const run = async () => {
    if (!file) return;
    const ext = /\.[^.]+$/.exec(file.name.toLowerCase())?.[0] ?? '';
    if (!REGISTRY_TYPES.includes(ext)) {
      setPhase({ kind: 'error', message: t('不支持的文件类型，请上传 csv 或 xlsx') });
      return;
    }
    const name = source.trim() || registrySourceName(file.name);
    const progress = (f: number) => setPhase(f >= 1 ? { kind: 'importing' } : { kind: 'uploading', progress: f });
    setPhase({ kind: 'uploading', progress: 0 });
    try {
      const result = await uploadRegistry(file, name, progress).catch((e: unknown) => {
        if (e instanceof ApiError && e.detail === 'CONFLICT' && window.confirm(t('已有企业名录「{name}」，是否替换？', { name }))) {
          setPhase({ kind: 'uploading', progress: 0 });
          return uploadRegistry(file, name, progress, true);
        }
        throw e;
      });
      setPhase({ kind: 'done', result });
      setTick((x) => x + 1);
      onImported();
    } catch (e) {
      setPhase({ kind: 'error', message: e instanceof ApiError ? e.message : String(e), ...(e instanceof ApiError && e.detail ? { code: e.detail } : {}) });
    }
  };

  return (
    <section className="registry-import" aria-label={t('导入企业名录')}>
      <h2 className="side-title">{t('导入企业名录')}</h2>
      <div className="pad-x">
        <p className="muted small">{t('企业名录（CSV 或 XLSX；UTF-8 或 GBK）：常见列名自动识别（企业名称、统一社会信用代码、行业代码、所属园区、主营产品…）；与文件中的企业对应，用于补链招商。需编辑者账号。')}</p>
        <div className="registry-form">
          <button type="button" onClick={() => fileRef.current?.click()} disabled={busy}>
            {t('选择名录文件')}
          </button>
          <span className="small registry-file">{file ? file.name : t('未选择文件')}</span>
          <input
            ref={fileRef}
            type="file"
            className="sr-only"
            accept={REGISTRY_TYPES.join(',')}
            aria-label={t('选择名录文件')}
            tabIndex={-1}
            onChange={(e) => {
              const f = e.target.files?.[0] ?? null;
              e.target.value = '';
              setFile(f);
              if (f) setSource(registrySourceName(f.name));
              setPhase({ kind: 'idle' });
            }}
          />
          <label className="small">
            {t('名录名称')}
            <input type="text" value={source} onChange={(e) => setSource(e.target.value)} maxLength={80} aria-label={t('名录名称')} disabled={busy} />
          </label>
          <button type="button" className="primary" onClick={() => void run()} disabled={!file || busy}>
            {t('导入')}
          </button>
        </div>
        {phase.kind === 'uploading' && (
          <p className="small" role="status">
            <progress max={1} value={phase.progress} aria-label={t('上传进度')} /> {t('正在上传 {p}%', { p: Math.round(phase.progress * 100) })}
          </p>
        )}
        {phase.kind === 'importing' && (
          <p className="small" role="status">
            <span className="spinner" /> {t('正在校验与匹配企业…')}
          </p>
        )}
        {phase.kind === 'error' && (
          <p className="small err" role="alert">
            ✗ {phase.message}
            {phase.code && <span className="muted"> （{phase.code}）</span>}
          </p>
        )}
        {phase.kind === 'done' && <RegistryResult r={phase.result} onOpenGaps={onOpenGaps} />}
        {list.data && list.data.length > 0 && (
          <div className="registry-list small">
            <b>{t('已导入的名录')}</b>
            <ul>
              {list.data.map((r) => (
                <li key={r.sourceId} data-source={r.source}>
                  {r.source} · {t('{n} 家企业', { n: r.enterprises })}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}

function RegistryResult({ r, onOpenGaps }: { r: RegistryUploadResult; onOpenGaps(): void }) {
  const errors = r.issues.filter((i) => i.severity === 'error');
  const warnings = r.issues.filter((i) => i.severity === 'warning');
  return (
    <div className="registry-result" role="status">
      <p className="ok small">
        ✓ {t('已导入「{name}」：读取 {rows} 行，导入 {loaded} 家，拒绝 {rejected} 行', { name: r.source, rows: r.rows, loaded: r.loaded, rejected: r.rejected })}
      </p>
      <p className="small muted">
        {t('与图中企业合并 {m} 家，存疑 {d} 家（未合并，待审核），新增 {n} 家', { m: r.stats.merged, d: r.stats.doubtful, n: r.stats.newEnterprises })}
      </p>
      {errors.length > 0 && (
        <details open className="registry-issues">
          <summary className="err small">{t('未导入的行 {n} 行', { n: r.rejected })}</summary>
          <ul className="small" tabIndex={0} aria-label={t('未导入的行 {n} 行', { n: r.rejected })}>
            {errors.map((i) => (
              <li key={`${i.sheet ?? ''}:${i.line}:${i.code}`} data-line={i.line} data-code={i.code}>
                {i.message}
              </li>
            ))}
          </ul>
        </details>
      )}
      {warnings.length > 0 && (
        <details className="registry-issues">
          <summary className="small">{t('警告 {n} 条（行已导入，个别值被忽略）', { n: warnings.length })}</summary>
          <ul className="small" tabIndex={0} aria-label={t('警告 {n} 条（行已导入，个别值被忽略）', { n: warnings.length })}>
            {warnings.map((i) => (
              <li key={`${i.sheet ?? ''}:${i.line}:${i.code}`}>{i.message}</li>
            ))}
          </ul>
        </details>
      )}
      {r.doubtful.length > 0 && (
        <details className="registry-issues">
          <summary className="small">{t('存疑匹配 {n} 个（未合并，待审核）', { n: r.doubtfulCount })}</summary>
          <ul className="small" tabIndex={0} aria-label={t('存疑匹配 {n} 个（未合并，待审核）', { n: r.doubtfulCount })}>
            {r.doubtful.map((d) => (
              <li key={`${d.line}:${d.candidateId}`}>
                {t('第 {line} 行', { line: d.line })} {d.legalName} ≟ {d.candidateName}（{d.score.toFixed(2)}；{d.reasons.join('；')}）
              </li>
            ))}
          </ul>
        </details>
      )}
      <button type="button" className="link-btn small" onClick={onOpenGaps}>
        {t('查看补链招商')} →
      </button>
    </div>
  );
}
