// The TypeScript types generated from the SDL are checked in; this fails when schema.graphql
// changed without `npm run codegen`, so resolvers and client never compile against stale types.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('generated GraphQL types', () => {
  it('match schema.graphql (run `npm run codegen` after changing the schema)', async () => {
    const prev = process.cwd();
    process.chdir(ROOT);
    try {
      const outputs = (await generate({ ...config, silent: true }, false)) as { filename: string; content: string }[];
      expect(outputs.map((o) => o.filename).sort()).toEqual(Object.keys(config.generates).sort());
      for (const o of outputs) {
        const onDisk = await readFile(path.join(ROOT, o.filename), 'utf8');
        expect(onDisk, `${o.filename} is stale: run npm run codegen`).toBe(o.content);
      }
    } finally {
      process.chdir(prev);
    }
  }, 120_000);

  it('types every Query root field of the contract with its arguments', async () => {
    const src = await readFile(path.join(ROOT, 'server/src/graphql/generated/types.ts'), 'utf8');
    for (const t of ['QueryNodeArgs', 'QuerySearchArgs', 'QueryNeighborhoodArgs', 'QueryShortestPathsArgs', 'QueryParksForIndustryArgs', 'QueryIndustryChainArgs', 'QueryRelatedEnterprisesArgs', 'QueryDepartmentWorkloadArgs']) {
      expect(src).toContain(`export type ${t} = {`);
    }
  });
});
