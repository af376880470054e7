// Loads the adapter's Cypher from cypher/*.cypher by name, and renders it.
//
// Statements are parameterised only: user text always travels in `params`, never in the Cypher
// string. Two things cannot be parameters in Cypher 5: variable-length bounds (`*..$n`) and the
// label/type of a CREATE/SET (dynamic `$(...)` labels need a newer server than we require).
// Those are written as *slots* — `/*@name*/default`, e.g. `[*../*@maxLength*/6]` or
// `SET n:/*@label*/Measure` — so the file stays valid, lintable Cypher. `renderCypher` replaces a
// slot only with a `SlotToken`, and the only ways to make one are `boundedInt` (an integer
// inside a range) and `labelToken` / `relTypeToken` (a member of the model's closed lists).
//
// Optional lines: a line ending in `//@when name` is kept only when the builder asks for `name`
// (e.g. list-nodes: one statement per filter combination, each with only the predicates it needs,
// so every index can serve it). The file with all its lines is valid Cypher; the lint test
// renders and lints every combination.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { LABELS, REL_TYPES } from '../../model.ts';

export const CYPHER_DIR = fileURLToPath(new URL('../../../../cypher/', import.meta.url));

export interface CypherFile {
  /** e.g. `queries/search` */
  name: string;
  text: string;
  /** `$name` parameters the statement uses. */
  params: ReadonlySet<string>;
  /** `/*@name*\/` slots the statement has. */
  slots: ReadonlySet<string>;
  /** `//@when name` conditions its optional lines use. */
  conditions: ReadonlySet<string>;
}

/** A statement ready to run: Cypher plus the parameters it declares. */
export interface Statement {
  name: string;
  cypher: string;
  params: Record<string, unknown>;
}

declare const slotBrand: unique symbol;
/** A validated token for a slot. Create with `boundedInt`, `labelToken` or `relTypeToken`. */
export type SlotToken = string & { readonly [slotBrand]: true };

const SLOT_RE = /\/\*@([A-Za-z][A-Za-z0-9]*)\*\/([A-Za-z0-9_]+)/g;
const WHEN_RE = /\/\/@when ([A-Za-z][A-Za-z0-9]*)[ \t]*$/;

/** An integer slot value; anything else (fractions, NaN, strings, out of range) is refused. */
export function boundedInt(name: string, value: unknown, min: number, max: number): SlotToken {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be an integer from ${min} to ${max}, got ${String(value)}`);
  }
  return String(value) as SlotToken;
}

export function labelToken(label: string): SlotToken {
  if (!(LABELS as readonly string[]).includes(label)) throw new RangeError(`unknown node label ${JSON.stringify(label)}`);
  return label as SlotToken;
}

export function relTypeToken(type: string): SlotToken {
  if (!(REL_TYPES as readonly string[]).includes(type)) {
    throw new RangeError(`unknown relationship type ${JSON.stringify(type)}`);
  }
  return type as SlotToken;
}

const cache = new Map<string, CypherFile>();

/** Load `cypher/<name>.cypher` (cached). */
export function loadCypher(name: string): CypherFile {
  const hit = cache.get(name);
  if (hit) return hit;
  if (!/^(queries|ingest)\/[a-z0-9-]+$|^schema$/.test(name)) throw new Error(`bad cypher file name ${name}`);
  const text = readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8');
  const conditions = new Set<string>();
  for (const line of text.split('\n')) {
    const m = WHEN_RE.exec(line);
    if (m) conditions.add(m[1]!);
  }
  const file: CypherFile = { name, text, params: collectParams(text), slots: collectSlots(text), conditions };
  cache.set(name, file);
  return file;
}

/** Every statement file under cypher/queries and cypher/ingest, by name. */
export function listCypherFiles(): string[] {
  const out: string[] = [];
  for (const dir of ['ingest', 'queries']) {
    for (const f of readdirSync(path.join(CYPHER_DIR, dir)).sort()) {
      if (f.endsWith('.cypher')) out.push(`${dir}/${f.slice(0, -'.cypher'.length)}`);
    }
  }
  return out;
}

/**
 * Build a runnable statement: checks that `params` has exactly the file's parameters (a missing
 * or misspelt key is a bug, caught here rather than as a Neo4j "missing parameter" at runtime)
 * and fills the slots with validated tokens.
 */
export function statement(
  name: string,
  params: Record<string, unknown>,
  slots: Record<string, SlotToken> = {},
  when: ReadonlySet<string> = new Set(),
): Statement {
  const file = loadCypher(name);
  const cypher = renderCypher(file, slots, when);
  const wanted = file.conditions.size > 0 ? collectParams(cypher) : file.params;
  const given = Object.keys(params);
  const missing = [...wanted].filter((p) => !(p in params));
  const extra = given.filter((p) => !wanted.has(p));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(`${name}.cypher: parameters differ (missing ${missing.join(', ') || '-'}; unexpected ${extra.join(', ') || '-'})`);
  }
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined) throw new Error(`${name}.cypher: parameter $${k} is undefined (use null)`);
  }
  return { name, cypher, params };
}

export function renderCypher(file: CypherFile, slots: Record<string, SlotToken>, when: ReadonlySet<string> = new Set()): string {
  for (const k of Object.keys(slots)) {
    if (!file.slots.has(k)) throw new Error(`${file.name}.cypher has no slot ${k}`);
  }
  for (const c of when) if (!file.conditions.has(c)) throw new Error(`${file.name}.cypher has no optional lines for ${c}`);
  const text =
    file.conditions.size === 0
      ? file.text
      : file.text
          .split('\n')
          .filter((line) => {
            const m = WHEN_RE.exec(line);
            return !m || when.has(m[1]!);
          })
          .join('\n');
  return text.replace(SLOT_RE, (_m, slot: string) => {
    const token = slots[slot];
    if (token === undefined) throw new Error(`${file.name}.cypher: slot ${slot} not filled`);
    // Defence in depth: tokens are integers or model identifiers, never anything else.
    if (!/^[A-Za-z0-9_]+$/.test(token)) throw new Error(`${file.name}.cypher: bad token for slot ${slot}`);
    return token;
  });
}

/**
 * Split a multi-statement file (schema.cypher) into statements: `;` at the end of a line ends
 * one. Comment-only chunks are dropped.
 */
export function splitStatements(text: string): string[] {
  return text
    .split(/;[ \t]*(?:\r?\n|$)/)
    .map((s) => s.trim())
    .filter((s) => stripComments(s).trim().length > 0);
}

function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, '');
}

/** `$name` parameters, ignoring comments and string literals. */
export function collectParams(text: string): Set<string> {
  const code = stripComments(text).replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
  const out = new Set<string>();
  for (const m of code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) out.add(m[1]!);
  return out;
}

function collectSlots(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(SLOT_RE)) out.add(m[1]!);
  return out;
}
