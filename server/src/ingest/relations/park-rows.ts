// Rows of a park overview written without a header (园区功能一览 / 园区定位一览), one park a line:
//   猇亭化工园｜精细磷化工、电解液｜湖北宜化集团、宜昌楚磷新材料
//   宜昌高新区白洋工业园｜磷酸铁锂正极材料、动力电池回收｜A、B
// Two or more consecutive lines of the same number (three or more) of ｜- or |-separated cells, the first cell of each
// a park (one the document names, the innermost when written inside its zone, or a name ending like a park).
// The other columns are typed by what their cells hold across the rows: a column of firms (names the
// document reads as firms, or firm suffixes) places each firm in its row's park (stated); a column of
// industries (every item a plausible industry, none an organisation) is what the row's park hosts
// (planned, a layout's assignment). A row pairs nothing across rows, and its firms are not typed by its
// industries (the row does not say which firm makes which).
import type { Evidence } from '../../model.ts';
import type { IngestContext } from '../context.ts';
import { plausibleBareName } from '../entities/enumerations.ts';
import { plausibleIndustry } from '../entities/list-items.ts';
import type { Entity, EntityTable } from '../entities/table.ts';
import { isGenericName, typeBySuffix } from '../entities/typing.ts';
import { documentId } from '../ids.ts';
import type { StructuredDoc } from '../types.ts';
import type { EdgeSet } from './edges.ts';
import { columnRole } from '../structure/table-columns.ts';
import { JUDGED } from './judge.ts';
import { parkByEnding } from './park-mentions.ts';

interface Row {
  start: number;
  end: number;
  cells: string[];
}

const items = (cell: string) =>
  cell
    .replace(/[(（][^)）]{0,12}[)）]/g, '')
    .split(/[、,，;；/／]/)
    .map((x) => x.trim().replace(/^(?:以及|及|和)/, '').replace(/等$/, ''))
    .filter(Boolean);

/** The park a row's first cell names: the innermost park the document names at its end, else a name ending like a park. */
function rowPark(cell: string, table: EntityTable): Entity | undefined {
  const parks = table.all().filter((e) => e.label === 'Park');
  for (let k = 0; k + 3 <= cell.length; k++) {
    const tail = cell.slice(k);
    const known = parks.find((e) => e.name === tail || e.aliases.has(tail));
    if (known) return known;
  }
  return parkByEnding(cell) ? table.org(cell, 'Park', 'park') : undefined;
}

type Kind = 'firm' | 'industry' | 'other';

/** A quantity (12平方公里, 3000亩, 50亿元): no industry, whatever the reader makes of its words. */
const QUANTITY = /^[\d.,，～~—-]+\s*(?:平方公里|平方千米|万平方米|平方米|公顷|万亩|亩|亿元|万元|%|家|个)$/;

function itemKind(item: string, table: EntityTable, ctx: IngestContext): Kind {
  if (QUANTITY.test(item)) return 'other';
  const lx = ctx.index.lookup(item);
  if (lx?.type === 'org') return lx.entry.label === 'Enterprise' ? 'firm' : 'other';
  if (lx?.type === 'industry') return 'industry';
  const known = table.all().filter((e) => e.name === item);
  if (known.some((e) => e.label === 'Enterprise')) return 'firm';
  if (known.some((e) => e.label !== 'Industry')) return 'other';
  const typed = typeBySuffix(item);
  if (typed) return typed.label === 'Enterprise' && !typed.weak ? 'firm' : 'other';
  if (known.some((e) => e.label === 'Industry')) return 'industry';
  return plausibleIndustry(item) && !isGenericName(item, '', () => false) ? 'industry' : 'other';
}

/** The first column's header of a park table: 园区名称 / 园区 / 产业园名称. */
const PARK_HEADER = /^(?:园区|产业园|片区|分园|专业园区)(?:名称)?$/;

/**
 * A park table pasted as ONE line (园区名称\t主导产业\t重点企业\t规划面积 P1\tX、Y\tA、B\t12平方公里 P2\t…): tabs between the
 * cells, a space where each row ended. The header's width is the number of cells up to the first holding a space; each
 * row-closing cell holds exactly one space and no other cell any. The rows after the header, or none.
 */
