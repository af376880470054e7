// What an import tells its user: the summary, every rejected row with its line and reason, the
// warnings, the doubtful matches (not merged, for review) and the merges; and the same as a CSV file.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { ImportResult } from './import.ts';
import { KIND_ZH, type MatchKind } from './resolve.ts';
import { where } from './rows.ts';

/** Warnings listed one by one up to this many per code; the rest are counted. */
const WARNINGS_SHOWN = 20;

export function summaryLines(r: ImportResult): string[] {
  return [
    `企业名录 ${r.file}（${r.format}${r.encoding ? `，${r.encoding}` : ''}）→ 来源 ${r.sourceId}：读取 ${r.rows} 行，导入 ${r.loaded} 家企业，拒绝 ${r.rejected} 行` +
      ` / registry ${r.file}: ${r.rows} rows read, ${r.loaded} enterprises imported, ${r.rejected} rows rejected`,
    `  与图中已有企业合并 ${r.stats.merged} 家，存疑 ${r.stats.doubtful} 家（未合并，待审核），新增 ${r.stats.newEnterprises} 家；` +
      `IN_INDUSTRY ${r.stats.inIndustry} 条，LOCATED_IN ${r.stats.locatedIn} 条${r.stats.newParks ? `，新园区 ${r.stats.newParks} 个` : ''}${r.mergedCells ? `，合并单元格 ${r.mergedCells} 个` : ''}` +
      ` / merged with enterprises already in the graph: ${r.stats.merged}, doubtful (kept apart, for review): ${r.stats.doubtful}, new: ${r.stats.newEnterprises}`,
  ];
}

export function printImport(r: ImportResult, out: (s: string) => void, err: (s: string) => void): void {
  for (const l of summaryLines(r)) out(l + '\n');
  for (const l of r.mapping) out(l + '\n');
  const errors = r.issues.filter((i) => i.severity === 'error');
  if (errors.length) {
    err(`错误（该行未导入）/ errors (row not imported): ${errors.length}\n`);
    for (const i of errors) err(`  ✗ [${i.code}] ${i.message}\n`);
  }
  const warnings = r.issues.filter((i) => i.severity === 'warning');
  if (warnings.length) {
    err(`警告（该行已导入，个别值被忽略）/ warnings (row imported, a value ignored): ${warnings.length}\n`);
    const byCode = new Map<string, typeof warnings>();
    for (const w of warnings) byCode.set(w.code, [...(byCode.get(w.code) ?? []), w]);
    for (const [code, ws] of byCode) {
      for (const w of ws.slice(0, WARNINGS_SHOWN)) err(`  ! [${code}] ${w.message}\n`);
      if (ws.length > WARNINGS_SHOWN) err(`  ! [${code}] 另有 ${ws.length - WARNINGS_SHOWN} 行 / ${ws.length - WARNINGS_SHOWN} more (--issues FILE lists all)\n`);
    }
  }
  if (r.doubtful.length) {
    out(`存疑匹配（未合并，待审核）/ doubtful matches (not merged, for review): ${r.doubtful.length}\n`);
    for (const d of r.doubtful) {
      out(`  ? ${where(d)} ${d.legalName} ≟ ${d.candidateName} (${d.candidateId})  得分 ${d.score}，${KIND_ZH[d.kind as MatchKind] ?? d.kind}${d.reasons.length ? '；' + d.reasons.join('；') : ''}\n`);
    }
  }
  if (r.merged.length) {
    out(`已合并 / merged: ${r.merged.length}\n`);
    for (const m of r.merged) out(`  = 第 ${m.line} 行 ${m.legalName} → ${m.name} (${KIND_ZH[m.kind as MatchKind] ?? m.kind}，${m.score})\n`);
  }
}

function csvCell(v: string | number | undefined): string {
  const s = v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** All issues and doubtful matches as one CSV (UTF-8 with BOM, so Excel opens it right). */
export function issuesCsv(r: ImportResult): string {
  const rows: (string | number | undefined)[][] = [['类型 kind', '工作表 sheet', '行 line', '级别 severity', '代码 code', '字段 field', '说明 message']];
  for (const i of r.issues) rows.push(['issue', i.sheet, i.line, i.severity, i.code, i.field, i.message]);
  for (const d of r.doubtful) {
    rows.push(['doubtful', d.sheet, d.line, 'review', d.kind, d.candidateId, `${d.legalName} ≟ ${d.candidateName}（${d.score}）${d.reasons.join('；')}`]);
  }
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export async function writeIssuesCsv(path: string, r: ImportResult): Promise<void> {
  await mkdir(dirname(resolve(path)), { recursive: true });
  await writeFile(path, issuesCsv(r));
}
