// Word segmentation (jieba) for name boundaries: a name starts after the last verb, preposition,
// conjunction, adverb, pronoun or particle before its suffix (要求|国家高新区 → generic;
// 推进|天津先进技术研究院 → named). Verbs that occur inside names (创新, 研究, 联合 …) don't stop it.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let jieba: Jieba | undefined;
function instance(): Jieba {
  if (!jieba) jieba = Jieba.withDict(dict);
  return jieba;
}

const STOP_TAGS = /^(v|vd|vi|p|c|d|r|u|uj|ul|uz|ug|uv|ud|y|e|o|m)$/;
const NAME_VERBS = new Set(
  '创新 研究 发展 合作 协同 联合 交互 共融 制造 检测 应用 服务 计算 转化 孵化 设计 制备 试验 实验 监测 管理 运营 示范 引领 融合 保障 教育 处理 测试 评审 探采 利用 生产 研发 开发 工程 集成 育成 培养 加工 焊接 创业 互联 感知 控制 装配 交易 传感 分析 合成 存储 通信 支付 到家 量子 驱动 智造 通用 伟业 康复 安防 网联 通 智慧 泛在 融通 人机 清科 动力 天开 协和 再生'.split(' '),
);

/** Positions in `s` where a name may start (after a stop word), ascending; always includes 0. */
export function nameStarts(s: string): number[] {
  const cuts = [0];
  let pos = 0;
  for (const t of instance().tag(s, true)) {
    const end = pos + t.word.length;
    const verb = /^(v|vd|vi)$/.test(t.tag);
    const stop =
      STOP_TAGS.test(t.tag) &&
      !NAME_VERBS.has(t.word) &&
      !(verb && (t.word.length > 2 || t.word.length === 1)) &&
      !(t.tag === 'm' && /^[A-Za-z0-9]+$/.test(t.word));
    if (stop || /^[、，,。;；:：“”"\s]+$/.test(t.word)) cuts.push(end);
    pos = end;
  }
  return [...new Set(cuts)].sort((a, b) => a - b);
}