function oneLineRows(line: string, lineStart: number): Row[] | undefined {
  const cells = line.trim().split('\t').map((c) => c.trim());
  if (cells.length < 8 || !PARK_HEADER.test(cells[0]!)) return undefined;
  const w = cells.findIndex((c) => /\s/.test(c)) + 1;
  if (w < 3) return undefined;
  // a cell holding a row's end and the next row's start closes every w - 1 cells (one space in it), no other cell holds a space
  if (!cells.every((c, i) => (i > 0 && i % (w - 1) === 0 && i + 1 < cells.length ? /^\S+\s+\S+$/.test(c) : !/\s/.test(c)))) return undefined;
  const flat = cells.flatMap((c) => c.split(/\s+/));
  if (flat.length % w !== 0 || flat.length / w < 3) return undefined;
  const start = lineStart + line.search(/\S/);
  const end = lineStart + line.trimEnd().length;
  const rows: Row[] = [];
  for (let r = 1; r < flat.length / w; r++) rows.push({ start, end, cells: flat.slice(r * w, (r + 1) * w) });
  return rows;
}

/**
 * The same table pasted as ONE line with a bar between every two cells (表1 重点园区情况 | 园区名称 | 主导产业 | 新开工项目 |
 * P1 | X、Y | 12个 | P2 | …): no mark says where a row ends, so the header's width is the number of cells from the park header
 * (园区名称) up to the first cell that is a park, and every row must open on a park at that width. A caption may stand in
 * the one cell before the header. The rows after the header, or none.
 */
function barLineRows(line: string, lineStart: number, table: EntityTable): Row[] | undefined {
  if (!/[｜|]/.test(line)) return undefined;
  const cells = line.trim().replace(/^[｜|]|[｜|]$/g, '').split(/[｜|]/).map((c) => c.trim());
  const h = cells.findIndex((c) => PARK_HEADER.test(c));
  if (h < 0 || h > 1 || cells.length - h < 9) return undefined;
  // (the header's cells are short column words, none of them a park)
  let w = 1;
  while (h + w < cells.length && w <= 8 && !rowPark(cells[h + w]!, table)) w++;
  if (w < 3 || w > 8 || h + w >= cells.length) return undefined;
  const body = cells.slice(h + w);
  if (body.length % w !== 0 || body.length / w < 2 || cells.slice(h, h + w).some((c) => !c || c.length > 12)) return undefined;
  const start = lineStart + line.search(/\S/);
  const end = lineStart + line.trimEnd().length;
  const rows: Row[] = [];
  for (let r = 0; r < body.length / w; r++) {
    const row = body.slice(r * w, (r + 1) * w);
    if (row.some((c) => !c || c.length > 80) || !rowPark(row[0]!, table)) return undefined;
    rows.push({ start, end, cells: row });
  }
  return rows;
}

export function parkRowEdges(doc: StructuredDoc, table: EntityTable, edges: EdgeSet, ctx: IngestContext): void {
  cellPartEdges(doc, table, edges);
  const { norm, text } = doc.source;
  const docId = documentId(doc.source.file);
  const inTable = (at: number) => (doc.tables ?? []).some((t) => t.start <= at && at < t.end);
  const groups: Row[][] = [];
  let run: Row[] = [];
  let at = 0;
  for (const line of norm.split('\n')) {
    const start = at;
    at += line.length + 1;
    const flat = oneLineRows(line, start) ?? barLineRows(line, start, table);
    if (flat && !inTable(start)) {
      if (run.length >= 2) groups.push(run);
      run = [];
      groups.push(flat);
      continue;
    }
    const cells = line.split(/[｜|]/).map((c) => c.trim());
    const ok = cells.length >= 3 && cells.every((c) => c.length > 0 && c.length <= 80) && !inTable(start);
    if (ok && (!run.length || run[0]!.cells.length === cells.length)) {
      run.push({ start: start + line.search(/\S/), end: start + line.trimEnd().length, cells });
      continue;
    }
    if (run.length >= 2) groups.push(run);
    run = ok ? [{ start: start + line.search(/\S/), end: start + line.trimEnd().length, cells }] : [];
  }
  if (run.length >= 2) groups.push(run);
  for (const rows of groups) {
    const parks = rows.map((r) => rowPark(r.cells[0]!, table));
    if (parks.some((p) => !p)) continue;
    // each other column's kind, by every item of every row
    const width = rows[0]!.cells.length;
    const kinds: Kind[] = [];
    for (let c = 1; c < width; c++) {
      const all = rows.flatMap((r) => items(r.cells[c]!)).map((x) => itemKind(x, table, ctx));
      // (firms: no industry among the items and most read as firms — a name the reader left is still the column's)
      const firms = all.filter((k) => k === 'firm').length;
      kinds[c] = !all.length ? 'other' : all.every((k) => k === 'industry') ? 'industry' : firms >= 2 && firms * 4 >= all.length * 3 ? 'firm' : 'other';
    }
    rows.forEach((r, i) => {
      const park = parks[i]!;
      table.at(r.start);
      const ev: Evidence = { documentId: docId, section: '表格', text: text.slice(r.start, r.end), start: r.start, end: r.end };
      for (let c = 1; c < width; c++) {
        for (const item of items(r.cells[c]!)) {
          if (kinds[c] === 'industry') {
            const lx = ctx.index.lookup(item);
            const x = table.find('Industry', item) ?? table.industry(item, lx?.type === 'industry' ? lx.entry : undefined, 'segment');
            edges.add('HOSTS', park.id, x.id, ev, JUDGED.planned);
          } else if (kinds[c] === 'firm' && (itemKind(item, table, ctx) === 'firm' || (plausibleBareName(item) && !table.find('Industry', item)))) {
            const f = table.find('Enterprise', item) ?? table.org(item, 'Enterprise');
            if (f.label === 'Enterprise') edges.add('LOCATED_IN', f.id, park.id, ev, JUDGED.settled);
          }
        }
      }
    });
  }
}

