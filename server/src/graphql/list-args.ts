// Bounded by construction, for inputs: every list a request may pass (an argument of a field, a field
// of an input object) has a length bound here, checked before execution with the request's variables
// (review19 H1: `edges(types: $t)` with $t = 70,000 × HOSTS under nodes(first: 200) held the event loop
// 24 s and ran into TIMEOUT). test/unit/fix34-graphql-inputs.test.ts walks schema.graphql and fails on a
// list argument or input field without an entry in LIST_ARG_MAX.
//
// Enum lists may repeat a value (a client that concatenates filters), up to ENUM_LIST_MAX entries; the
// resolvers see each value once (bounded.ts dedupes them). Id, label and string lists are capped at
// what one request can use.
import {
  Kind,
  TypeInfo,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { PARK_LIMITS } from '../analysis/park-world.ts';
import { LIMITS } from './limits.ts';

/** Entries of an enum list (RelType has 11 values, Label 7): duplicates are allowed up to here and removed before execution. */
export const ENUM_LIST_MAX = 100;

/** Aliases one curation change may add, remove or give a new node. */
export const ALIAS_LIST_MAX = 200;

/**
 * Largest length of each list argument (`Type.field.arg`; an interface's entry applies to every
 * implementation) and list input field (`Input.field`).
 */
export const LIST_ARG_MAX: Readonly<Record<string, number>> = {
  'Node.edges.types': ENUM_LIST_MAX,
  'Query.search.labels': ENUM_LIST_MAX,
  'Query.neighborhood.ids': LIMITS.ids,
  'Query.neighborhood.labels': ENUM_LIST_MAX,
  'Query.neighborhood.types': ENUM_LIST_MAX,
  'Query.reviewQueue.types': ENUM_LIST_MAX,
  // basis values: stated, planned, encouraged, listed, lexicon, registry, curated
  'Query.reviewQueue.basis': 20,
  'Query.parkMatrix.chains': PARK_LIMITS.chains,
  'NodeEditInput.addAliases': ALIAS_LIST_MAX,
  'NodeEditInput.removeAliases': ALIAS_LIST_MAX,
  'NewNodeInput.aliases': ALIAS_LIST_MAX,
};

/** A list longer than its bound: where (`Type.field.arg` or `Input.field`), the bound and the length given. */
export interface ListOverLimit {
  where: string;
  max: number;
  got: number;
  /** Whether its entries are enum values (duplicates allowed, removed before execution). */
  enumList: boolean;
}

/** The bound of a list argument of `typeName.field` (interfaces it implements: their entries), else undefined. */
export function listArgMax(schema: GraphQLSchema, typeName: string, field: string, arg: string): number | undefined {
  const own = LIST_ARG_MAX[`${typeName}.${field}.${arg}`];
  if (own !== undefined) return own;
  const type = schema.getType(typeName);
  if (isObjectType(type) || isInterfaceType(type)) {
    for (const i of type.getInterfaces()) {
      const v = LIST_ARG_MAX[`${i.name}.${field}.${arg}`];
      if (v !== undefined) return v;
    }
  }
  return undefined;
}

/** Without an entry (the schema test keeps this from happening): the tightest bound used anywhere for lists. */
const FALLBACK_MAX = LIMITS.ids;

/**
 * The first list of the operation's arguments (literals and variables, inside input objects too)
 * longer than its bound, or null. Reads only list lengths and input-object fields: a refused list is
 * not walked.
 */
export function listArgumentsOverLimit(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): ListOverLimit | null {
  // Most operations pass no list at all: once a walk found no argument whose type can hold one, the
  // operation (parsed documents are cached and reused) is not walked again (~15 µs a request).
  if (holdsNoList.has(operation)) return null;
  let listTyped = false;
  const vars: Record<string, unknown> = {};
  for (const v of operation.variableDefinitions ?? []) if (v.defaultValue) vars[v.variable.name.value] = valueFromASTUntyped(v.defaultValue);
  Object.assign(vars, variables);
  let found: ListOverLimit | null = null;

  const check = (value: unknown, type: GraphQLInputType, where: string, max: number): void => {
    if (found || value === null || value === undefined) return;
    const t = getNullableType(type);
    if (isListType(t)) {
      const inner = t.ofType as GraphQLInputType;
      if (!Array.isArray(value)) return check(value, inner, where, max);
      if (value.length > max) {
        found = { where, max, got: value.length, enumList: isEnumType(getNamedType(inner)) };
        return;
      }
      if (isListType(getNullableType(inner)) || isInputObjectType(getNamedType(inner))) for (const x of value) check(x, inner, where, max);
      return;
    }
    if (isInputObjectType(t) && typeof value === 'object' && !Array.isArray(value)) {
      for (const f of Object.values(t.getFields())) {
        const key = `${t.name}.${f.name}`;
        check((value as Record<string, unknown>)[f.name], f.type, key, LIST_ARG_MAX[key] ?? FALLBACK_MAX);
      }
    }
  };

  const typeInfo = new TypeInfo(schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    Argument(node) {
      if (found) return false;
      const arg = typeInfo.getArgument();
      const field = typeInfo.getFieldDef();
      const parent = typeInfo.getParentType();
      if (!arg || !field || !parent) return false;
      if (typeHoldsList(arg.type)) listTyped = true;
      const where = `${parent.name}.${field.name}.${arg.name}`;
      const value = node.value.kind === Kind.VARIABLE ? vars[node.value.name.value] : valueFromASTUntyped(node.value, vars);
      check(value, arg.type, where, listArgMax(schema, parent.name, field.name, arg.name) ?? FALLBACK_MAX);
      return false;
    },
  });
  for (const d of document.definitions) {
    if (found) break;
    if (d === operation || d.kind === Kind.FRAGMENT_DEFINITION) visit(d, visitor);
  }
  if (!found && !listTyped) holdsNoList.add(operation);
  return found;
}

