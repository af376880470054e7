// The facts behind a 园区 cell or comparison item: what the park hosts (segment, enterprise, lab),
// how it is stated (basis, confidence, weak), and every edge's sentence with its document. An
// enterprise in several segments of the chain is listed once, with its segments and each edge once.
import type { EdgeDetail, EvidenceItem, NodeRef } from '../api.ts';
import type { ParkFact, ParkFactFull } from '../api-parks.ts';
import { basisZh, relZh } from '../labels.ts';
import { LabelIcon } from './LabelIcon.tsx';
import { EvidenceCard } from './DetailsPanel.tsx';
import { t } from '../i18n.ts';

const KIND_TITLE: Record<string, string> = { segment: '承载环节', enterprise: '园区内企业', lab: '园区内机构' };

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

interface NodeFacts<F extends ParkFact> {
  node: NodeRef;
  kind: string;
  facts: F[];
}

/** Facts grouped by kind, then by node (first appearance order: the strongest first). */
export function groupFacts<F extends ParkFact>(facts: readonly F[]): { kind: string; nodes: NodeFacts<F>[] }[] {
  return (['segment', 'enterprise', 'lab'] as const)
    .map((kind) => {
      const byNode = new Map<string, NodeFacts<F>>();
      for (const f of facts) {
        if (f.kind !== kind) continue;
        const key = `${f.node.id}|${f.park.id}`;
        const g = byNode.get(key) ?? { node: f.node, kind, facts: [] };
        g.facts.push(f);
        byNode.set(key, g);
      }
      return { kind, nodes: [...byNode.values()] };
    })
    .filter((g) => g.nodes.length);
}

export interface FactListProps {
  facts: readonly ParkFactFull[];
  /** The row's park: facts of parks inside it say where they sit. */
  parkId?: string;
  onOpenNode(n: NodeRef): void;
  onOpenEvidence(ev: EvidenceItem): void;
}

export function FactList({ facts, parkId, onOpenNode, onOpenEvidence }: FactListProps) {
  return (
    <div className="fact-groups">
      {groupFacts(facts).map((g) => (
        <section key={g.kind} className="fact-group">
          <h4>
            {t(KIND_TITLE[g.kind]!)} <span className="count">{g.nodes.length}</span>
          </h4>
          <ul className="fact-list">
            {g.nodes.map((n) => {
              const first = n.facts[0]!;
              const edges = new Map<string, EdgeDetail>();
              for (const f of n.facts) for (const e of f.via) edges.set(e.id, e);
              return (
                <li key={`${n.node.id}|${first.park.id}`} className={'fact' + (n.facts.every((f) => f.weak) ? ' weak' : '')} data-kind={g.kind} data-node={n.node.id}>
                  <div className="fact-head">
                    <LabelIcon label={n.node.label} size={12} />
                    <button type="button" className="link-btn fact-name" onClick={() => onOpenNode(n.node)} title={t('在探索中打开「{name}」', { name: n.node.name })}>
                      {n.node.name}
                    </button>
                    {g.kind === 'segment' && <BasisChip basis={first.basis} confidence={first.confidence} weak={first.weak} />}
                    {parkId && first.park.id !== parkId && <span className="fact-where">{t('位于 {name}', { name: first.park.name })}</span>}
                  </div>
                  {g.kind !== 'segment' && (
                    <div className="fact-segs">
                      {n.facts.map((f) => (
                        <span key={f.segment.id} className="fact-seg">
                          {f.segment.name} <BasisChip basis={f.basis} confidence={f.confidence} weak={f.weak} />
                        </span>
                      ))}
                    </div>
                  )}
                  {[...edges.values()].map((e) => (
                    <div key={e.id} className="fact-edge">
                      <span className="fact-rel">
                        {t(relZh(e.type))} · {e.source.name} → {e.target.name}
                      </span>
                      {e.evidence.slice(0, 2).map((ev, j) => (
                        <EvidenceCard
                          key={`${ev.documentId}:${ev.start}:${j}`}
                          ev={ev}
                          terms={[e.source.name, e.target.name].filter((x) => x.length >= 2 && x.length <= 30)}
                          onOpenText={() => onOpenEvidence(ev)}
                        />
                      ))}
                      {e.evidence.length > 2 && <p className="muted small">{t('另有 {n} 句依据', { n: e.evidence.length - 2 })}</p>}
                    </div>
                  ))}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** Facts without their sentences: each node once, with its basis. */
export function FactChips({ facts, onOpenNode }: { facts: readonly ParkFact[]; onOpenNode(n: NodeRef): void }) {
  const seen = new Set<string>();
  const unique = facts.filter((f) => (seen.has(f.node.id) ? false : (seen.add(f.node.id), true)));
  return (
    <span className="fact-chips">
      {unique.map((f) => (
        <button key={f.node.id} type="button" className="chip" onClick={() => onOpenNode(f.node)} title={`${f.node.name} · ${t(basisZh(f.basis))}`}>
          <LabelIcon label={f.node.label} size={11} />
          {f.node.name}
        </button>
      ))}
    </span>
  );
}
