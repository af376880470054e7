// chains.tsv: industry-chain templates, editable by planners (see seeds/lexicon/README.md).
//
// One row per chain, stage or segment, tab-separated, `#` comments:
//   chain  position  order  stage  segment  parent  aliases
// - a row with only `chain` (and `parent`, `aliases`) declares a chain: its aliases, and the group
//   it belongs to (光伏 → 新能源). A chain that declares no stages is a group of chains;
// - a row with `position`, `order` and `stage` but no `segment` declares a stage (aliases of the
//   stage: 基础硬件产业链);
// - a row with a `segment` is a segment of that stage; `parent` names another segment of the same
//   stage it is part of (芯片设计 → 核心芯片).
// `position` is 上游, 中游, 下游 (with a positive `order`, 1 = most upstream; one order is one
// stage) or 横向 (cross-cutting, no order: 信息安全 across the 311 system, 冷链物流 across the cell
// chain). Aliases are separated by |. Every bad line is a KgError LEXICON_INVALID naming the file
// and the line.
import { KgError } from '../../errors.ts';
import { chainKey, CHAIN_COLUMNS, POSITION_RANK as RANK, POSITIONS, type ChainPosition, type ChainSegment, type ChainTemplate } from '../../chain-templates.ts';

export { ChainIndex, chainKey, type ChainPosition, type ChainSegment, type ChainStage, type ChainTemplate, type SegmentMatch } from '../../chain-templates.ts';

function invalid(file: string, line: number, reason: string): KgError {
  return new KgError('LEXICON_INVALID', `词表文件有误 / invalid lexicon file ${file}:${line}: ${reason}`, { details: { file, line } });
}

const split = (cell: string | undefined) =>
  (cell ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);

