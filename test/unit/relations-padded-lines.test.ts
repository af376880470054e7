// A small hostile file must not stall an ingest: "label：items" lines padded with long runs of full-width spaces
// (alignment padding, common in these documents, or a crafted file) are read by patterns that no longer let two parts
// compete for the run. Before, a 10,000-space line took minutes in one regex (cubic backtracking); the test would
// time out. It also checks the padded lines are still read.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createIngestContext, ingestFile } from '../../server/src/ingest/index.ts';

describe('label lines padded with long runs of spaces', () => {
  it('ingest in bounded time and are still read', async () => {
    const pad = '\u3000'.repeat(20_000);
    const text = [
      '某市高端装备产业招商指南',
      '',
      '一、重点环节',
      '（一）风电装备',
      `细分领域：轴承、齿轮箱${pad}说明：见附件。`,
      `重点企业：澄岭重工、岫川传动${pad}。`,
      `主导产业：风电装备${pad}：`,
      '（二）轨道交通装备',
      `细分领域：转向架、牵引系统${pad}`,
      '重点企业：澄轨科技、远岫机车',
      '',
    ].join('\n');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-padded-'));
    try {
      const file = path.join(dir, 'padded.txt');
      await writeFile(file, text);
      const { batch } = await ingestFile(file, createIngestContext());
      const part = batch.edges.filter((e) => e.type === 'PART_OF').map((e) => `${e.source} -> ${e.target}`);
      // the padded line still gives its parts; the line padded before its end too
      expect(part).toContain('industry:转向架 -> industry:轨道交通');
      expect(part).toContain('industry:牵引系统 -> industry:轨道交通');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
