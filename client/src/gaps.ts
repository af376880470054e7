// 补链招商 list as CSV (one row per candidate of every gap segment) and the order parks are offered in.
import type { ChainGaps, NodeRef } from './api.ts';
import { toCsv } from './export.ts';

export const GAP_CSV_HEADER = ['产业链', '园区', '环节', '阶段', '排名', '企业', '得分', '环节置信度', '理由', '所在园区', '注册地址', '统一社会信用代码', '企业ID'] as const;

export function gapsToCsv(g: ChainGaps): string {
  const rows: unknown[][] = [];
  for (const s of g.segments) {
    if (!s.gap) continue;
    s.candidates.forEach((c, i) => {
      const raw = c.enterprise.properties;
      const p: Record<string, unknown> = raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {};
      rows.push([
        g.chain.name,
        g.park?.name ?? '文件提到的全部园区',
        s.segment.name,
        s.stage?.name ?? '',
        i + 1,
        c.enterprise.name,
        c.score,
        c.confidence,
        c.reasons.join('；'),
        c.parks.map((x) => x.name).join('、'),
        typeof p.registeredAddress === 'string' ? p.registeredAddress : '',
        typeof p.creditCode === 'string' ? p.creditCode : '',
        c.enterprise.id,
      ]);
    });
  }
  return toCsv(GAP_CSV_HEADER, rows);
}

const KIND_ORDER: Record<string, number> = { zone: 0, area: 1, park: 2, cluster: 3, base: 4 };

/** Zones first, then areas, parks, clusters, bases; by name within each. */
export function sortParks<T extends NodeRef & { kind?: string | null }>(ps: T[]): T[] {
  return [...ps].sort((a, b) => (KIND_ORDER[a.kind ?? ''] ?? 9) - (KIND_ORDER[b.kind ?? ''] ?? 9) || a.name.localeCompare(b.name, 'zh'));
}
