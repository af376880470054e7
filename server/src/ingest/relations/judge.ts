// How sure one sentence makes a relation, by the way the genre states it (ARCHITECTURE.md,
// "Confidence and basis"; the combination of several sentences is in server/src/basis.ts).
import type { Judged } from '../../basis.ts';

const j = (basis: Judged['basis'], confidence: number): Judged => ({ basis, confidence });

export const JUDGED = {
  /** A measure names an organisation. */
  mention: j('stated', 0.95),
  /** A typed list says which firm makes what (依托A、B等面板企业), 以A为龙头, 集聚了A, one firm for one field. */
  stated: j('stated', 0.9),
  /** A firm or lab relied on for the industry the sentence sits under (heading, lead, measure title). */
  context: j('stated', 0.8),
  /** A segment under a measure title joining two levels, neither named by it: the first of the two (a reading, not a statement). */
  firstOfTwo: j('stated', 0.6),
  /**
   * A firm filed untyped on a chain map's stage line that lists several items and names no level (【中游】X、Y和Z。
   * 重点企业：A): in one of the items, the map not saying which — a tie to each, listed and below the threshold (a
   * list is not a cross-product: at 0.6 these ties added 7 wrong edges and no right one on an unseen set).
   */
  oneOfLevel: j('listed', 0.4),
  /** A place in a place by its name (高新区华苑片区, 经开区西区). */
  byName: j('stated', 0.95),
  /** 入驻/落户/位于: a firm settled in a park. */
  settled: j('stated', 0.9),
  /**
   * The industry a sentence is about (its heading's, its measure's or the document's), for an organisation the
   * sentence names or builds on without typing it (依托A、B，扩大X和Y供给 in a 新型显示 plan: A is in 新型显示).
   */
  about: j('stated', 0.7),
  /** Named in a park's section as one of what it is built on (以…为重点, 依托…等载体). */
  section: j('stated', 0.7),
  /** The government's plan: 在P重点发展X, 在P建设Q, a measure that targets an industry. */
  planned: j('planned', 0.8),
  /** A measure's title names the industry. */
  title: j('planned', 0.85),
  /** Chain structure the text lays out (上游/中游/下游, A—B—C, X包括A、B). */
  structure: j('stated', 0.9),
  /** Chain order by position words across headings. */
  position: j('stated', 0.85),
  /** From the lexicon, both ends named in view (a parent, a chain order). */
  lexiconParent: j('lexicon', 0.65),
  lexiconOrder: j('lexicon', 0.6),
  /** Intent for named actors: 鼓励/支持/引导 A 布局 X. */
  encouraged: j('encouraged', 0.35),
} as const;

/**
 * Co-mentioned in one untyped list (依托A、B，发展X、Y): the pairing is not stated. The more pairs the
 * list makes, the less each is worth; always below the threshold.
 */
export function listed(pairs: number): Judged {
  const c = 0.45 / Math.sqrt(Math.max(1, pairs / 4));
  return j('listed', Math.round(Math.max(0.1, Math.min(0.45, c)) * 100) / 100);
}