/** Operations whose arguments can hold no list (by type, whatever the variables): nothing to check. */
const holdsNoList = new WeakSet<OperationDefinitionNode>();

/** Whether a value of this input type can hold a list (directly or in a field of an input object). */
function typeHoldsList(type: GraphQLInputType, seen: Set<string> = new Set()): boolean {
  const t = getNullableType(type);
  if (isListType(t)) return true;
  if (!isInputObjectType(t) || seen.has(t.name)) return false;
  seen.add(t.name);
  return Object.values(t.getFields()).some((f) => typeHoldsList(f.type, seen));
}

/** The refusal's message: one bilingual line naming the bound. */
export function listOverLimitMessage(o: ListOverLimit): string {
  const dup = o.enumList ? '（重复项不计入结果）' : '';
  const dupEn = o.enumList ? ' (repeated values are allowed up to that length and count once)' : '';
  return `列表参数过长：${o.where} 至多 ${o.max} 项${dup}，收到 ${o.got} 项 / list too long: ${o.where} takes at most ${o.max} entries${dupEn}, got ${o.got}`;
}

/** Each value of a list once, in first-seen order (enum-list arguments, before the resolver sees them). */
export function dedupe<T>(list: readonly T[]): T[] {
  return list.length < 2 ? [...list] : [...new Set(list)];
}

/**
 * Levels of nesting a request body may have (its variables: JSON properties, input objects, lists).
 * Curation keeps properties to 20 levels (store/curation.ts); past this a body is refused before
 * anything recursive (a cache key, the cost walk, variable coercion) sees it (review19 L1: properties
 * nested 50,000 deep answered "Maximum call stack size exceeded").
 */
export const MAX_INPUT_DEPTH = 64;

/** Whether `value` nests objects and arrays more than `max` levels deep; iterative, stops at the first such path. */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (depth > max) return true;
    const children = Array.isArray(v) ? v : Object.values(v as Record<string, unknown>);
    for (const c of children) if (c !== null && typeof c === 'object') stack.push([c, depth + 1]);
  }
  return false;
}

export function tooDeepMessage(max: number): string {
  return `请求嵌套过深：变量（含 JSON 属性）至多嵌套 ${max} 层 / request nested too deep: variables (JSON properties included) may nest at most ${max} levels`;
}
