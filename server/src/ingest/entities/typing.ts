// Typing organisation names by suffix and by the category word that closes an enumeration,
// and telling named entities from generic phrases (国家实验室, 龙头企业, 主题园区 …).
import type { OrgLabel } from '../lexicon/index.ts';
import { words } from './segment.ts';

export interface OrgType {
  label: OrgLabel;
  kind?: string;
  /** Suffix that typed the name. */
  suffix: string;
  /** Weak suffixes (中心, 平台, 基地) type a name only with support from context. */
  weak?: boolean;
}

// Longest suffix wins. Order within the table does not matter (sorted below).
const SUFFIXES: [string, OrgLabel, string | undefined, boolean?][] = [
  ['股份有限公司', 'Enterprise', undefined],
  ['有限责任公司', 'Enterprise', undefined],
  ['有限公司', 'Enterprise', undefined],
  ['公司', 'Enterprise', undefined],
  ['集团', 'Enterprise', undefined],
  ['实验室', 'Lab', 'lab'],
  ['创新中心', 'Lab', 'innovation_center'],
  ['分中心', 'Lab', 'innovation_center'],
  ['技术中心', 'Lab', 'innovation_center'],
  ['研究中心', 'Lab', 'institute'],
  ['研发中心', 'Lab', 'institute'],
  ['研究院', 'Lab', 'institute'],
  ['研究所', 'Lab', 'institute'],
  // 西北有色金属研究院宝鸡分院: an institute's branch
  ['分院', 'Lab', 'institute'],
  ['设计院', 'Lab', 'institute'],
  ['十八所', 'Lab', 'institute'],
  ['大学', 'Lab', 'university'],
  ['学院', 'Lab', 'university'],
  // 成都纺织高等专科学校: a college of the 专科 rank is named like a university (学校 alone stays a common noun)
  ['专科学校', 'Lab', 'university'],
  ['医学部', 'Lab', 'university'],
  ['校区', 'Lab', 'university'],
  // 东北大学秦皇岛分校: a university's branch campus in another city, written like a 校区
  ['分校', 'Lab', 'university'],
  ['孵化器', 'Lab', 'platform'],
  ['众创空间', 'Lab', 'platform'],
  ['研究设施', 'Lab', 'platform'],
  ['平台', 'Lab', 'platform', true],
  ['中心', 'Lab', 'platform', true],
  ['产业园区', 'Park', 'park'],
  ['园区', 'Park', 'park'],
  ['工业园区', 'Park', 'park'],
  ['配套园', 'Park', 'park'],
  ['产业园', 'Park', 'park'],
  ['科技园', 'Park', 'park'],
  ['工业园', 'Park', 'park'],
  // 猇亭化工园, 枝江姚家港化工园: a chemical park (三个化工园 stays a count)
  ['化工园', 'Park', 'park'],
  // 潜江龙虾物流园, 医药物流园: a logistics park
  ['物流园', 'Park', 'park'],
  ['加工园', 'Park', 'park'],
  ['小镇', 'Park', 'park', true],
  ['创新园', 'Park', 'park'],
  ['软件园', 'Park', 'park'],
  ['科创园', 'Park', 'park'],
  ['南园', 'Park', 'park'],
  ['片区', 'Park', 'area'],
  ['开发区', 'Park', 'zone'],
  ['高新区', 'Park', 'zone'],
  ['经开区', 'Park', 'zone'],
  ['新区', 'Park', 'zone', true],
  ['工业集中区', 'Park', 'zone'],
  // 南昌临空经济区, 鄂州临空经济区, 天津空港经济区: an airport economic zone (not every 经济区: 成渝经济区 is a region)
  ['临空经济区', 'Park', 'zone'],
  ['空港经济区', 'Park', 'zone'],
  // 湘潭九华经济区, 临高新盈渔港经济区, 东兴边境经济合作区, 广清经济特别合作区: a zone named by its place (regions, 北部湾经济区, are screened in places.ts)
  ['经济区', 'Park', 'zone'],
  ['合作区', 'Park', 'zone'],
  ['产业区', 'Park', 'zone'],
  ['保税区', 'Park', 'zone'],
  ['综保区', 'Park', 'zone'],
  ['工业区', 'Park', 'zone'],
  ['示范区', 'Park', 'zone', true],
  ['试验区', 'Park', 'zone', true],
  ['生态城', 'Park', 'zone'],
  ['科技城', 'Park', 'zone', true],
  // 中国东南（福建）科学城, 甬江科创区: a science city and a 科创区 are zones of their own (with a name before them)
  ['科学城', 'Park', 'zone', true],
  ['科创区', 'Park', 'area', true],
  ['新城', 'Park', 'zone', true],
  ['城', 'Park', 'park', true],
  ['港', 'Park', 'park', true],
  ['先导区', 'Park', 'zone', true],
  // 博鳌乐城国际医疗旅游先行区: a pilot zone with a name before it (a goal, 建成…先行区, is read as none)
  ['先行区', 'Park', 'zone', true],
  ['创新区', 'Park', 'area', true],
  ['西区', 'Park', 'area'],
  ['基地', 'Park', 'base', true],
  ['集聚区', 'Park', 'cluster', true],
  ['聚集区', 'Park', 'cluster', true],
  ['谷', 'Park', 'cluster'],
];
SUFFIXES.sort((a, b) => b[0].length - a[0].length);

