// How a fact is stated: its basis in Chinese (明确陈述 / 规划 / 鼓励 / 并列提及 / 词表 / 名录 / 人工确认), its
// confidence when below 1, and 弱 below the default threshold (issue 12).
import { basisZh } from '../labels.ts';
import { t } from '../i18n.ts';

/** The default threshold of the analyses (server/src/basis.ts DEFAULT_MIN_CONFIDENCE). */
export const WEAK_BELOW = 0.5;

export function BasisChip({ basis, confidence, weak }: { basis: string; confidence: number; weak: boolean }) {
  const conf = confidence < 1 ? ` ${confidence.toFixed(2)}` : '';
  return (
    <span className={`basis-chip basis-${basis}` + (weak ? ' weak' : '')} title={t('依据与置信度')}>
      {t(basisZh(basis))}
      {conf}
      {weak && ` · ${t('弱')}`}
    </span>
  );
}

/** The chip for an edge's properties; nothing for edges without a basis (CONTAINS, RESPONSIBLE_FOR). */
export function EdgeBasisChip({ properties }: { properties: Record<string, unknown> | null | undefined }) {
  const basis = properties?.basis;
  if (typeof basis !== 'string') return null;
  const c = typeof properties?.confidence === 'number' ? properties.confidence : 1;
  return <BasisChip basis={basis} confidence={c} weak={c < WEAK_BELOW} />;
}
