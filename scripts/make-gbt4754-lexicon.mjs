// Builds seeds/lexicon/gbt4754.tsv from the GB/T 4754-2017 reference table (code, level, name; the
// standard's notes are left out) and the team's mapping of codes onto the taxonomy (MAPPING below).
// Run: node scripts/make-gbt4754-lexicon.mjs ../shared/reference/gbt4754-2017.tsv > seeds/lexicon/gbt4754.tsv
// After that the TSV is the source of truth: edit its `industries` column directly.
import { readFileSync } from 'node:fs';

// code → [industries (first = edge target, rest = context for name resolution), confidence]
// A mapping applies to the code and every code below it, unless a longer code has its own row.
const MAPPING = {
  C27: ['生物医药', 0.8],
  C2761: ['生物医药|细胞与基因治疗|细胞产业', 0.8],
  C2762: ['生物医药|基因治疗|创新药', 0.8],
  C2730: ['现代中医药|生物医药', 0.8],
  C2740: ['现代中医药|生物医药', 0.8],
  C2750: ['', 0],
  C3581: ['医疗器械|生物医药', 0.85],
  C358: ['医疗器械|生物医药', 0.85],
  C3586: ['医疗器械|生物医药', 0.7],
  C3587: ['', 0],
  C3544: ['医疗器械|生物医药', 0.5],
  M7340: ['生物医药', 0.7],
  Q8492: ['健康新经济|生物医药', 0.6],
  C3911: ['整机|基础硬件|信创', 0.75],
  C3912: ['基础硬件|信创', 0.6],
  C3913: ['基础硬件|信创', 0.6],
  C3914: ['基础硬件|智能装备', 0.6],
  C3915: ['信息安全|信创', 0.8],
  C3919: ['新一代信息技术', 0.7],
  C392: ['新一代信息技术|量子通信', 0.7],
  C393: ['新一代信息技术', 0.6],
  C3939: ['智能安防|新一代信息技术', 0.7],
  C3940: ['新一代信息技术', 0.6],
  C395: ['', 0],
  C3961: ['智能终端设备|新一代信息技术', 0.7],
  C3962: ['智能网联汽车|新能源汽车', 0.7],
  C3963: ['低空经济|高端装备', 0.8],
  C3964: ['机器人|高端装备', 0.8],
  C3969: ['智能终端设备', 0.6],
  C397: ['半导体|新一代信息技术', 0.75],
  C3973: ['集成电路|芯片|半导体', 0.85],
  C3972: ['半导体|第三代半导体', 0.8],
  C3976: ['半导体', 0.7],
  C398: ['新一代信息技术', 0.6],
  C3985: ['新材料|半导体', 0.75],
  C3562: ['集成电路|半导体', 0.75],
  I6511: ['基础软件|操作系统|数据库|信创', 0.8],
  I6512: ['基础软件|信创', 0.75],
  I6513: ['应用软件|信创', 0.75],
  I6519: ['软件系统', 0.6],
  I6520: ['集成电路|芯片', 0.85],
  I6531: ['软件集成|信创+服务', 0.65],
  I6532: ['物联网', 0.75],
  I6540: ['新一代信息技术', 0.6],
  I6550: ['云计算|大数据', 0.7],
  I6560: ['新一代信息技术', 0.6],
  I657: ['新一代信息技术', 0.6],
  I6599: ['新一代信息技术', 0.5],
  I63: ['新一代信息技术', 0.6],
  I643: ['平台经济|互联网平台服务', 0.75],
  I642: ['互联网平台服务', 0.6],
  I6440: ['信息安全', 0.8],
  I6450: ['大数据|云计算', 0.75],
  C3841: ['动力电池|新型储能|新能源', 0.85],
  C384: ['新能源', 0.6],
  C3825: ['光伏|新能源', 0.85],
  C3415: ['风电|新能源', 0.85],
  D4415: ['风电|新能源', 0.8],
  D4416: ['光伏|新能源', 0.8],
  C374: ['航空航天|高端装备', 0.85],
  C371: ['轨道交通|高端装备', 0.8],
  C3720: ['轨道交通|高端装备', 0.85],
  C373: ['海洋装备|高端装备', 0.7],
  C3737: ['海洋装备|高端装备', 0.85],
  C3612: ['新能源汽车|高端装备', 0.85],
  C3491: ['机器人|智能装备|高端装备', 0.85],
  C3492: ['机器人|智能装备|高端装备', 0.85],
  C3493: ['智能装备|高端装备', 0.75],
  C34: ['装备制造|高端装备', 0.6],
  C35: ['装备制造|高端装备', 0.6],
  C4011: ['智能装备|装备制造', 0.6],
  C3073: ['新材料', 0.7],
  C3091: ['新材料', 0.7],
  C2659: ['新材料', 0.6],
  C3240: ['新材料', 0.6],
  C3254: ['新材料', 0.6],
  C3832: ['新一代信息技术', 0.6],
  C3833: ['新一代信息技术', 0.6],
};

const src = readFileSync(process.argv[2], 'utf8').split('\n');
const out = [
  '# GB/T 4754-2017 国民经济行业分类 (national industry classification): every code with its level and name, from',
  '# ../shared/reference/gbt4754-2017.tsv (the standard\'s notes left out). Used by `kg import-enterprises` to',
  '# validate and name a registry\'s 行业代码 and to map it onto the taxonomy (industries.tsv).',
  '# Columns (tab-separated): code = section letter + digits; level = 1 门类, 2 大类, 3 中类, 4 小类; name;',
  '# industries = taxonomy names the code maps to, separated by | (the first one gets the IN_INDUSTRY edge, the',
  '# others only help name resolution judge whether a registry row and a document\'s firm are in the same field);',
  '# confidence = of that edge (basis registry). A row without industries inherits from the nearest shorter code',
  '# that has them (C3973 → C397 → C39); a row whose industries is `-` stops the inheritance.',
  '# The mapping is the team\'s own judgement, edit freely. Source quirk fixed: the second `C374 飞机制造` is C3741.',
  'code\tlevel\tname\tindustries\tconfidence',
];
let seen = new Set();
for (const line of src) {
  if (!line.trim() || line.startsWith('#') || line.startsWith('code\t')) continue;
  let [code, level, name] = line.split('\t');
  name = name.trim();
  if (seen.has(code)) {
    if (code === 'C374' && name === '飞机制造') { code = 'C3741'; level = '4'; } else continue;
  }
  seen.add(code);
  const m = MAPPING[code];
  const ind = m ? (m[0] === '' ? '-' : m[0]) : '';
  const conf = m && m[0] ? String(m[1]) : '';
  out.push([code, level, name, ind, conf].join('\t'));
}
for (const k of Object.keys(MAPPING)) if (!seen.has(k)) console.error('mapping for unknown code', k);
process.stdout.write(out.join('\n') + '\n');
