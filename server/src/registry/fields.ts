// The fields of an enterprise registry (企业名录) and how column headers map onto them.
// Common Chinese (and a few English) header names are recognised; anything else is mapped
// explicitly with `--map 列名=field` (or `--map 列名=字段名`), or ignored.

export const FIELDS = [
  'name', // 企业名称 (legal name)
  'shortName', // 企业简称
  'creditCode', // 统一社会信用代码
  'industryCode', // 国民经济行业代码 (GB/T 4754-2017)
  'industryName', // 国民经济行业 / 所属行业 (as text)
  'address', // 注册地址 / 住所
  'district', // 所属区县
  'park', // 所属园区
  'products', // 主营产品 / 主营业务
  'scope', // 经营范围
  'founded', // 成立日期
  'capital', // 注册资本
  'employees', // 从业人员 / 员工人数
  'tags', // 标签 / 企业标签 / 资质
  'listing', // 上市情况 / 股票代码
] as const;
export type Field = (typeof FIELDS)[number];

export function isField(x: string): x is Field {
  return (FIELDS as readonly string[]).includes(x);
}

/** Chinese label of each field (for messages, the evidence text and the CSV export). */
export const FIELD_LABEL: Record<Field, string> = {
  name: '企业名称',
  shortName: '企业简称',
  creditCode: '统一社会信用代码',
  industryCode: '行业代码',
  industryName: '所属行业',
  address: '注册地址',
  district: '所属区县',
  park: '所属园区',
  products: '主营产品',
  scope: '经营范围',
  founded: '成立日期',
  capital: '注册资本',
  employees: '从业人员',
  tags: '企业标签',
  listing: '上市情况',
};

/**
 * Header names per field, compared after `headerKey` (no spaces, brackets or units, lower case).
 * Order matters only for the error message listing them.
 */
const HEADERS: Record<Field, string[]> = {
  name: ['企业名称', '公司名称', '单位名称', '企业全称', '公司全称', '名称', '市场主体名称', '机构名称', '企业名', 'company', 'companyname', 'name', 'enterprise', 'enterprisename'],
  shortName: ['企业简称', '公司简称', '简称', 'shortname', 'abbreviation'],
  creditCode: ['统一社会信用代码', '社会信用代码', '信用代码', '统一代码', '统一信用代码', 'uscc', 'creditcode', 'unifiedsocialcreditcode'],
  industryCode: ['国民经济行业代码', '行业代码', '国标行业代码', '国民经济行业分类代码', '行业分类代码', '国民经济行业分类', '行业小类代码', 'industrycode', 'gbcode', 'nic'],
  industryName: ['国民经济行业', '所属行业', '行业', '行业名称', '国标行业', '行业门类', '行业类别', '行业小类', '国民经济行业名称', 'industry'],
  address: ['注册地址', '企业地址', '住所', '地址', '经营地址', '注册地', '通讯地址', '办公地址', '住所地', 'address'],
  district: ['所属区县', '所属区', '区县', '所在区', '行政区', '行政区划', 'district'],
  park: ['所属园区', '所在园区', '园区', '所属功能区', '功能区', '所属载体', '载体', '园区名称', 'park'],
  products: ['主营产品', '主要产品', '主营业务', '主导产品', '产品', '主营产品及服务', '主要产品及服务', 'products', 'mainproducts'],
  scope: ['经营范围', '业务范围', 'scope', 'businessscope'],
  founded: ['成立日期', '成立时间', '注册日期', '成立年份', '设立日期', '登记日期', 'founded', 'established', 'foundingdate'],
  capital: ['注册资本', '注册资金', '注册资本金', 'registeredcapital', 'capital'],
  employees: ['从业人员', '员工人数', '从业人数', '职工人数', '人员规模', '参保人数', 'employees', 'staff'],
  tags: ['标签', '企业标签', '资质', '企业资质', '荣誉资质', '企业类型标签', '认定类型', '资质认定', 'tags', 'labels'],
  listing: ['上市情况', '上市状态', '是否上市', '股票代码', '证券代码', '上市板块', 'listing', 'ticker'],
};

/** Units written in a header: 注册资本（万元）→ unit 万元. */
export interface HeaderInfo {
  field: Field;
  unit?: string;
}

