// Markup never becomes a name (issue 10: `<script>…科技` as an Enterprise): a text file carrying markup,
// an HTML page with escaped markup in its text, a script left open.
import { describe, expect, it } from 'vitest';
import type { GraphBatch } from '../../server/src/model.ts';
import { hasMarkup } from '../../server/src/ingest/entities/markup.ts';
import { runPipeline } from '../../server/src/ingest/index.ts';
import { seedsContext } from '../fixtures/ingest-context.ts';

const names = (b: GraphBatch) => b.nodes.filter((n) => !['Document', 'Measure'].includes(n.label)).flatMap((n) => [n.name, ...n.aliases]);
const run = async (file: string, text: string) => (await runPipeline({ file, bytes: new TextEncoder().encode(text) }, seedsContext)).batch;

describe('no entity name carries markup', () => {
  it('the guard: < > = { } and HTML entities are never part of a name', () => {
    for (const s of ['<script>alert(1)</script>天津恶意科技', 'onerror=alert(1)>好科技', '&lt;b&gt;华为科技', '{x}科技', '&#60;科技']) expect(hasMarkup(s), s).toBe(true);
    for (const s of ['天津飞腾科技', '中国(天津)自由贸易试验区', '360', 'AI芯片', '中科曙光（天津）', '3D打印']) expect(hasMarkup(s), s).toBe(false);
  });

  it('a text file with markup in it: the markup-laden names are refused, the others found', async () => {
    const b = await run(
      'x.txt',
      '一、总则\n1.支持<script>alert(1)</script>天津恶意科技有限公司发展信创产业。\n2.依托<img src=x onerror=alert(1)>好科技有限公司、坏科技集团等企业，发展生物医药。\n',
    );
    expect(names(b).filter(hasMarkup)).toEqual([]);
    expect(names(b)).toContain('坏科技集团');
    expect(names(b)).toContain('信创');
  });

  it('an HTML page: escaped markup in the text and a script left open', async () => {
    const b = await run(
      'x.html',
      '<html><body><p>一、发展重点</p><p>1.依托天津飞腾科技有限公司、麒麟软件等企业，重点发展信创产业。</p>' +
        '<p>2.&lt;script&gt;alert(2)&lt;/script&gt;华为科技有限公司牵头建设实验室。</p>' +
        '<p>3.<script>document.write("坏科技有限公司")</p></body></html>',
    );
    expect(names(b).filter(hasMarkup)).toEqual([]);
    expect(names(b)).not.toContain('坏科技');
    expect(names(b)).toEqual(expect.arrayContaining(['天津飞腾科技', '麒麟软件', '信创']));
  });
});