/** Suffix words, for locating name ends in free text (longest first). */
export const ORG_SUFFIX_WORDS: string[] = SUFFIXES.map((s) => s[0]);

/** Names ending like a government body are departments, not ours. */
const DEPARTMENT_END = /(局|委|办|办公室|管委会|委员会|政府|派出所|部门|单位|小组|分局|联盟|协会)$/;

/** Suffixes by last character's code (longest first). */
const SUFFIXES_BY_LAST = new Map<number, typeof SUFFIXES>();
for (const s of SUFFIXES) SUFFIXES_BY_LAST.set(s[0].charCodeAt(s[0].length - 1), [...(SUFFIXES_BY_LAST.get(s[0].charCodeAt(s[0].length - 1)) ?? []), s]);

export function typeBySuffix(name: string): OrgType | undefined {
  const cands = SUFFIXES_BY_LAST.get(name.charCodeAt(name.length - 1));
  if (!cands) return undefined;
  if (DEPARTMENT_END.test(name)) return undefined;
  // 吴忠现代物□园: one character the conversion lost inside a kind word of three characters or more — the kind is
  // what the other characters spell (the name keeps its mark)
  const lost = name.search(/[\u25a1\ufffd]/);
  if (lost >= 0 && lost >= name.length - 3) {
    for (const [suf, label, kind, weak] of cands) {
      const from = name.length - suf.length;
      if (suf.length < 3 || from < 2 || lost < from) continue;
      if (![...suf].every((c, i) => c === name[from + i] || from + i === lost)) continue;
      const t: OrgType = { label, suffix: name.slice(from) };
      if (kind) t.kind = kind;
      if (weak) t.weak = true;
      return t;
    }
  }
  for (const [suf, label, kind, weak] of cands) {
    if (name.endsWith(suf) && name.length > suf.length) {
      const t: OrgType = { label, suffix: suf };
      if (kind) t.kind = kind;
      if (weak) t.weak = true;
      // 谷 only as a cluster name of 2+ chars before it (信创谷, 细胞谷, 中国脑机谷), not 低谷/光谷制造
      if (suf === '谷' && name.length < 3) return undefined;
      // 城/港 only as a place name of 3+ characters (光谷生物城, 生物医药港, 贵阳大数据科创城), not 城市/长城/港口
      if (/^(城|港|新城|科技城)$/.test(suf) && (name.length < 4 || name.length - suf.length > 8 || /(长城|京城|全城|主城|县城|省城|都城)$/.test(name))) return undefined;
      return t;
    }
  }
  return undefined;
}

