// Root fields of the 园区 view: parkMatrix, parkFacts, chainParks, compareParks. Arguments are
// validated here (BAD_USER_INPUT / NOT_FOUND); the analysis is server/src/analysis/parks.ts.
// Every other field of their types resolves by name from the analysis results.
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { GraphNode, Label } from '../model.ts';
import type { Context } from './context.ts';
import { badInput, notFound } from './errors.ts';
import { PARK_LIMITS, chainParks, compareParks, parkFactList, parkFacts, parkMatrix } from '../analysis/parks.ts';
import { parkIndex, Superseded, type ParkIndex } from '../analysis/park-index.ts';
import type { GraphStore } from '../store/port.ts';
import type { QueryResolvers } from './generated/types.ts';

export function confidenceArg(v: number | null | undefined): number {
  const c = v ?? 0.5;
  if (!Number.isFinite(c) || c < 0 || c > 1) throw badInput(`minConfidence 必须在 0 到 1 之间 / minConfidence must be in [0, 1], got ${c}`, 'minConfidence');
  return c;
}

function intArg(name: string, value: number | null | undefined, fallback: number, min: number, max: number): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min || v > max) throw badInput(`参数 ${name} 必须是 ${min} 到 ${max} 之间的整数 / ${name} must be an integer in [${min}, ${max}], got ${v}`, name);
  return v;
}

/** The analysis's check between chunks of work: throws TIMEOUT once the request's deadline has passed. */
const deadline = (ctx: Context) => () => ctx.guard.check();

function isGraphStore(x: unknown): x is GraphStore {
  return typeof x === 'object' && x !== null && typeof (x as GraphStore).listNodes === 'function' && typeof (x as GraphStore).edgesOf === 'function';
}

/**
 * The park index of the graph as it reads now, at `minConfidence` (analysis/park-index.ts): built
 * once per graph version from the store under the curation layer, shared by every request; a request
 * waits for a build at most until its own deadline (TIMEOUT), and the build goes on for the next.
 * Without a curation layer (no graph version to key it by) there is none: each request loads its world.
 */
async function indexOf(ctx: Context, minConfidence: number): Promise<ParkIndex | undefined> {
  const source = ctx.curation;
  if (!source || !isGraphStore(source)) return undefined;
  for (;;) {
    const version = await source.graphVersion();
    const build = parkIndex(source, version, minConfidence);
    try {
      ctx.guard.check();
      return await new Promise<ParkIndex>((resolve, reject) => {
        const off = ctx.guard.onStop(reject);
        build.then(resolve, reject).finally(off);
      });
    } catch (e) {
      // Another request asked for a newer version meanwhile: ask again which is current.
      if (!(e instanceof Superseded)) throw e;
    }
  }
}

function textArg(name: string, v: string | null | undefined): string | undefined {
  const s = v?.trim();
  if (!s) return undefined;
  if (s.length > 100) throw badInput(`${name} 至多 100 个字符 / ${name} must be at most 100 characters`, name);
  return s;
}

/**
 * The most facts a query reads of one cell: the largest `first` of `cells { facts(first:) }` (the
 * schema's default 50 when absent; 1 when no facts are read, for the cells still count them), through
 * fragments; PARK_LIMITS.factsPerCell when it cannot tell (fragments nested deeper than 8). A cell keeps
 * its best `first` facts, which are the first `first` of the 500 it kept before (fix33: trimming
 * cells to 500 facts was half of chainParks' work at 10⁵ nodes, for a client that reads 50).
 */
export function factsReadPerCell(info: GraphQLResolveInfo): number {
  let most = 0;
  let unsure = false;
  const fields = (set: SelectionSetNode | undefined, name: string, depth: number, out: SelectionSetNode[], firsts: (number | null)[]): void => {
    if (!set) return;
    if (depth > 8) {
      unsure = true;
      return;
    }
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value !== name) continue;
        if (sel.selectionSet) out.push(sel.selectionSet);
        const arg = sel.arguments?.find((a) => a.name.value === 'first');
        if (!arg) firsts.push(null);
        else if (arg.value.kind === Kind.INT) firsts.push(Number(arg.value.value));
        else if (arg.value.kind === Kind.VARIABLE) {
          const v = info.variableValues[arg.value.name.value];
          firsts.push(typeof v === 'number' ? v : v === undefined || v === null ? null : PARK_LIMITS.factsPerCell);
        } else firsts.push(PARK_LIMITS.factsPerCell);
      } else fields(sel.kind === Kind.INLINE_FRAGMENT ? sel.selectionSet : info.fragments[sel.name.value]?.selectionSet, name, depth + 1, out, firsts);
    }
  };
  const cells: SelectionSetNode[] = [];
  for (const f of info.fieldNodes) fields(f.selectionSet, 'cells', 0, cells, []);
  const firsts: (number | null)[] = [];
  for (const c of cells) fields(c, 'facts', 0, [], firsts);
  if (unsure) return PARK_LIMITS.factsPerCell;
  for (const f of firsts) most = Math.max(most, f ?? 50);
  return Math.min(PARK_LIMITS.factsPerCell, Math.max(1, Number.isInteger(most) ? most : PARK_LIMITS.factsPerCell));
}

