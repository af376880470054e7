// Deterministic ids. The same input gives the same ids; nodes stated by several documents
// merge in the store because they share an id.
import type { Label } from '../model.ts';
import type { StructuredDoc } from './types.ts';

/** Document id from the file's base name: 000_3f46.txt → doc:000_3f46 */
export function documentId(file: string): string {
  const base = file.replace(/^.*[\\/]/, '');
  const stem = base.replace(/\.(txt|docx|html?|pdf)$/i, '');
  return `doc:${stem}`;
}

/**
 * Measure id: measure:<doc stem>:<number>. When a number repeats within a document (000 numbers
 * 1. 2. 3. again under 三、保障措施; 002 numbers （一）… again under a second 四、) it is qualified by
 * its top-level section: the section's number when that separates the repeats, else the section's
 * compact title; a remaining clash gets #<occurrence>.
 */
const byNumberCache = new WeakMap<StructuredDoc['measures'], Map<string, number[]>>();

/** Indices of the measures sharing each number (cached per measures array; rebuilt if it grew). */
function sameNumber(doc: StructuredDoc, number: string): number[] {
  let map = byNumberCache.get(doc.measures);
  const total = map ? [...map.values()].reduce((a, b) => a + b.length, 0) : -1;
  if (!map || total !== doc.measures.length) {
    map = new Map();
    doc.measures.forEach((x, i) => {
      const arr = map!.get(x.number);
      if (arr) arr.push(i);
      else map!.set(x.number, [i]);
    });
    byNumberCache.set(doc.measures, map);
  }
  return map.get(number) ?? [];
}

export function measureId(doc: StructuredDoc, index: number): string {
  const docId = documentId(doc.source.file);
  const m = doc.measures[index];
  if (!m) throw new Error(`measureId: no measure at index ${index} in ${doc.source.file}`);
  const stem = docId.slice('doc:'.length);
  const same = sameNumber(doc, m.number).map((i) => ({ x: doc.measures[i]!, i }));
  if (same.length === 1) return `measure:${stem}:${m.number}`;
  const byNumber = (x: { sectionPath: string[] }) => (x.sectionPath[0] ?? '').replace(/[、.．\s].*$/, '');
  const byTitle = (x: { sectionPath: string[] }) => (x.sectionPath[0] ?? '').replace(/[\s\p{P}]/gu, '');
  for (const q of [byNumber, byTitle]) {
    const mine = q(m);
    if (!mine) continue;
    if (same.filter(({ x }) => q(x) === mine).length === 1) return `measure:${stem}:${mine}/${m.number}`;
  }
  const qual = byTitle(m);
  const occurrence = same.filter(({ x, i }) => i < index && byTitle(x) === qual).length;
  return `measure:${stem}:${qual ? qual + '/' : ''}${m.number}${occurrence > 0 ? '#' + (occurrence + 1) : ''}`;
}

/** Department id, scoped by jurisdiction: dept:津南区:区科技局 */
export function departmentId(jurisdiction: string, canonicalName: string): string {
  return `dept:${jurisdiction}:${canonicalName}`;
}

const PREFIX: Record<Exclude<Label, 'Document' | 'Measure' | 'Department'>, string> = {
  Industry: 'industry',
  Enterprise: 'enterprise',
  Lab: 'lab',
  Park: 'park',
};

/** Entity id from its canonical name: industry:信创 */
export function entityId(label: keyof typeof PREFIX, canonicalName: string): string {
  return `${PREFIX[label]}:${canonicalName}`;
}
