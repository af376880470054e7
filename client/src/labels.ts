// Presentation metadata for labels, relationship types and roles, plus small pure helpers
// (suggestion grouping, display names). Pure module: unit-tested without a DOM.
import type { GraphEdgeLite, Label, RelType, SearchHit } from './api.ts';
import { LABELS } from './api.ts';

export type NodeShape = 'rectangle' | 'ellipse' | 'hexagon' | 'diamond' | 'triangle' | 'pentagon' | 'star';

export interface LabelStyle {
  /** Chinese name shown in the UI */
  zh: string;
  /** Fill colour: Okabe–Ito palette (colour-blind safe); shapes differ too. */
  color: string;
  /** Border colour (darker variant, keeps light fills visible on white). */
  border: string;
  shape: NodeShape;
  /** Node diameter in px at zoom 1 */
  size: number;
}

export const LABEL_STYLE: Record<Label, LabelStyle> = {
  Document: { zh: '文件', color: '#0072B2', border: '#00476f', shape: 'rectangle', size: 34 },
  Measure: { zh: '举措', color: '#56B4E9', border: '#2a7fae', shape: 'ellipse', size: 20 },
  Department: { zh: '部门', color: '#E69F00', border: '#8f6300', shape: 'hexagon', size: 30 },
  Industry: { zh: '产业', color: '#009E73', border: '#005c43', shape: 'diamond', size: 32 },
  Enterprise: { zh: '企业', color: '#D55E00', border: '#853a00', shape: 'triangle', size: 28 },
  Lab: { zh: '机构', color: '#CC79A7', border: '#8a4670', shape: 'pentagon', size: 28 },
  Park: { zh: '园区', color: '#F0E442', border: '#7d7500', shape: 'star', size: 32 },
};

export function labelZh(label: string): string {
  return (LABEL_STYLE as Record<string, LabelStyle | undefined>)[label]?.zh ?? label;
}

export const REL_ZH: Record<RelType, string> = {
  CONTAINS: '包含',
  RESPONSIBLE_FOR: '负责',
  SUPPORTS: '支持',
  MENTIONS: '提及',
  HOSTS: '承载',
  INNOVATES_FOR: '创新支撑',
  IN_INDUSTRY: '所属产业',
  LOCATED_IN: '位于',
  PART_OF: '隶属',
  UPSTREAM_OF: '上游',
  LEADS: '牵头建设',
};

/** Heading of an edge in the details panel (the role, if any, is shown beside it). */
export function relTitle(type: string): string {
  return type === 'RESPONSIBLE_FOR' ? '责任分工' : relZh(type);
}

export const ROLE_ZH: Record<string, string> = {
  lead: '牵头',
  support: '配合',
  responsible: '负责',
  city: '市级负责',
};

export function relZh(type: string): string {
  return (REL_ZH as Record<string, string | undefined>)[type] ?? type;
}

export function roleZh(role: string | null | undefined): string | null {
  if (!role) return null;
  return ROLE_ZH[role] ?? role;
}

/** The short label drawn on an edge: the role for RESPONSIBLE_FOR, else the type. */
export function edgeLabel(e: Pick<GraphEdgeLite, 'type' | 'role'>): string {
  if (e.type === 'RESPONSIBLE_FOR') return roleZh(e.role) ?? REL_ZH.RESPONSIBLE_FOR;
  return relZh(e.type);
}

/** Truncate for canvas labels (counts code points, so CJK and surrogate pairs are safe). */
export function truncate(s: string, max: number): string {
  const chars = Array.from(s);
  return chars.length <= max ? s : chars.slice(0, max - 1).join('') + '…';
}

/** Canvas label for a node: measures and documents have long names. */
export function nodeDisplayName(n: { label: Label; name: string }): string {
  switch (n.label) {
    case 'Measure':
      return truncate(n.name, 14);
    case 'Document':
      return truncate(n.name, 18);
    default:
      return truncate(n.name, 16);
  }
}

export interface SuggestionGroup {
  label: Label;
  title: string;
  hits: SearchHit[];
}

