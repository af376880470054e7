// An accessible data grid (WAI-ARIA grid pattern) of parks × columns: one roving tab stop, arrow
// keys / Home / End / PageUp / PageDown (Ctrl+Home / Ctrl+End) move it, Enter or Space opens what is
// under it (a cell's facts, a row's park, a column's chain). Every cell has a spoken name; the
// header row and the park column stay in view while scrolling.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { intensity, moveFocus, type CellSummary, type GridColumn, type GridPos, type GridRow, type GridView } from '../parks.ts';
import { basisZh, parkKindZh } from '../labels.ts';
import { LabelIcon } from './LabelIcon.tsx';
import { t } from '../i18n.ts';

export interface MatrixGridProps {
  view: GridView;
  /** Accessible name of the grid. */
  label: string;
  /** Text of the corner header (what the rows and columns are). */
  corner: string;
  selected: { row: string; col: string } | null;
  /** The column the rows are sorted by (aria-sort). */
  sortedBy?: string | null;
  parentName(id: string | null): string;
  onOpenCell(row: GridRow, col: GridColumn): void;
  onOpenRow(row: GridRow): void;
  onOpenColumn(col: GridColumn): void;
  /** What opening a column does, for its title. */
  columnAction: string;
}

/** The spoken summary of a cell. */
export function cellText(s: CellSummary): string {
  if (s.total === 0) return t('无');
  const parts: string[] = [];
  if (s.segments) parts.push(t('承载环节 {n}', { n: s.segments }));
  if (s.enterprises) parts.push(t('企业 {n}', { n: s.enterprises }));
  if (s.labs) parts.push(t('机构 {n}', { n: s.labs }));
  const bases = Object.entries(s.bases)
    .map(([b, n]) => `${t(basisZh(b))} ${n}`)
    .join('，');
  return `${parts.join('，')}；${bases}${s.weak ? `；${t('弱关系 {n}', { n: s.weak })}` : ''}${s.more ? `；${t('另有更多事实')}` : ''}`;
}