/** Category words that close an enumeration (…等企业 / 等高校 / 等为创新源头) and type its items. */
const CATEGORY: [RegExp, OrgLabel, string | undefined][] = [
  [/^[^,，。;；、]{0,6}?的(企业|公司)(?!家)/, 'Enterprise', undefined],
  [/^(一批|一系列|各类)?(行业|国内|知名|重点|优势|龙头|骨干|代表|代表性|核心|特色|明星|领军|头部|标杆|仿真|传感器|科技型|数据库服务|靶点发现|核心芯片设计|量子通信龙头)*(企业|公司|集团|厂商|链主)(?!家)/, 'Enterprise', undefined],
  // 阿斯利康、武田制药等外资药企 / 中航西飞、中国航发等央企: the genre's short words for kinds of firm
  // (理想汽车、小鹏汽车等新势力车企: any short qualifier before the kind)
  // (伊利、蒙牛等乳企 / 雨润等肉企 / 等茶企: any one character of trade before 企 — not 政企, 校企, 银企, pairs of parties)
  [/^(一批|各类)?[\u3400-\u9fff]{0,4}?(?:央企|国企|民企|外企|(?<![政校银院])[\u3400-\u9fff]企)(?![业])/, 'Enterprise', undefined],
  // 以A、B为龙头 / 为链主: the firms that lead a chain
  [/^为(龙头|链主|龙头企业|链主企业|引领|牵引)/, 'Enterprise', undefined],
  [/^(一批|各类)?(知名|重点|双一流)?(高校|大学|高等院校|高等学校)/, 'Lab', 'university'],
  [/^(一批|各类)?(科研院所|院所|研究院所|科研机构|研究机构|研发机构|高校院所)/, 'Lab', 'institute'],
  [/^(一批|各类)?(重要|高能级|重大)?(创新平台|研发平台|平台|创新中心|实验室|战略咨询机构|机构)(?=$|[为的,，。;；)）]|建设|作用)/, 'Lab', 'platform'],
  // (伊川产业集聚区、宜阳产业集聚区等县域园区: a scope word before the kind of park)
  [/^(一批|各类)?(专业|县域|县级|市级|省级)?(载体|园区|产业园|片区|基地|集聚区|孵化载体)/, 'Park', undefined],
  [/^(一批|各类)?高新区/, 'Park', 'zone'],
  // 包括A、B和C三个园区 / 两个片区: a count of parts typed by its place word
  [/^[两二三四五六七八九十\d]+个(园区|产业园|片区|组团)/, 'Park', undefined],
];

/**
 * A typed list: …等面板企业, 等玻璃基板企业, 等无人机整机企业 — the kind of firm names its industry, so
 * the items are firms. Not when the word before 企业 qualifies rather than names (等先进企业, 等高成长企业:
 * the items are then kinds of firm or fields), nor …等领域企业 / 等新兴产业企业 (the items are fields).
 */
