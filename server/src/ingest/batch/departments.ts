// Departments and RESPONSIBLE_FOR: one Department node per body (aliases = the other names the
// document writes for it), one edge per (department, measure) carrying the strongest role named
// (lead > responsible > support > city) and the evidence of every mention.
import { edgeId, type Evidence, type GraphEdge, type GraphNode, type Role } from '../../model.ts';
import { measureId } from '../ids.ts';
import type { MeasureUnit, StructuredDoc } from '../types.ts';
import { evidence } from './document.ts';

/** Which role wins when one body is named several times for one measure. */
const ROLE_RANK: Readonly<Record<Role, number>> = { lead: 4, responsible: 3, support: 2, city: 1 };

export function responsibilityEdges(doc: StructuredDoc, m: MeasureUnit, i: number): { departments: GraphNode[]; edges: GraphEdge[] } {
  const mid = measureId(doc, i);
  const section = m.sectionPath.join(' > ');
  const departments: GraphNode[] = [];
  const perDept = new Map<string, { role: Role; evidence: Evidence[] }>();
  for (const r of m.responsibilities) {
    const d = r.department;
    const aliases = [...new Set([r.name, r.surface, ...(r.aliases ?? [])].filter((a) => a !== d.name))];
    departments.push({ id: d.id, label: 'Department', name: d.name, aliases, properties: { jurisdiction: d.jurisdiction } });
    const spans = r.evidence?.length ? r.evidence : m.evidenceSpans.length ? m.evidenceSpans : [{ start: r.start, end: r.end }];
    const evs = spans.map((s) => evidence(doc, s.start, s.end, section));
    const cur = perDept.get(d.id);
    if (!cur) perDept.set(d.id, { role: r.role, evidence: evs });
    else {
      if (ROLE_RANK[r.role] > ROLE_RANK[cur.role]) cur.role = r.role;
      for (const ev of evs) if (!cur.evidence.some((x) => x.start === ev.start && x.end === ev.end)) cur.evidence.push(ev);
    }
  }
  const edges = [...perDept].map(([deptId, v]): GraphEdge => ({
    id: edgeId('RESPONSIBLE_FOR', deptId, mid),
    type: 'RESPONSIBLE_FOR',
    source: deptId,
    target: mid,
    properties: { role: v.role },
    evidence: v.evidence,
  }));
  return { departments, edges };
}