const LABEL_ZH: Partial<Record<Label, string>> = { Industry: '产业', Park: '园区' };

async function requireLabel(ctx: Context, id: string, label: Label, field: string): Promise<GraphNode> {
  const n = await ctx.nodes.load(id);
  if (!n) throw notFound(id);
  if (n.label !== label) throw badInput(`${id} 不是${LABEL_ZH[label] ?? label}节点 / is not a node of label ${label}`, field);
  return n;
}

export const parkQueries: Pick<QueryResolvers, 'parkMatrix' | 'parkFacts' | 'parkFactList' | 'chainParks' | 'compareParks'> = {
  parkMatrix: async (_, args, ctx) => {
    const minConfidence = confidenceArg(args.minConfidence);
    const maxChains = intArg('maxChains', args.maxChains, 40, 1, PARK_LIMITS.chains);
    // Each cell carries up to PARK_LIMITS.factsPerCell facts; `facts(first:)` cuts what a query reads.
    const factsPerCell = intArg('factsPerCell', args.factsPerCell, PARK_LIMITS.factsPerCell, 1, PARK_LIMITS.factsPerCell);
    const chains = args.chains ?? [];
    if (chains.length > PARK_LIMITS.chains) throw badInput(`chains 至多 ${PARK_LIMITS.chains} 个 / at most ${PARK_LIMITS.chains} chains`, 'chains');
    for (const id of chains) await requireLabel(ctx, id, 'Industry', 'chains');
    const firstParks = args.firstParks === null || args.firstParks === undefined ? undefined : intArg('firstParks', args.firstParks, 0, 1, PARK_LIMITS.parks);
    const parkNameContains = textArg('parkNameContains', args.parkNameContains);
    const chainNameContains = textArg('chainNameContains', args.chainNameContains);
    const index = await indexOf(ctx, minConfidence);
    return parkMatrix(ctx.store, {
      minConfidence,
      rollup: args.rollup ?? false,
      maxChains,
      factsPerCell,
      check: deadline(ctx),
      ...(chains.length ? { chains } : {}),
      ...(firstParks !== undefined ? { firstParks } : {}),
      ...(parkNameContains ? { parkNameContains } : {}),
      ...(chainNameContains ? { chainNameContains } : {}),
      ...(index ? { index } : {}),
    });
  },
  parkFacts: async (_, args, ctx) => {
    const minConfidence = confidenceArg(args.minConfidence);
    await requireLabel(ctx, args.park, 'Park', 'park');
    await requireLabel(ctx, args.industry, 'Industry', 'industry');
    const index = await indexOf(ctx, minConfidence);
    return (await parkFacts(ctx.store, args.park, args.industry, { minConfidence, rollup: args.rollup ?? false, check: deadline(ctx), ...(index ? { index } : {}) })) ?? [];
  },
  parkFactList: async (_, args, ctx) => {
    const minConfidence = confidenceArg(args.minConfidence);
    await requireLabel(ctx, args.park, 'Park', 'park');
    await requireLabel(ctx, args.industry, 'Industry', 'industry');
    const index = await indexOf(ctx, minConfidence);
    return (await parkFactList(ctx.store, args.park, args.industry, { minConfidence, rollup: args.rollup ?? false, check: deadline(ctx), ...(index ? { index } : {}) })) ?? { facts: [], totalCount: 0, truncated: false };
  },
  chainParks: async (_, args, ctx, info) => {
    const minConfidence = confidenceArg(args.minConfidence);
    const factsPerCell = factsReadPerCell(info);
    await requireLabel(ctx, args.chain, 'Industry', 'chain');
    const index = await indexOf(ctx, minConfidence);
    const r = await chainParks(ctx.store, args.chain, { minConfidence, rollup: args.rollup ?? false, factsPerCell, check: deadline(ctx), ...(index ? { index } : {}) });
    if (!r) throw notFound(args.chain);
    return r;
  },
  compareParks: async (_, args, ctx) => {
    const minConfidence = confidenceArg(args.minConfidence);
    await requireLabel(ctx, args.a, 'Park', 'a');
    await requireLabel(ctx, args.b, 'Park', 'b');
    if (args.a === args.b) throw badInput('请选择两个不同的园区 / pick two different parks', 'b');
    const index = await indexOf(ctx, minConfidence);
    const r = await compareParks(ctx.store, args.a, args.b, { minConfidence, includeWeak: args.includeWeak ?? false, rollup: args.rollup ?? true, check: deadline(ctx), ...(index ? { index } : {}) });
    if (!r) throw notFound(args.a);
    return r;
  },
};
