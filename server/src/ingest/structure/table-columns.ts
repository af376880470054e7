// What a table column holds, read from its header cell: the genre's 产业链 / 链主 tables name each
// row's chain or segment (产业链, 细分领域, 重点环节 …) and, in typed columns, its firms (链主企业,
// 重点企业, 核心配套企业 …), the parks that carry it (承载园区, 主要载体 …), its innovation platforms
// (创新平台, 高校院所 …) and the departments in charge (牵头部门, 配合单位). Used by the structure stage
// to recognise such a table and by the relation stage (../relations/tables.ts) to read its rows.

export type ColumnRole =
  /** 序号 */
  | 'number'
  /** The row's chain or industry (产业链, 重点产业, 产业集群). */
  | 'chain'
  /** A segment below the chain (细分领域, 重点环节, 产业方向, 重点产品). */
  | 'segment'
  /** Firms of the row (链主企业, 重点企业, 核心配套企业). */
  | 'enterprise'
  /** Firms to attract (招商目标企业, 拟引进企业): elsewhere, not members of the row's chain here. */
  | 'target'
  /** Parks that carry the row (承载园区, 主要载体, 集聚区). */
  | 'park'
  /** Innovation platforms, universities and institutes (创新平台, 高校院所, 研发机构). */
  | 'lab'
  /** Departments (牵头部门, 责任单位, 配合单位). */
  | 'dept'
  | 'other';

// (a bracketed note or alternative is no part of the column's word: 产业链（链长）, 重点企业（链主企业）)
const clean = (h: string) => h.replace(/[（(][^()（）]*[)）]/g, '').replace(/[\s“”"【】]/g, '').replace(/(名称|名单|清单)$/, '');

const NUMBER = /^(序号|编号|序)$/;
const CHAIN = /^(重点|主导|优势|特色|新兴|未来)?(产业链|产业链条|链条|产业集群|集群|产业|产业门类|产业类别|行业|所属行业|所属产业|产业领域|产业方向|重点产业链)$/;
const SEGMENT = /^(细分|重点|主要|核心|关键)?(领域|细分领域|产业|行业|环节|产业环节|链条环节|方向|发展方向|细分方向|赛道|细分赛道|产品|重点产品|主导产品|产品方向)$/;
const TARGET = /(招商|招引|拟引进|引进|目标)(目标)?(企业|对象)$/;
const ENTERPRISE = /^(链主|龙头|重点|骨干|核心|配套|核心配套|重点配套|代表性?|领军|主要|头部|上下游|培育|重点培育|本地|优势|标杆|专精特新|链上|在链)*(企业|厂商|企业主体)$/;
const PARK = /^(主要|重点)?(承载|所在|落户|集聚|布局|空间)?(园区|产业园区|载体|承载地|集聚区|区域|片区|基地|空间布局|布局区域|产业园|承载区|发展区域)$/;
const LAB = /^(重点|主要|支撑)?(创新|研发|科创|科研|技术创新|技术|产业创新)?(平台|机构|院所|高校|高校院所|科研院所|研发机构|实验室|重点实验室|创新资源|支撑单位|技术支撑单位|创新载体|创新平台|研究机构)$/;
const DEPT = /(牵头|主责|主办|责任|配合|协办|参与|协同|协助|主管|链长)(部门|单位|处室)$|^(部门|单位)$/;

/** The role of one header cell (unknown words are 'other'). */
export function columnRole(header: string): ColumnRole {
  // 链主企业/重点企业, 龙头企业、骨干企业: one role when every part has it
  const parts = header.split(/[/／、]/).filter(Boolean);
  if (parts.length > 1) {
    const roles = new Set(parts.map(columnRole));
    return roles.size === 1 ? [...roles][0]! : 'other';
  }
  const h = clean(header);
  if (NUMBER.test(h)) return 'number';
  if (DEPT.test(h)) return 'dept';
  if (TARGET.test(h)) return 'target';
  if (ENTERPRISE.test(h)) return 'enterprise';
  if (LAB.test(h) && !/^(平台|机构)$/.test(h)) return 'lab';
  if (PARK.test(h) && !/^(区域|片区|基地)$/.test(h)) return 'park';
  if (CHAIN.test(h)) return 'chain';
  if (SEGMENT.test(h)) return 'segment';
  return 'other';
}

export interface ChainColumns {
  /** The column naming each row's chain (the upper level when a segment column is beside it). */
  chain?: number;
  /** The column naming each row's segment. */
  segment?: number;
  roles: ColumnRole[];
}

/**
 * The columns of a chain table, or undefined when the header is no such table's: one column names the
 * row's chain or segment and at least one names its firms, parks or platforms. A header of a 分工表
 * (a task column and departments only) is none.
 */
export function chainColumns(header: string[]): ChainColumns | undefined {
  const roles = header.map(columnRole);
  // (产业 and 领域 as bare words: the first of two level words is the chain, the second the segment)
  const levels = roles.map((r, i) => ({ r, i })).filter((x) => x.r === 'chain' || x.r === 'segment');
  if (!levels.length || levels.length > 2) return undefined;
  if (!roles.some((r) => r === 'enterprise' || r === 'park' || r === 'lab' || r === 'target')) return undefined;
  const out: ChainColumns = { roles };
  if (levels.length === 2) {
    out.chain = levels[0]!.i;
    out.segment = levels[1]!.i;
    roles[levels[0]!.i] = 'chain';
    roles[levels[1]!.i] = 'segment';
  } else if (levels[0]!.r === 'chain') out.chain = levels[0]!.i;
  else out.segment = levels[0]!.i;
  return out;
}

/** Is `s` a header word of a chain table (for headers split at single blanks, where every token must be one)? */
export function isColumnWord(s: string): boolean {
  return columnRole(s) !== 'other';
}

/** A table with a text column (举措/任务/内容…) is read as text too (its rows are measures: a 分工表). */
const TEXT_COLUMN = /(举措|措施|任务|内容|事项|工作|项目)/;
export function readsAsText(header: string[]): boolean {
  return header.some((h) => TEXT_COLUMN.test(h) && !/(部门|单位)/.test(h));
}