// (…等锻件和滚动体企业 / 等保持架与密封件企业 / 等电池片和组件企业: a kind of firm may join two kinds)
// (tried without the joiner first, and never across a kind already closed: 等钢材企业和北岭动力等… is the kind 钢材)
const TYPED_FIRMS = /^((?:(?:(?!企业|厂商)[^，,。；;、和与及的等“”"]){1,8}?[和与及](?!一批))??[^，,。；;、和与及的“”"]{2,12}?)(?:龙头|骨干|重点|领军|头部|代表性?|核心|优势|配套|链主)*(?:企业|厂商)(?!家|主体|总数|数量|梯度|培育|研发中心|研发投入|研发机构|技术中心)/;
// (…型 qualifies firms, 科技型/创新型; not 大模型, a product: 等大模型企业 names the firms' industry)
const QUALIFIER = /(先进|优秀|领先|高成长|成长型|创新型|新兴|优质|知名|高新技术|科技型|中小|上市|规上|规模以上|外资|民营|国有|本地|各类|一批|雏鹰|瞪羚|独角兽|小巨人|专精特新|有潜力|潜在|重点|骨干|头部|标杆|领军|龙头|相关|上下游|配套|产业链|领域|产业|行业|赛道|方向|环节|业态|(?<!模)型|[性级类])$/;

/** Words before 企业 that rank or qualify firms rather than name their industry (全球行业领先企业, 境外500强企业). */
export function qualifiesFirms(before: string): boolean {
  return QUALIFIER.test(before) || /(\d+强|百强|十强|领先|一流)$/.test(before);
}

/**
 * Verbs and means in the words before 企业: the list is of means or kinds (融资租赁、供应链融资等手段解决企业…), or of
 * products a clause says come from firms elsewhere (汽车内饰革、高端箱包等高附加值产品主要依靠外地企业生产).
 */
const TYPED_NOT = /(解决|推进|推动|促进|支持|引导|带动|培育|扶持|帮助|吸引|鼓励|提供|满足|建设|打造|手段|方式|措施|途径|方面|形式|的|依靠|依赖|来自|需要|主要|仍|尚)/;

/** Type from the words after 等 (the text of the sentence following the enumeration). */
export function typeByCategory(after: string): { label: OrgLabel; kind?: string; byKind?: true } | undefined {
  for (const [re, label, kind] of CATEGORY) {
    if (re.test(after)) return kind ? { label, kind } : { label };
  }
  const m = TYPED_FIRMS.exec(after);
  if (m && !QUALIFIER.test(m[1]!) && !/(领域|产业|行业|赛道|方向|环节|业态)/.test(m[1]!) && !TYPED_NOT.test(m[1]!)) return { label: 'Enterprise', byKind: true };
  return undefined;
}

/** A phrase stating a shortcoming (数量偏少, 能级不高, 配套率偏低): a judgment, never a name. */
const SHORTCOMING = /(偏少|偏低|偏弱|偏小|偏慢|不高|不足|不够|不强|不优|不全|不畅|较弱|较少|较低|较小|缺乏|缺失|滞后|薄弱|短缺|匮乏)$/;

// Vocabulary that carries no proper-name content. A name made only of these (plus a suffix)
// is generic: 国家重点实验室, 市级产业创新中心, 科技型中小企业, 主题园区, 海河实验室 …
const GENERIC_WORDS = [
  '国家级', '国家', '全国', '省级', '市级', '区级', '天津市', '天津', '北京', '本市', '我市', '我区', '区内', '园区内',
  '重点', '工程', '技术', '创新', '产业', '企业', '制造业', '新型', '研发', '公共', '服务', '孵化', '龙头', '骨干',
  '科技型', '科技', '中小', '高新技术', '特色', '主题', '专业化', '专业', '概念验证', '中试', '小试', '检验检测',
  '一批', '各类', '相关', '合作', '产学研', '协同', '联合', '共性', '功能性', '要素', '综合', '大型', '高等',
  '高校', '科研', '院所', '市场化', '外资', '现代', '数字化', '双创', '众创', '未来', '学科交叉', '全链条', '示范',
  '试点', '集聚', '高质量', '高水平', '一流', '境外', '国际', '区域', '博士后', '工作站', '实践', '就业见习',
  '大学生实训', '留学生', '留学人员', '开放式', '重大', '海外', '机构', '各级', '海河', '应用', '战略', '科学',
  '基础', '设施', '支撑', '新', '高端', '体系', '成果转化', '转化', '技术转移', '发展', '产业化', '建设', '多元化',
  '新兴', '前沿', '标杆', '头部', '领军', '优质', '知名', '各', '等', '的', '和', '与', '及', '、', '级', '类',
  '一', '个', '批', '家', '型', '性', '化', '业', '省', '市', '区', '部', '创业', '企业家', '人才', '创新型',
  '产业技术', '工业', '制造', '企业技术', '工程技术', '工程研究', '研究', '实验', '检测', '测试', '认证', '培训',
  '运营', '管理', '金融', '信息', '数据', '联合体', '产教', '融合', '生态', '智慧', '绿色', '先行', '试验',
  '全市', '县域', '市域', '新区', '以上', '上', 'IDC', '融通', '未来技术', '办公', '展馆', '科技部', '科技感', '高能级', '能级', '北方', '南方', '西部', '中部', '备案', '城市', '驱动', '活力', '离岸', '共建', '高', '国内', '国外', '主导', '功能', '提升', '国资', '投资', '国有', '民营', '跨国', '政府', '中介', '第三方', '商业', '传统', '现有', '省内', '东部', '中西部', '先进', '有条件', '符合条件', '伙伴', '产业互补', '世界一流', '高科技', '产业化', '先进制造', '自主', '主体', '开放', '转型升级', '引领', '高新', '高科技', '创新型产业', '外贸', '滨海新区', '新一代', '规模以上', '上市', '孵化载体', '载体', '基地', '平台', '中心', '园', '开源',
  // (对新认定的自治区重点实验室 / 对新获批国家级技术创新中心的: a rank and an award name a category of lab, none)
  '自治区', '自治区级', '获批', '新获批', '认定', '新认定',
  // (建设链上创新平台: a platform on the chain, none named)
  '链上',
  // (向合规化工园区集中: parks that comply, a category)
  '合规',
  // (对首次入选国家级制造业单项冠军、专精特新“小巨人”的企业: titles the state awards firms name a rank of firm, none)
  // (探索共建“飞地园区”: an enclave is a kind of park, no park's name)
  '飞地',
  '专精特新', '小巨人', '单项冠军', '隐形冠军', '瞪羚', '独角兽', '雏鹰',
  // (目前园区已建成标准厂房: a time word before 园区 points at a park named before, it names none)
  '目前', '当前', '现阶段', '今后', '近期', '近年来', '届时', '同时', '此外', '其中', '整个',
];
GENERIC_WORDS.sort((a, b) => b.length - a.length);
/** The generic words that are places: stripped as vocabulary, but a place before 化工园区 makes it a park's name. */
const PLACE_WORDS = new Set(['天津市', '天津', '北京', '滨海新区']);
const GENERIC_SET = new Set(GENERIC_WORDS);
/** The generic words by their first and by their last character's code, each list longest first. */
const GENERIC_BY_FIRST = new Map<number, string[]>();
const GENERIC_BY_LAST = new Map<number, string[]>();
for (const w of GENERIC_WORDS) {
  for (const [map, c] of [[GENERIC_BY_FIRST, w.charCodeAt(0)], [GENERIC_BY_LAST, w.charCodeAt(w.length - 1)]] as const) {
    const l = map.get(c);
    if (l) l.push(w);
    else map.set(c, [w]);
  }
}
const NO_WORDS: string[] = [];

/** Is `s` one of the generic words (国家, 全国, 企业 …)? */
export function isGenericWord(s: string): boolean {
  return GENERIC_SET.has(s);
}

/**
 * 向合规化工园区集中, 全市化工园区以外, 第三节 专业化工园区: a qualifier (a generic word) and then one common noun or
 * industry term before the bare word 园区 name a category of parks (化工园区 is one the state certifies), not a park.
 * A park's own name opens with its place (鹤城化工园区, 兴化园区); 高端化工新材料产业园 and 电子信息产业园 have a
 * longer suffix and are not read here.
 */
function categoryOfParks(core: string, rest: string, industryTerms: (s: string) => boolean): boolean {
  if (rest === core) return false;
  if (industryTerms(rest)) return true;
  const ws = words(rest);
  return ws.length === 1 && ws[0]!.tag === 'n';
}

/**
 * True when `name` has no proper-name part once its suffix is removed: 国家实验室, 重点实验室,
 * 龙头企业, 科技型中小企业, 创新平台, 主题园区, 市级产业创新中心. Industry terms count as proper
 * for parks (氢能产业园) but not for weak suffixes (工业互联网平台).
 */
export function isGenericName(name: string, suffix: string, industryTerms: (s: string) => boolean, weak = false): boolean {
  // (链主企业数量偏少、创新平台能级不高等短板: a shortcoming the text states is no name)
  if (SHORTCOMING.test(name)) return true;
  let rest = name.slice(0, name.length - suffix.length).replace(/^[内的在了与和及等好]+/, '').replace(/[“”"]/g, '');
  if (!rest) return true;
  if (/领域|^[\d一二三四五六七八九十两几多]+[个大家批所谷区核条]|^[\d一二三四五六七八九十两几多]+$|其他|^各/.test(rest)) return true;
  if (suffix === '大学' || suffix === '学院' || suffix === '专科学校') return /^(国内|国外|境内外|国际|知名|重点|一流|双一流|高等|各类|相关|其他|本地|市属|在津|全市|我市|现代产业|产业|未来技术)*$/.test(rest);
  // Strip generic vocabulary greedily from the left.
  const whole = rest;
  let guard = 0;
  let placed = false;
  while (rest && guard++ < 50) {
    const w = (GENERIC_BY_FIRST.get(rest.charCodeAt(0)) ?? NO_WORDS).find((g) => rest.startsWith(g));
    if (w) {
      placed ||= PLACE_WORDS.has(w);
      rest = rest.slice(w.length);
      continue;
    }
    break;
  }
  if (!rest) return true;
  // (北京化工园区, 天津化工园区: a place opens the name, so it is that place's park, no category of parks)
  if (suffix === '园区' && !placed && categoryOfParks(whole, rest, industryTerms)) return true;
  // strip generic words from the right too: 信创产业创新(平台) → 信创
  rest = rest.replace(/[()（）]/g, '');
  for (let g = 0; g < 20; g++) {
    const w = (GENERIC_BY_LAST.get(rest.charCodeAt(rest.length - 1)) ?? NO_WORDS).find((x) => rest.endsWith(x) && rest.length > x.length);
    if (!w) break;
    rest = rest.slice(0, -w.length);
  }
  if (!rest || GENERIC_SET.has(rest)) return true;
  if (weak && industryTerms(rest)) return true;
  return false;
}