/** Compares headers without spaces, brackets and what is inside them, and case. */
export function headerKey(h: string): string {
  return h
    .normalize('NFKC')
    .replace(/[（(【[][^）)】\]]*[）)】\]]/g, '')
    .replace(/[\s_\-—:：*＊#\ufeff\u200b]/g, '')
    .toLowerCase();
}

function unitOf(h: string): string | undefined {
  const m = /[（(【[]\s*([^）)】\]]+?)\s*[）)】\]]/.exec(h.normalize('NFKC'));
  return m ? m[1] : undefined;
}

const LOOKUP = new Map<string, Field>();
for (const f of FIELDS) for (const h of HEADERS[f]) LOOKUP.set(headerKey(h), f);

/** The field a header names, if it is one of the common names. */
export function recogniseHeader(header: string): HeaderInfo | undefined {
  const field = LOOKUP.get(headerKey(header));
  if (!field) return undefined;
  const unit = unitOf(header);
  return unit ? { field, unit } : { field };
}

/** Explicit mappings from the command line: `--map 公司=name`, `--map 所在地=address`. */
export type ColumnMap = Map<string, Field | null>;

/** Field names accepted on the right of `--map`: English field names, their Chinese labels, or `-` (ignore). */
export function parseMapArg(arg: string): [string, Field | null] {
  const i = arg.lastIndexOf('=');
  if (i <= 0 || i === arg.length - 1) throw new Error(`--map 的格式应为 列名=字段 / --map must look like COLUMN=FIELD, got "${arg}"`);
  const column = arg.slice(0, i).trim();
  const target = arg.slice(i + 1).trim();
  if (target === '-' || target === 'ignore' || target === '忽略') return [column, null];
  if (isField(target)) return [column, target];
  const byLabel = LOOKUP.get(headerKey(target));
  if (byLabel) return [column, byLabel];
  throw new Error(`未知字段「${target}」/ unknown field "${target}"; 可用 / known: ${FIELDS.join(', ')}`);
}

export interface HeaderMapping {
  /** Column index → field (null: ignored). */
  columns: (HeaderInfo | null)[];
  /** Headers neither recognised nor mapped (ignored; reported once). */
  unmapped: string[];
  /** `--map` entries that named no column of the file. */
  unusedMaps: string[];
  /** Fields named by more than one column: the first wins, the others are listed here. */
  duplicates: { field: Field; headers: string[] }[];
}

export function mapHeaders(headers: string[], explicit: ColumnMap = new Map()): HeaderMapping {
  const columns: (HeaderInfo | null)[] = [];
  const unmapped: string[] = [];
  const seen = new Map<Field, string[]>();
  const used = new Set<string>();
  const explicitByKey = new Map([...explicit].map(([k, v]) => [headerKey(k), { key: k, field: v }]));
  headers.forEach((h) => {
    const ex = explicitByKey.get(headerKey(h)) ?? (explicit.has(h) ? { key: h, field: explicit.get(h)! } : undefined);
    let info: HeaderInfo | null | undefined;
    if (ex) {
      used.add(ex.key);
      if (ex.field === null) info = null;
      else {
        const unit = unitOf(h);
        info = unit ? { field: ex.field, unit } : { field: ex.field };
      }
    } else {
      info = recogniseHeader(h) ?? null;
      if (!info && h.trim()) unmapped.push(h.trim());
    }
    if (info) {
      const list = seen.get(info.field) ?? [];
      list.push(h.trim());
      seen.set(info.field, list);
      if (list.length > 1) info = null; // the first column of a field wins
    }
    columns.push(info);
  });
  const duplicates = [...seen].filter(([, hs]) => hs.length > 1).map(([field, hs]) => ({ field, headers: hs }));
  const unusedMaps = [...explicit.keys()].filter((k) => !used.has(k));
  return { columns, unmapped, unusedMaps, duplicates };
}

/** How well a row of cells looks like a header row: the number of distinct recognised fields. */
export function headerScore(cells: string[], explicit: ColumnMap = new Map()): number {
  const fields = new Set<string>();
  const explicitKeys = new Set([...explicit.keys()].map(headerKey));
  for (const c of cells) {
    if (!c) continue;
    const f = recogniseHeader(c)?.field ?? (explicitKeys.has(headerKey(c)) ? `explicit:${headerKey(c)}` : undefined);
    if (f) fields.add(f);
  }
  return fields.size;
}

export function knownHeadersHelp(): string {
  return FIELDS.map((f) => `${f}: ${HEADERS[f].filter((h) => /[\u4e00-\u9fff]/.test(h)).slice(0, 4).join('/')}`).join('; ');
}