/**
 * Groups ranked search hits by label. Groups appear in the order of their best-ranked hit
 * (so the best match stays on top); hits keep their rank inside a group. Unknown labels are dropped.
 */
export function groupSuggestions(hits: readonly SearchHit[]): SuggestionGroup[] {
  const groups = new Map<Label, SuggestionGroup>();
  for (const h of hits) {
    if (!(LABELS as readonly string[]).includes(h.label)) continue;
    let g = groups.get(h.label);
    if (!g) {
      g = { label: h.label, title: labelZh(h.label), hits: [] };
      groups.set(h.label, g);
    }
    g.hits.push(h);
  }
  return [...groups.values()];
}

/** A secondary line for a suggestion: where it belongs / what else it is called. */
export function hitContext(h: SearchHit): string {
  if (h.label === 'Department') return h.jurisdiction ?? '';
  if (h.label === 'Measure') {
    const num = h.number ? `第 ${h.number} 条` : '';
    const doc = h.document?.name ? truncate(h.document.name, 24) : '';
    return [num, doc].filter(Boolean).join(' · ');
  }
  const aliases = h.aliases.filter((a) => a !== h.name);
  return aliases.length ? '别名：' + aliases.slice(0, 3).join('、') : '';
}

export type EdgeDirection = 'out' | 'in';

const GROUP_TITLES: Record<RelType, [out: string, inn: string]> = {
  CONTAINS: ['包含举措', '所属文件'],
  RESPONSIBLE_FOR: ['负责举措', '责任部门'],
  SUPPORTS: ['支持产业', '支持举措'],
  MENTIONS: ['提及', '被举措提及'],
  HOSTS: ['承载产业', '承载园区'],
  INNOVATES_FOR: ['创新支撑产业', '创新支撑主体'],
  IN_INDUSTRY: ['所属产业', '产业内企业'],
  LOCATED_IN: ['所在园区', '园区内主体'],
  PART_OF: ['隶属于', '下属'],
  UPSTREAM_OF: ['下游产业', '上游产业'],
  LEADS: ['牵头建设', '牵头企业'],
};

/** Heading for a group of a node's edges, from that node's point of view. */
export function relGroupTitle(type: string, dir: EdgeDirection): string {
  const t = (GROUP_TITLES as Record<string, [string, string] | undefined>)[type];
  if (!t) return `${relZh(type)}${dir === 'out' ? ' →' : ' ←'}`;
  return dir === 'out' ? t[0] : t[1];
}

const ROLE_ORDER: Record<string, number> = { lead: 0, responsible: 1, support: 2, city: 3 };

/** Sort key for roles: 牵头 before 负责 before 配合 before 市级. */
export function roleRank(role: string | null | undefined): number {
  return role ? (ROLE_ORDER[role] ?? 9) : 9;
}

const LEVEL_ZH: Record<string, string> = {
  industry: '产业',
  chain: '产业链',
  segment: '环节',
  track: '赛道',
  cluster: '产业集群',
};

/** Industry.level in Chinese (unknown values pass through). */
export function levelZh(level: string | null | undefined): string | null {
  if (!level) return null;
  return LEVEL_ZH[level] ?? level;
}

/** How a fact is stated (properties.basis of an edge; see ARCHITECTURE.md "Confidence and basis"). */
export const BASIS_ZH: Readonly<Record<string, string>> = {
  stated: '明确陈述',
  planned: '规划',
  encouraged: '鼓励',
  listed: '并列提及',
  lexicon: '词表',
  registry: '企业名录',
  curated: '人工确认',
};

/** The basis in Chinese (an edge without one reads as stated; unknown values pass through). */
export function basisZh(basis: string | null | undefined): string {
  return BASIS_ZH[basis ?? 'stated'] ?? String(basis);
}

/** Park.kind in Chinese. */
const PARK_KIND_ZH: Record<string, string> = { zone: '开发区', area: '片区', park: '园区', base: '基地', cluster: '集聚区' };

export function parkKindZh(kind: string | null | undefined): string | null {
  if (!kind) return null;
  return PARK_KIND_ZH[kind] ?? kind;
}