export function parseChains(text: string, file = 'chains.tsv'): ChainTemplate[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let header: string[] | undefined;
  let headerLine = 0;
  const chains = new Map<string, ChainTemplate>();
  const order: ChainTemplate[] = [];
  const declared = new Set<string>();
  const declaredStages = new Set<string>();
  /** Per chain: names and aliases already used, with their line (to refuse a name for two things). */
  const names = new Map<string, Map<string, number>>();
  const pendingParents: { chain: ChainTemplate; seg: ChainSegment }[] = [];

  const chainOf = (name: string, line: number): ChainTemplate => {
    let c = chains.get(name);
    if (!c) {
      c = { name, aliases: [], stages: [], cross: [], line };
      chains.set(name, c);
      order.push(c);
      names.set(name, new Map([[chainKey(name), line]]));
    }
    return c;
  };
  const claim = (c: ChainTemplate, n: string, line: number, what: string) => {
    const used = names.get(c.name)!;
    const k = chainKey(n);
    const prev = used.get(k);
    if (prev !== undefined && prev !== line) throw invalid(file, line, `「${n}」在链「${c.name}」中已用于第 ${prev} 行 / "${n}" already names something on line ${prev} of chain "${c.name}" (${what})`);
    used.set(k, line);
  };

  lines.forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim() || raw.trimStart().startsWith('#')) return;
    const cells = raw.split('\t').map((c) => c.trim());
    if (!header) {
      header = cells.map((c) => c.toLowerCase());
      headerLine = line;
      for (const col of CHAIN_COLUMNS) {
        if (!header.includes(col)) throw invalid(file, line, `表头缺少列「${col}」/ the header lacks the column "${col}" (expected: ${CHAIN_COLUMNS.join(', ')})`);
      }
      return;
    }
    const r: Record<string, string> = {};
    header.forEach((h, j) => (r[h] = cells[j] ?? ''));
    if (cells.length > header.length && cells.slice(header.length).some(Boolean)) throw invalid(file, line, `多出的列 / more cells than the header has (${header.length})`);
    const name = r.chain ?? '';
    if (!name) throw invalid(file, line, '链名（chain 列）为空 / empty chain name');
    const position = r.position ?? '';
    const orderCell = r.order ?? '';
    const stageName = r.stage ?? '';
    const segName = r.segment ?? '';
    const parent = r.parent ?? '';
    const aliases = split(r.aliases);

    // ---- chain declaration
    if (!position && !orderCell && !stageName && !segName) {
      if (declared.has(name)) throw invalid(file, line, `链「${name}」重复声明 / chain "${name}" declared twice`);
      declared.add(name);
      const c = chainOf(name, line);
      c.line = line;
      if (parent) {
        if (parent === name) throw invalid(file, line, `链「${name}」不能属于自身 / a chain cannot belong to itself`);
        c.parent = parent;
      }
      for (const a of aliases) claim(c, a, line, 'chain alias');
      c.aliases.push(...aliases);
      return;
    }
    if (!(POSITIONS as readonly string[]).includes(position)) throw invalid(file, line, `位置「${position}」无效，应为 ${POSITIONS.join('/')} / position must be one of ${POSITIONS.join(', ')}`);
    const pos = position as ChainPosition;
    const c = chainOf(name, line);

    // ---- cross-cutting segment
    if (pos === '横向') {
      if (orderCell) throw invalid(file, line, `横向环节不排序（order 列应为空）/ a cross-cutting segment has no order`);
      if (!segName) throw invalid(file, line, `横向行需要环节名（segment 列）/ a cross-cutting row needs a segment`);
      if (parent) throw invalid(file, line, `横向环节不能有上级 / a cross-cutting segment has no parent`);
      claim(c, segName, line, 'segment');
      for (const a of aliases) claim(c, a, line, 'segment alias');
      c.cross.push({ name: segName, aliases, position: pos, line });
      return;
    }

    // ---- stage (and segment of it)
    const ord = Number(orderCell);
    if (!/^\d+$/.test(orderCell) || ord < 1) throw invalid(file, line, `顺序「${orderCell}」应为正整数 / order "${orderCell}" must be a positive integer`);
    if (!stageName) throw invalid(file, line, `需要环节阶段名（stage 列）/ the stage column is empty`);
    let stage = c.stages.find((s) => s.order === ord);
    if (stage) {
      if (stage.name !== stageName) throw invalid(file, line, `顺序 ${ord} 已是阶段「${stage.name}」（第 ${stage.line} 行），此处为「${stageName}」/ order ${ord} is stage "${stage.name}" (line ${stage.line}), not "${stageName}"`);
      if (stage.position !== pos) throw invalid(file, line, `阶段「${stageName}」的位置前后不一（${stage.position} / ${pos}）/ stage "${stageName}" has two positions`);
    } else {
      if (c.stages.some((s) => s.name === stageName)) throw invalid(file, line, `阶段「${stageName}」已有另一个顺序 / stage "${stageName}" already has another order`);
      // positions follow the order: no 上游 stage after a 下游 one
      for (const s of c.stages) {
        if ((s.order < ord && RANK[s.position] > RANK[pos]) || (s.order > ord && RANK[s.position] < RANK[pos])) {
          throw invalid(file, line, `阶段「${stageName}」（${pos}，顺序 ${ord}）与「${s.name}」（${s.position}，顺序 ${s.order}）的位置和顺序矛盾 / position and order disagree with stage "${s.name}"`);
        }
      }
      claim(c, stageName, line, 'stage');
      stage = { order: ord, position: pos, name: stageName, aliases: [], segments: [], line };
      c.stages.push(stage);
      c.stages.sort((a, b) => a.order - b.order);
    }
    if (!segName) {
      if (parent) throw invalid(file, line, `阶段行不能有上级 / a stage row has no parent`);
      const sk = `${c.name}\u0000${stageName}`;
      if (declaredStages.has(sk)) throw invalid(file, line, `阶段「${stageName}」重复声明 / stage "${stageName}" declared twice`);
      declaredStages.add(sk);
      for (const a of aliases) claim(c, a, line, 'stage alias');
      stage.aliases.push(...aliases);
      return;
    }
    claim(c, segName, line, 'segment');
    for (const a of aliases) claim(c, a, line, 'segment alias');
    const seg: ChainSegment = { name: segName, aliases, order: ord, position: pos, line };
    if (parent) {
      if (parent === segName) throw invalid(file, line, `环节「${segName}」不能以自身为上级 / a segment cannot be its own parent`);
      seg.parent = parent;
      pendingParents.push({ chain: c, seg });
    }
    stage.segments.push(seg);
  });

  if (!header && order.length === 0) return [];
  // parents name a segment of the same stage; no cycles
  for (const { chain, seg } of pendingParents) {
    const all = chain.stages.flatMap((s) => s.segments);
    const p = all.find((x) => x.name === seg.parent);
    if (!p) throw invalid(file, seg.line, `上级「${seg.parent}」不是链「${chain.name}」的环节 / parent "${seg.parent}" is no segment of chain "${chain.name}"`);
    if (p.order !== seg.order) throw invalid(file, seg.line, `上级「${p.name}」在另一阶段（第 ${p.line} 行）/ parent "${p.name}" is in another stage`);
    const seen = new Set<string>([seg.name]);
    for (let x: ChainSegment | undefined = p; x; x = x.parent ? all.find((y) => y.name === x!.parent) : undefined) {
      if (seen.has(x.name)) throw invalid(file, seg.line, `上级关系成环（${[...seen].join(' → ')}）/ parents form a cycle`);
      seen.add(x.name);
    }
  }
  // chain groups name declared chains; no cycles
  for (const c of order) {
    if (!c.parent) continue;
    if (!chains.has(c.parent)) throw invalid(file, c.line, `链「${c.name}」的上级链「${c.parent}」未声明 / group "${c.parent}" is not declared`);
    const seen = new Set<string>([c.name]);
    for (let x = chains.get(c.parent); x; x = x.parent ? chains.get(x.parent) : undefined) {
      if (seen.has(x.name)) throw invalid(file, c.line, `链的归属成环（${[...seen].join(' → ')}）/ chain groups form a cycle`);
      seen.add(x.name);
    }
  }
  void headerLine;
  return order;
}

