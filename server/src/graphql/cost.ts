// The cost model: an upper bound of the values a query can return, computed before it runs.
// Every field counts 1; a list multiplies what is selected under it by its bound (limits.ts):
// `first` (given, from a variable, or the schema default), an argument of the parent field, or a
// fixed size. So `node { edges { source { edges { source { edges … } } } } }` costs
// 100 × 100 × 100 … and is refused before it runs, while the same query with `first: 5` per hop
// is answered. Abstract types count their most expensive implementation; fragments are memoised
// (a chain of fragments that spread each other twice costs linear time, not exponential).
import {
  Kind,
  getNamedType,
  getNullableType,
  isAbstractType,
  isLeafType,
  isListType,
  isObjectType,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { ARG_RANGE, FIXED_SIZE, PARENT_BOUNDED, listMax } from './limits.ts';

/** Costs saturate here, so a deep product stays a finite number. */
const CAP = 1e15;

export interface OverLimit {
  /** "Type.field" */
  field: string;
  arg: string;
  value: number;
  min: number;
  max: number;
}

export interface CostResult {
  cost: number;
  /** Integer arguments outside their range, e.g. `first` above the field's maximum (refused as BAD_USER_INPUT before execution). */
  overLimit: OverLimit[];
}

type Args = Record<string, unknown>;

export function queryCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Args = {}): CostResult {
  const ops = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const op = operationName ? ops.find((o) => o.name?.value === operationName) : ops.length === 1 ? ops[0] : undefined;
  const overLimit: OverLimit[] = [];
  if (!op) return { cost: 0, overLimit };
  const root = op.operation === 'query' ? schema.getQueryType() : op.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  if (!root) return { cost: 0, overLimit };
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const varDefaults: Args = {};
  for (const v of op.variableDefinitions ?? []) if (v.defaultValue) varDefaults[v.variable.name.value] = valueFromASTUntyped(v.defaultValue);
  const vars: Args = { ...varDefaults, ...variables };
  const memo = new Map<string, number>();

  const argValue = (node: ValueNode): unknown => (node.kind === Kind.VARIABLE ? vars[node.name.value] : valueFromASTUntyped(node, vars));

  const argsOf = (field: FieldNode, def: GraphQLField<unknown, unknown>): Args => {
    const out: Args = {};
    for (const a of def.args) {
      const given = field.arguments?.find((x) => x.name.value === a.name);
      const v = given ? argValue(given.value) : undefined;
      out[a.name] = v === undefined || v === null ? a.defaultValue : v;
    }
    return out;
  };

  const applies = (type: GraphQLObjectType, condition: string | undefined): boolean => {
    if (!condition || condition === type.name) return true;
    const cond = schema.getType(condition);
    return !!cond && isAbstractType(cond) && schema.isSubType(cond, type);
  };

  const listSize = (type: GraphQLObjectType, def: GraphQLField<unknown, unknown>, args: Args, parentArgs: Args): number => {
    const key = `${type.name}.${def.name}`;
    const fixed = FIXED_SIZE[key];
    if (fixed !== undefined) return fixed;
    const parent = PARENT_BOUNDED[key];
    if (parent) return Math.max(0, Number(parentArgs[parent.arg] ?? 0) + parent.plus);
    if (def.args.some((a) => a.name === 'first')) {
      const first = Number(args.first ?? 0);
      const max = listMax(type.name, def.name, type.getInterfaces().map((i) => i.name));
      if (Number.isFinite(first) && (first > max || first < 0)) overLimit.push({ field: key, arg: 'first', value: first, min: 0, max });
      return Number.isFinite(first) ? Math.max(0, Math.min(first, CAP)) : CAP;
    }
    // A list of scalars without a bound (aliases, reasons) counts as one value; lists of objects
    // always have a bound (test/unit/graphql-limits.test.ts).
    return isLeafType(getNamedType(def.type)) ? 1 : CAP;
  };

  const selectionsCost = (set: SelectionSetNode | undefined, type: GraphQLNamedType, parentArgs: Args): number => {
    if (!set) return 0;
    if (isAbstractType(type)) {
      let worst = 0;
      for (const t of schema.getPossibleTypes(type)) worst = Math.max(worst, objectCost(set, t, parentArgs));
      return worst;
    }
    return isObjectType(type) ? objectCost(set, type, parentArgs) : 0;
  };

  const objectCost = (set: SelectionSetNode, type: GraphQLObjectType, parentArgs: Args): number => {
    let cost = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith('__')) {
          cost += 1;
          continue;
        }
        const def = type.getFields()[sel.name.value];
        if (!def) continue;
        const args = argsOf(sel, def);
        const ranges = ARG_RANGE[`${type.name}.${def.name}`];
        if (ranges) {
          for (const [arg, [min, max]] of Object.entries(ranges)) {
            const v = args[arg];
            if (typeof v === 'number' && (v < min || v > max)) overLimit.push({ field: `${type.name}.${def.name}`, arg, value: v, min, max });
          }
        }
        const named = getNamedType(def.type);
        if (isLeafType(named)) {
          cost += 1;
          continue;
        }
        const size = isListType(getNullableType(def.type)) ? listSize(type, def, args, parentArgs) : 1;
        cost += size * (1 + selectionsCost(sel.selectionSet, named, args));
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        if (applies(type, sel.typeCondition?.name.value)) cost += objectCost(sel.selectionSet, type, parentArgs);
      } else {
        const frag = fragments.get(sel.name.value);
        if (!frag || !applies(type, frag.typeCondition.name.value)) continue;
        const key = `${frag.name.value}|${type.name}|${JSON.stringify(parentArgs)}`;
        let c = memo.get(key);
        if (c === undefined) {
          memo.set(key, CAP); // a cycle (refused by validation anyway) costs the cap
          c = objectCost(frag.selectionSet, type, parentArgs);
          memo.set(key, c);
        }
        cost += c;
      }
      if (cost >= CAP) return CAP;
    }
    return Math.min(cost, CAP);
  };

  return { cost: objectCost(op.selectionSet, root, {}), overLimit };
}

/**
 * The root fields an operation selects, with their arguments as given (variables substituted, no
 * schema defaults), through inline fragments and fragment spreads at the root (what admission
 * control classifies: limits.ts EXPENSIVE_ROOT_FIELDS).
 */
export function rootFields(document: DocumentNode, operation: OperationDefinitionNode, variables: Args = {}): { name: string; key: string; args: Args }[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const vars: Args = {};
  for (const v of operation.variableDefinitions ?? []) if (v.defaultValue) vars[v.variable.name.value] = valueFromASTUntyped(v.defaultValue);
  Object.assign(vars, variables);
  const out: { name: string; key: string; args: Args }[] = [];
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode): void => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const args: Args = {};
        for (const a of sel.arguments ?? []) args[a.name.value] = a.value.kind === Kind.VARIABLE ? vars[a.value.name.value] : valueFromASTUntyped(a.value, vars);
        out.push({ name: sel.name.value, key: sel.alias?.value ?? sel.name.value, args });
      } else if (sel.kind === Kind.INLINE_FRAGMENT) walk(sel.selectionSet);
      else if (!seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        const frag = fragments.get(sel.name.value);
        if (frag) walk(frag.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return out;
}
