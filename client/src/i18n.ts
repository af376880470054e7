// UI strings: Chinese is the source language; English comes from a small dictionary keyed by
// the Chinese text. `t('{n} 个节点', { n: 3 })` fills {placeholders}. Unknown keys fall back to
// Chinese, so a missing translation never breaks the UI.
import { useSyncExternalStore } from 'react';

export type Lang = 'zh' | 'en';

const EN: Record<string, string> = {
  产业链知识图谱: 'Industry-Chain Knowledge Graph',
  探索: 'Explore',
  产业链: 'Chains',
  路径: 'Paths',
  相关企业: 'Related',
  文件: 'Documents',
  'GraphQL 查询': 'GraphQL IDE',
  搜索: 'Search',
  '搜索部门、企业、产业、园区、文件…（支持拼音）': 'Search departments, enterprises, industries, parks… (pinyin ok)',
  正在搜索: 'Searching',
  搜索建议: 'Suggestions',
  '没有找到「{q}」相关的节点': 'Nothing found for “{q}”',
  拼音匹配: 'pinyin match',
  图谱规模: 'Graph size',
  '{n} 份文件': '{n} documents',
  '{n} 个节点': '{n} nodes',
  '{n} 条关系': '{n} edges',
  '{n} 个节点 · {m} 条关系': '{n} nodes · {m} edges',
  画布工具: 'Canvas tools',
  适应画布: 'Fit',
  放大: 'Zoom in',
  缩小: 'Zoom out',
  布局: 'Layout',
  力导向: 'Force (fcose)',
  层次: 'Hierarchical',
  同心圆: 'Concentric',
  重新布局: 'Re-layout',
  清空画布: 'Clear',
  撤销: 'Undo',
  重做: 'Redo',
  关系类型: 'Relationship types',
  导出: 'Export',
  '导出 PNG': 'Export PNG',
  '导出 SVG': 'Export SVG',
  '导出 JSON': 'Export JSON',
  '导出 CSV': 'Export CSV',
  '导出 GraphML': 'Export GraphML',
  复制链接: 'Copy link',
  '链接已复制': 'Link copied',
  快捷键: 'Keyboard shortcuts',
  '快捷键（?）': 'Shortcuts (?)',
  关闭: 'Close',
  '输入名称开始探索，例如：科技局、飞腾、信创': 'Type a name to start, e.g. 科技局, 飞腾, 信创',
  '单击节点或关系查看原文依据，双击节点展开相邻节点，右键打开菜单。':
    'Click a node or edge for its evidence, double-click to expand, right-click for a menu.',
  展开相邻节点: 'Expand neighbours',
  显示更多: 'Show more',
  查看详情: 'Details',
  从画布移除: 'Remove from canvas',
  在产业链中查看: 'Open chain view',
  查看相关企业: 'Related enterprises',
  设为路径起点: 'Set as path start',
  设为路径终点: 'Set as path end',
  节点菜单: 'Node menu',
  '正在加载「{name}」的关系…': 'Loading relations of “{name}”…',
  '正在展开「{name}」…': 'Expanding “{name}”…',
  '「{name}」的相邻节点较多，仅显示前 {n} 个。': '“{name}” has many neighbours; showing the first {n}.',
  '「{name}」暂无相连的节点。': '“{name}” has no connected nodes.',
  '「{name}」没有更多未显示的相邻节点。': '“{name}” has no more hidden neighbours.',
  加载失败: 'Loading failed',
  '正在恢复视图…': 'Restoring view…',
  无法获取图谱统计: 'Could not load graph statistics',
  关闭提示: 'Dismiss',
  关闭错误提示: 'Dismiss error',
  图例: 'Legend',
  '点击可隐藏/显示': 'click to hide/show',
  详情: 'Details',
  '← 返回': '← Back',
  阅读原文: 'Read document',
  查看原文: 'Open in text',
  在图中打开来源文件: 'Open the source document on the canvas',
  打开文件并定位到该句: 'Open the document at this sentence',
  语言: 'Language',
  // labels
  举措: 'Measure',
  部门: 'Department',
  产业: 'Industry',
  企业: 'Enterprise',
  机构: 'Lab',
  园区: 'Park',
  // chain view
  选择产业: 'Pick an industry',
  '选择一个产业或产业链，查看其环节、企业、园区与缺口。': 'Pick an industry or chain to see its segments, enterprises, parks and gaps.',
  上游: 'Upstream',
  下游: 'Downstream',
  '补链': 'Gap',
  '缺口 {n} 个': '{n} gaps',
  '环节 {n} 个': '{n} segments',
  '该产业没有下属环节。': 'This industry has no segments.',
  '在探索中打开': 'Open in Explore',
  上级产业: 'Parent',
  支持举措: 'Measures',
  '链上位置 {n}': 'Position {n}',
  // path view
  起点: 'From',
  终点: 'To',
  最大长度: 'Max length',
  查找路径: 'Find paths',
  '未找到 {n} 步以内的路径。': 'No path within {n} steps.',
  '路径 {i}（{n} 步）': 'Path {i} ({n} steps)',
  '选择起点和终点，查找两者之间的最短路径。': 'Pick two nodes to find the shortest paths between them.',
  依据: 'Evidence',
  // related
  选择企业: 'Pick an enterprise',
  '选择一个企业，查看按相关度排序的企业及理由。': 'Pick an enterprise to see related enterprises, ranked, with reasons.',
  相关度: 'Score',
  理由: 'Reasons',
  加入候选: 'Add to shortlist',
  候选名单: 'Shortlist',
  '候选名单为空：在左侧勾选企业加入。': 'Shortlist is empty: tick enterprises on the left.',
  '导出候选 CSV': 'Export shortlist CSV',
  清空候选: 'Clear shortlist',
  移除: 'Remove',
  '没有找到相关企业。': 'No related enterprises found.',
  // documents
  文件列表: 'Documents',
  上传文件: 'Upload',
  '拖放文件到此处，或': 'Drop a file here, or',
  选择文件: 'choose a file',
  '支持 txt、docx、html、pdf': 'txt, docx, html, pdf',
  '正在上传 {p}%': 'Uploading {p}%',
  '正在抽取…': 'Extracting…',
  '已导入「{name}」：{n} 个节点，{m} 条关系': 'Imported “{name}”: {n} nodes, {m} edges',
  成文日期: 'Date',
  发文机关: 'Issuer',
  文号: 'Number',
  '选择左侧的文件阅读原文。': 'Pick a document on the left to read it.',
  责任矩阵: 'Responsibility matrix',
  牵头: 'Lead',
  配合: 'Support',
  负责: 'Responsible',
  市级负责: 'City',
  '原文': 'Text',
  '该文件没有可识别的举措。': 'No measures recognised in this document.',
  '实体高亮': 'Entity highlights',
  // help
  '聚焦搜索框': 'Focus search',
  '显示快捷键': 'Show shortcuts',
  '适应画布 / 重新布局': 'Fit / re-layout',
  '展开所选节点': 'Expand selected node',
  '移除所选节点': 'Remove selected node',
  '选择上一个 / 下一个节点': 'Previous / next node',
  '切换视图': 'Switch view',
  '放大 / 缩小': 'Zoom in / out',
  '撤销 / 重做': 'Undo / redo',
  // views
  '「{a}」到「{b}」的最短路径': 'Shortest paths from “{a}” to “{b}”',
  '「{name}」产业链：按链上位置排列的环节': '“{name}” chain: segments by chain position',
  '上传进度': 'Upload progress',
  '上游 → 下游': 'Upstream → downstream',
  '不支持的文件类型「{ext}」：请上传 txt、docx、html 或 pdf': 'Unsupported file type “{ext}”: upload txt, docx, html or pdf',
  '与「{name}」相关的企业': 'Enterprises related to “{name}”',
  '交换起点和终点': 'Swap start and end',
  '产业链图': 'Chain diagram',
  '候选名单保存在本浏览器中，刷新页面不会丢失。': 'The shortlist is kept in this browser and survives a reload.',
  '单击环节查看清单，双击节点在探索中打开。': 'Click a segment to find it in the list; double-click a node to open it in Explore.',
  '原文中抽取到的部门、产业、企业、机构和园区按类型着色；责任矩阵列出每条举措的牵头和配合部门。': 'Departments, industries, enterprises, labs and parks found in the text are coloured by type; the responsibility matrix lists lead and supporting departments per measure.',
  '可以增大最大长度，或换一个起点或终点。': 'Try a larger maximum length, or another start or end.',
  '可以换一个产业，或在探索中查看它的关系。': 'Pick another industry, or open this one in Explore.',
  '合计': 'Total',
  '在图中定位「{name}」': 'Show “{name}” in the diagram',
  '定位': 'Locate',
  '市': 'C',
  '牵': 'L',
  '配': 'S',
  '负': 'R',
  '搜索产业或产业链，例如：信创': 'Search industries or chains, e.g. 信创',
  '搜索企业，例如：飞腾': 'Search enterprises, e.g. 飞腾',
  '支持 txt、docx、html、pdf（上限 25 MB）；导入后立即出现在图谱中。': 'txt, docx, html, pdf (up to 25 MB); the facts appear in the graph right away.',
  '文件内容': 'Document content',
  '文件名': 'File',
  '文件是空的': 'The file is empty',
  '文件过大（上限 25 MB），请拆分后再上传': 'File too large (25 MB max): split it and upload the parts',
  '无企业且无园区': 'no enterprise and no park',
  '有环节的产业': 'Industries with segments',
  '未找到该文件。': 'Document not found.',
  '来自': 'from',
  '正在加载…': 'Loading…',
  '正在加载产业链…': 'Loading the chain…',
  '正在加载文件…': 'Loading the document…',
  '正在加载文件列表…': 'Loading documents…',
  '正在查找路径…': 'Finding paths…',
  '正在计算相关企业…': 'Ranking related enterprises…',
  '环节清单': 'Segments',
  '相关企业排名': 'Related enterprises, ranked',
  '终点：企业、园区、产业、部门…': 'End: enterprise, park, industry, department…',
  '起点：企业、园区、产业、部门…': 'Start: enterprise, park, industry, department…',
  '视图': 'Views',
  '该企业尚未与环节、园区或举措关联；可以在探索中查看它的关系。': 'This enterprise is not linked to a segment, park or measure yet; open it in Explore to see its relations.',
  '该关系没有记录原文依据。': 'No evidence recorded for this relation.',
  '该文件可能已被移除；请从左侧列表重新选择。': 'The document may have been removed; pick one from the list.',
  '该文件没有可显示的文本。': 'This document has no text to show.',
  '该环节尚无企业和园区，是补链招商的方向。': 'No enterprise or park yet: a target for filling the chain.',
  '请检查起点和终点是否存在，或重新选择。': 'Check that start and end exist, or pick them again.',
  '请确认产业 ID 是否正确，或从上方重新选择产业。': 'Check the industry id, or pick an industry above.',
  '请确认所选节点是企业，或重新选择。': 'Check that the node is an enterprise, or pick another.',
  '请确认服务已启动后重试。': 'Make sure the server is running, then retry.',
  '请选择': 'Choose…',
  '责任矩阵来自「牵头」「配合」「责任部门」等分工写法；该文件没有这类内容。': 'The matrix comes from lead/support assignments, which this document does not contain.',
  '责任角色': 'Roles',
  '路径图': 'Path diagram',
  '路径步骤': 'Steps',
  '还没有文件：上传一份政策文件开始。': 'No documents yet: upload a policy document to start.',
  '选择产业后，这里按链序列出各环节。': 'Pick an industry to list its segments in chain order.',
  '选择起点和终点后，这里逐步列出路径及每一步的原文依据。': 'Pick a start and an end to list each step with its evidence.',
  '重试': 'Retry',
  '（全库 {a} 个，画布上 {b} 个）': ' ({a} in the graph, {b} on the canvas)',
  '显示': 'Show',
  '隐藏': 'Hide',
  '包含': 'contains',
  '支持': 'supports',
  '提及': 'mentions',
  '承载': 'hosts',
  '创新支撑': 'innovates for',
  '所属产业': 'in industry',
  '位于': 'located in',
  '隶属': 'part of',
  '牵头建设': 'leads',
  '责任分工': 'responsibility',
  '查询失败': 'Query failed',
  '无法连接服务器，请检查服务是否已启动': 'Cannot reach the server: is it running?',
  '产业链图谱': 'Chain graph',
  // details panel
  '未找到该节点': 'Node not found',
  '未找到该关系': 'Relation not found',
  '加载详情失败': 'Could not load details',
  '点击图中的节点或关系查看详情。': 'Click a node or an edge to see its details.',
  '每条关系都附有政策原文依据；双击节点可展开其相邻节点。': 'Every relation carries the policy sentence behind it; double-click a node to expand it.',
  '正在加载详情…': 'Loading details…',
  '节点 ID': 'Node id',
  '举措原文': 'Measure text',
  '别名': 'Aliases',
  '所属文件': 'Document',
  '关系': 'Relations',
  '该节点没有关系。': 'This node has no relations.',
  '依据句数': 'Evidence sentences',
  '指向': 'to',
  '依据原文': 'Evidence',
  '全部属性（{n}）': 'All properties ({n})',
  '标题': 'Title',
  '适用辖区': 'Jurisdiction',
  '编号': 'Number',
  '章节': 'Section',
  '辖区': 'Jurisdiction',
  '层级': 'Level',
  '类别': 'Kind',
  // edge groups
  '包含举措': 'Measures',
  '负责举措': 'Measures responsible for',
  '责任部门': 'Responsible departments',
  '支持产业': 'Supports industries',
  '被举措提及': 'Named by measures',
  '承载产业': 'Hosts industries',
  '承载园区': 'Host parks',
  '创新支撑产业': 'Innovation source for',
  '创新支撑主体': 'Innovation sources',
  '产业内企业': 'Enterprises',
  '所在园区': 'Located in',
  '园区内主体': 'Located here',
  '隶属于': 'Part of',
  '下属': 'Parts',
  '下游产业': 'Downstream',
  '上游产业': 'Upstream',
  '牵头企业': 'Led by',
  '缩略图：单击可移动视图': 'Minimap: click to move the view',
  // 补链招商 (registry import, issue 14)
  补链招商: 'Fill the chain',
  侧栏: 'Side panel',
  选择园区: 'Choose a park',
  文件提到的全部园区: 'Every park the documents name',
  '本园区尚无企业的环节，以及园区外属于该环节的企业（来自文件和导入的企业名录），按环节匹配、规模和标签排序。': 'Segments with no enterprise in the park, and the enterprises elsewhere in each segment (from the documents and imported registries), ranked by segment match, size and tags.',
  '正在查找缺口环节与候选企业…': 'Finding gap segments and candidates…',
  '候选企业 {n} 家': '{n} candidates',
  '已有本地企业的环节 {n} 个': '{n} segments with local enterprises',
  '候选 {n} 家': '{n} candidates',
  '暂无候选企业：可在「文件」视图导入企业名录。': 'No candidates yet: import an enterprise registry in the Documents view.',
  得分: 'Score',
  企业名录: 'Enterprise registry',
  '暂无候选企业的缺口 {n} 个': '{n} gaps without candidates',
};

