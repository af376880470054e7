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
 * Measure id: measure:<doc stem>:<number>. When a number repeats within a document
 * (002 numbers （一）… again under 保障措施) the index of its top-level section qualifies it.
 */
export function measureId(doc: StructuredDoc, index: number): string {
  const docId = documentId(doc.source.file);
  const m = doc.measures[index];
  if (!m) throw new Error(`measureId: no measure at index ${index} in ${doc.source.file}`);
  const stem = docId.slice('doc:'.length);
  const dup = doc.measures.filter((x) => x.number === m.number).length > 1;
  if (!dup) return `measure:${stem}:${m.number}`;
  const top = m.sectionPath[0] ?? '';
  const same = doc.measures.filter((x, i) => i < index && x.number === m.number).length;
  return `measure:${stem}:${top ? top.replace(/[、.．\s].*$/, '') + '/' : ''}${m.number}${same > 0 && !top ? '#' + same : ''}`;
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