/** A park cell naming a park and a part of it written after its name: 云阳工业园区|人和组团, 合川工业园区|草街拓展区. */
const CELL_PART = /^([\u4e00-\u9fff]{2,16}?(?:工业园区|产业园区|园区|经济技术开发区|经济开发区|开发区|高新区|经开区|新区|工业园|产业园))([\u4e00-\u9fff]{2,3}(?:组团|拓展区))$/;
/** A park cell named by a 园 ending alone (三里畈农产品加工园): a park in a column of parks, not a verb's object or a kind. */
const CELL_GARDEN = /^[\u4e00-\u9fff]{3,14}园$/;

/**
 * The park of a headed park table's park cell (园区名称 | 主导产业 | …) that no name ending types: a part written after its
 * park (云阳工业园区人和组团 → 人和组团, a part of 云阳工业园区: parkRowEdges adds that tie), or a name ending in 园 (三里畈农产品
 * 加工园) — the column says it is a park. Called by tables.ts for the cells its own typing leaves.
 */
export function parkCell(item: string, table: EntityTable): Entity | undefined {
  const known = table.find('Park', item);
  if (known) return known;
  const part = CELL_PART.exec(item);
  if (part) {
    if (isGenericName(part[1]!, '', () => false) || !typeBySuffix(part[1]!)) return undefined;
    return table.find('Park', part[2]!) ?? table.org(part[2]!, 'Park', 'area');
  }
  if (!CELL_GARDEN.test(item) || !parkByEnding(item.replace(/园$/, '产业园')) || isGenericName(item, '园', () => false)) return undefined;
  return table.org(item, 'Park', 'park');
}

/** PART_OF for the parts parkCell read in headed park tables (云阳工业园区人和组团 → 人和组团 PART_OF 云阳工业园区). */
function cellPartEdges(doc: StructuredDoc, table: EntityTable, edges: EdgeSet): void {
  const docId = documentId(doc.source.file);
  for (const t of doc.tables ?? []) {
    const k = t.header.findIndex((h) => columnRole(h) === 'park');
    if (k < 0 || !t.rowCells) continue;
    for (const r of t.rowCells) {
      const c = r.cells[k];
      const part = c ? CELL_PART.exec(doc.source.norm.slice(c.start, c.end).trim()) : null;
      if (!part) continue;
      const a = table.find('Park', part[2]!);
      const whole = table.find('Park', part[1]!) ?? (a ? table.org(part[1]!, 'Park', typeBySuffix(part[1]!)?.kind ?? 'park') : undefined);
      if (!a || !whole || a.id === whole.id || a.label !== 'Park' || whole.label !== 'Park') continue;
      const ev: Evidence = { documentId: docId, section: '表格', text: doc.source.text.slice(r.start, r.end), start: r.start, end: r.end };
      edges.add('PART_OF', a.id, whole.id, ev, JUDGED.byName);
    }
  }
}

/**
 * A headed park table's row (园区名称 | 主导产业 | 重点企业 | 招引方向): the firms of its firm column stand in the row's one park
 * (stated, as in a headerless row). A park cell naming several parks does not say which holds which firm; a column of
 * targets (招引方向, 目标企业) is what the park seeks, not what it has, and places nothing.
 */
export function placeParkRowFirms(cells: readonly { role: string; text: string }[], firms: readonly Entity[], table: EntityTable, edges: EdgeSet, ev: Evidence): void {
  const parkCells = cells.filter((c) => c.role === 'park');
  if (parkCells.length !== 1 || !firms.length) return;
  const text = parkCells[0]!.text.trim();
  if (/[、,，;；/／]/.test(text)) return;
  const park = rowPark(text, table);
  if (!park || park.label !== 'Park') return;
  for (const f of new Set(firms)) if (f.label === 'Enterprise') edges.add('LOCATED_IN', f.id, park.id, ev, JUDGED.settled);
}