let current: Lang = readInitial();
const listeners = new Set<() => void>();

function readInitial(): Lang {
  try {
    const v = globalThis.localStorage?.getItem('kg.lang');
    if (v === 'en' || v === 'zh') return v;
  } catch {
    /* storage unavailable */
  }
  return 'zh';
}

export function getLang(): Lang {
  return current;
}

export function setLang(l: Lang): void {
  if (l === current) return;
  current = l;
  try {
    globalThis.localStorage?.setItem('kg.lang', l);
  } catch {
    /* ignore */
  }
  if (typeof document !== 'undefined') document.documentElement.lang = l === 'zh' ? 'zh-CN' : 'en';
  for (const f of listeners) f();
}

export function useLang(): Lang {
  return useSyncExternalStore(
    (f) => {
      listeners.add(f);
      return () => listeners.delete(f);
    },
    () => current,
    () => current,
  );
}

/** Translate a Chinese UI string (the key) into the current language, filling {placeholders}. */
export function t(zh: string, params?: Record<string, string | number>, lang: Lang = current): string {
  let s = lang === 'en' ? (EN[zh] ?? zh) : zh;
  if (params) s = s.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
  return s;
}

/** Exposed for the unit test that checks every key has a translation. */
export const DICTIONARY_EN: Readonly<Record<string, string>> = EN;