export function MatrixGrid(props: MatrixGridProps) {
  const { view, label, corner, selected, sortedBy, parentName, onOpenCell, onOpenRow, onOpenColumn, columnAction } = props;
  const { rows, columns } = view;
  const [pos, setPos] = useState<GridPos>({ r: 1, c: 1 });
  const tableRef = useRef<HTMLTableElement>(null);
  const moved = useRef(false);

  // Keep the tab stop inside the grid when rows or columns change.
  const r = Math.min(pos.r, rows.length);
  const c = Math.min(pos.c, columns.length);
  useEffect(() => {
    if (r !== pos.r || c !== pos.c) setPos({ r, c });
  }, [r, c, pos.r, pos.c]);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    tableRef.current?.querySelector<HTMLElement>(`[data-r="${pos.r}"][data-c="${pos.c}"]`)?.focus();
  }, [pos]);

  const activate = (at: GridPos) => {
    const row = rows[at.r - 1];
    const col = columns[at.c - 1];
    if (at.r === 0 && col) onOpenColumn(col);
    else if (at.c === 0 && row) onOpenRow(row);
    else if (row && col) onOpenCell(row, col);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const target = e.target as HTMLElement;
    if (target.dataset.r === undefined) return;
    const at = { r: Number(target.dataset.r), c: Number(target.dataset.c) };
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      activate(at);
      return;
    }
    const next = moveFocus(at, e.key, e.ctrlKey || e.metaKey, rows.length, columns.length);
    if (!next) return;
    e.preventDefault();
    moved.current = true;
    setPos(next);
  };

  const tab = (rr: number, cc: number) => (rr === r && cc === c ? 0 : -1);
  const focusAt = (rr: number, cc: number) => () => setPos({ r: rr, c: cc });

  return (
    <div className="grid-scroll">
      <table ref={tableRef} className="matrix-grid" role="grid" aria-label={label} aria-rowcount={rows.length + 1} aria-colcount={columns.length + 1} onKeyDown={onKeyDown}>
        <thead>
          <tr role="row" aria-rowindex={1}>
            <th role="columnheader" className="corner" data-r={0} data-c={0} tabIndex={tab(0, 0)} onFocus={focusAt(0, 0)} aria-colindex={1}>
              {corner}
            </th>
            {columns.map((col, i) => (
              <th
                key={col.id}
                role="columnheader"
                className={'col-head' + (col.missing ? ' missing' : '')}
                data-r={0}
                data-c={i + 1}
                data-col={col.id}
                aria-colindex={i + 2}
                tabIndex={tab(0, i + 1)}
                onFocus={focusAt(0, i + 1)}
                onClick={() => onOpenColumn(col)}
                title={`${col.name} · ${columnAction}`}
                aria-sort={sortedBy === col.id ? 'descending' : undefined}
                aria-description={col.missing ? t('缺失：无园区承载') : undefined}
              >
                {col.group && <span className="col-group">{col.group}</span>}
                <span className="col-name">{col.name}</span>
                {col.missing ? <span className="missing-badge">{t('缺失')}</span> : col.note && <span className="col-note">{col.note}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, ri) => {
            const rr = ri + 1;
            const parent = view.flat && row.parentId ? parentName(row.parentId) : '';
            return (
              <tr key={row.id} role="row" aria-rowindex={rr + 1} data-row={row.id}>
                <th
                  role="rowheader"
                  scope="row"
                  className={`row-head depth-${Math.min(row.depth, 4)}`}
                  style={view.flat ? undefined : { paddingLeft: 10 + Math.min(row.depth, 6) * 16 }}
                  data-r={rr}
                  data-c={0}
                  aria-colindex={1}
                  tabIndex={tab(rr, 0)}
                  onFocus={focusAt(rr, 0)}
                  onClick={() => onOpenRow(row)}
                  title={t('在探索中打开「{name}」', { name: row.name })}
                >
                  <span className="row-name">{row.name}</span>
                  {row.kind && <span className="kind-chip">{t(parkKindZh(row.kind) ?? row.kind)}</span>}
                  {parent && <span className="row-parent">{t('属 {name}', { name: parent })}</span>}
                </th>
                {columns.map((col, ci) => {
                  const s = view.summary(row.id, col.id);
                  const cc = ci + 1;
                  const isSel = !!selected && selected.row === row.id && selected.col === col.id;
                  return (
                    <td
                      key={col.id}
                      role="gridcell"
                      className={`cell tone-${s.tone} i${intensity(s.total)}` + (isSel ? ' selected' : '')}
                      data-r={rr}
                      data-c={cc}
                      data-cell={`${row.id}|${col.id}`}
                      data-total={s.total}
                      aria-colindex={cc + 1}
                      aria-selected={isSel}
                      tabIndex={tab(rr, cc)}
                      onFocus={focusAt(rr, cc)}
                      onClick={() => onOpenCell(row, col)}
                    >
                      <span className="sr-only">{`${row.name} × ${col.name}：${cellText(s)}`}</span>
                      {s.total > 0 && (
                        <span className="cell-counts" aria-hidden="true">
                          {s.segments > 0 && (
                            <span className="cc">
                              <LabelIcon label="Industry" size={10} />
                              {s.segments}
                            </span>
                          )}
                          {s.enterprises > 0 && (
                            <span className="cc">
                              <LabelIcon label="Enterprise" size={10} />
                              {s.enterprises}
                            </span>
                          )}
                          {s.labs > 0 && (
                            <span className="cc">
                              <LabelIcon label="Lab" size={10} />
                              {s.labs}
                            </span>
                          )}
                          {s.tone === 'planned' && <span className="cell-tag">{t('规划')}</span>}
                          {s.more && <span className="cell-more">+</span>}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
