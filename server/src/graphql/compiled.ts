// A query plan, compiled once per parsed document and operation, that executes a validated `query`
// as graphql-js's `execute` does (same resolvers, same arguments, same order of resolver calls and
// of promise completion, same result) but only for a complete success: on the first error of any
// kind (a resolver throws or rejects, null for a non-null field, a scalar that does not serialize,
// a variable that does not coerce, an abstract type that does not resolve) it gives up and returns
// null, and the caller answers the request the usual way (graphql-js through Apollo), errors and
// all. So a plan never has to reproduce an error response: only a successful `data` tree, which is
// the same JSON byte for byte (graphql/handler.ts's fast path; test/integration/graphql-plan.int.test.ts).
//
// Why (bench/PROFILE.md, issue 15): per field, graphql-js builds a null-prototype object of
// arguments (getArgumentValues, ~6% of the seeds server's CPU even for fields without arguments),
// looks the field up again, goes through promise-aware completion, and builds the result from
// null-prototype (dictionary-mode) objects that JSON.stringify serialises 1.3–2× slower than
// ordinary ones. A plan resolves field definitions, resolvers, sub-selections and constant
// arguments once, and builds ordinary objects with the same keys in the same order.
//
// What it does not compile (the caller executes those with graphql-js as before): operations other
// than `query`, any directive (@skip/@include depend on variables; a plan's field collection does
// not), introspection (`__schema`, `__type`). `__typename` is compiled.
import {
  Kind,
  defaultFieldResolver,
  defaultTypeResolver,
  getArgumentValues,
  getVariableValues,
  isAbstractType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  visit,
  BREAK,
  GraphQLBoolean,
  GraphQLID,
  GraphQLString,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLAbstractType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLLeafType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { collectFields, collectSubfields } from 'graphql/execution/collectFields.js';
import type { ExecutionGuard, GuardedDefault } from './guard.ts';

type Path = GraphQLResolveInfo['path'];
type Obj = Record<string, unknown>;

/** One field of a selection on one object type: everything that does not depend on the request. */
interface FieldPlan {
  responseName: string;
  fieldNodes: readonly FieldNode[];
  /** null: `__typename` (the parent type's name, no resolver). */
  def: GraphQLField<unknown, unknown> | null;
  resolve: GraphQLFieldResolver<unknown, unknown>;
  returnType: GraphQLOutputType;
  /** 'none': no arguments defined (a fresh `{}` per call, as graphql-js gives); 'const': coerced once; 'vars': coerced per call. */
  argsKind: 'none' | 'const' | 'vars';
  constArgs: Obj | null;
  /** Sub-selections per runtime object type (collected on first use, as graphql-js memoises them). */
  sub: Map<GraphQLObjectType, FieldPlan[]>;
  /**
   * A leaf field (scalar or enum, nullable or not) without arguments whose resolver is the guard around
   * graphql-js's default: read as a property, with the guard's accounting (Run.leaf). Null otherwise.
   */
  leaf: GuardedDefault | null;
  /** With `leaf`: completeValue of its return type, as `complete` does it (leafCompleter). */
  leafOut: ((v: unknown) => unknown) | null;
}

/**
 * Per executable schema, its fields (`Type.field`) whose resolver is the guard around graphql-js's
 * default resolver (guard.ts guardedDefaultsOf), as the composition root registers them
 * (registerGuardedDefaults): a plan reads such leaf fields itself (Run.leaf). None registered: none.
 */
const guardedLeaves = new WeakMap<GraphQLSchema, ReadonlyMap<string, GuardedDefault>>();
export function registerGuardedDefaults(schema: GraphQLSchema, fields: ReadonlyMap<string, GuardedDefault>): void {
  guardedLeaves.set(schema, fields);
}

/** Run.leaf's answer when the field is to be executed the general way. */
const NOT_LEAF: unique symbol = Symbol('not a plain leaf');
/** Thrown (or rejected) to give up: the caller executes the request the usual way. */
const GIVE_UP: unique symbol = Symbol('give up');
const noop = () => undefined;
const isPromise = (v: unknown): v is Promise<unknown> => typeof (v as { then?: unknown } | null | undefined)?.then === 'function';
const addPath = (prev: Path | undefined, key: string | number, typename: string | undefined): Path => ({ prev, key, typename }) as Path;

export class QueryPlan {
  private readonly root: FieldPlan[];
  /** @internal (Run) Valid runtime object types of abstract types, by name. */
  readonly runtimeTypes = new Map<GraphQLAbstractType, Map<string, GraphQLObjectType>>();

  private constructor(
    readonly schema: GraphQLSchema,
    readonly operation: OperationDefinitionNode,
    readonly fragments: Record<string, FragmentDefinitionNode>,
    private readonly rootType: GraphQLObjectType,
  ) {
    this.root = this.plans(rootType, collectFields(schema, fragments, {}, rootType, operation.selectionSet));
  }

  /**
   * The plan of `operation` in `document` (validated against `schema`), or null when it is not a
   * `query` or uses what plans leave to graphql-js (directives, introspection).
   */
  static compile(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): QueryPlan | null {
    if (operation.operation !== 'query') return null;
    const rootType = schema.getQueryType();
    if (!rootType) return null;
    let unsupported = false;
    visit(document, {
      Directive() {
        unsupported = true;
        return BREAK;
      },
    });
    if (unsupported) return null;
    for (const s of operation.selectionSet.selections) if (s.kind !== Kind.FIELD || s.name.value === '__schema' || s.name.value === '__type') return null;
    const fragments: Record<string, FragmentDefinitionNode> = Object.create(null);
    for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
    try {
      return new QueryPlan(schema, operation, fragments, rootType);
    } catch {
      return null;
    }
  }

  private plans(parentType: GraphQLObjectType, fields: Map<string, readonly FieldNode[]>): FieldPlan[] {
    const out: FieldPlan[] = [];
    const defs = parentType.getFields();
    for (const [responseName, fieldNodes] of fields) {
      // (results are plain objects, where a __proto__ key sets the prototype instead of a field: graphql-js builds
      // prototype-less ones, so such an alias is left to it)
      if (responseName === '__proto__') throw new Error('a __proto__ alias is not compiled');
      const name = fieldNodes[0]!.name.value;
      if (name === '__typename') {
        out.push({ responseName, fieldNodes, def: null, resolve: defaultFieldResolver, returnType: null as never, argsKind: 'none', constArgs: null, sub: new Map(), leaf: null, leafOut: null });
        continue;
      }
      if (name === '__schema' || name === '__type') throw new Error('introspection is not compiled');
      const def = defs[name];
      if (!def) continue; // graphql-js skips a field it cannot find (validation rules it out)
      let argsKind: FieldPlan['argsKind'] = def.args.length === 0 ? 'none' : 'vars';
      let constArgs: Obj | null = null;
      if (argsKind === 'vars' && !usesVariables(fieldNodes[0]!)) {
        try {
          // shared by every call (each gets a shallow copy): nested lists and input objects are
          // frozen, so a resolver that changed one in place would fail (and Apollo answer), never
          // leak the change into the next request
          constArgs = deepFreeze(getArgumentValues(def, fieldNodes[0]!, {}));
          argsKind = 'const';
        } catch {
          // coerced per call, where it throws again and the request is given up
        }
      }
      const leafType = isNonNullType(def.type) ? def.type.ofType : def.type;
      const leaf = argsKind === 'none' && isLeafType(leafType) ? (guardedLeaves.get(this.schema)?.get(`${parentType.name}.${name}`) ?? null) : null;
      out.push({ responseName, fieldNodes, def, resolve: def.resolve ?? defaultFieldResolver, returnType: def.type, argsKind, constArgs, sub: new Map(), leaf, leafOut: leaf ? leafCompleter(def.type) : null });
    }
    return out;
  }

  /** @internal (Run) */
  subPlans(field: FieldPlan, type: GraphQLObjectType): FieldPlan[] {
    let p = field.sub.get(type);
    if (!p) field.sub.set(type, (p = this.plans(type, collectSubfields(this.schema, this.fragments, {}, type, field.fieldNodes))));
    return p;
  }

  /**
   * The `data` of a complete success, or null (the request is to be executed the usual way).
   * Resolvers run in graphql-js's order with the same arguments, context and resolve info.
   */
  async execute(contextValue: unknown, rawVariables: Record<string, unknown> | undefined): Promise<Obj | null> {
    const coerced = getVariableValues(this.schema, this.operation.variableDefinitions ?? [], rawVariables ?? {}, { maxErrors: 50 });
    if (coerced.errors) return null;
    const run = new Run(this, contextValue, coerced.coerced as Obj);
    try {
      const data = run.fields(this.rootType, undefined, undefined, this.root);
      return isPromise(data) ? await data : data;
    } catch {
      // GIVE_UP or whatever a resolver threw: graphql-js executes it again and answers the error
      return null;
    }
  }
}

/**
 * completeValue of a leaf type (nullable or not), decided once per field instead of per value: what
 * Run.complete does for it — an Error gives up, null is null (a non-null field gives up), else the
 * type's serialize, whose null gives up. A string for String or ID and a boolean for Boolean are
 * what their serialize returns unchanged (graphql-js coerces only other values).
 */
function leafCompleter(type: GraphQLOutputType): (v: unknown) => unknown {
  const nonNull = isNonNullType(type);
  const inner = (nonNull ? type.ofType : type) as GraphQLLeafType;
  const same = inner === GraphQLString || inner === GraphQLID ? 'string' : inner === GraphQLBoolean ? 'boolean' : null;
  return (v) => {
    if (v instanceof Error) throw GIVE_UP;
    if (v == null) {
      if (nonNull) throw GIVE_UP;
      return null;
    }
    if (same !== null && typeof v === same) return v;
    const serialized = inner.serialize(v);
    if (serialized == null) throw GIVE_UP;
    return serialized;
  };
}

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    for (const x of Object.values(v)) deepFreeze(x);
    Object.freeze(v);
  }
  return v;
}

function usesVariables(node: FieldNode): boolean {
  let found = false;
  for (const a of node.arguments ?? []) {
    visit(a.value, {
      Variable() {
        found = true;
        return BREAK;
      },
    });
    if (found) return true;
  }
  return false;
}

/** One execution of a plan: graphql-js's executeFields / executeField / completeValue, minus error handling. */
class Run {
  private readonly schema: GraphQLSchema;
  private readonly operation: OperationDefinitionNode;
  private readonly fragments: Record<string, FragmentDefinitionNode>;

  constructor(
    private readonly plan: QueryPlan,
    private readonly contextValue: unknown,
    private readonly variableValues: Obj,
  ) {
    this.schema = plan.schema;
    this.operation = plan.operation;
    this.fragments = plan.fragments;
  }

  /** executeFields: every field in order; a promise for the object when any field is one. */
  fields(parentType: GraphQLObjectType, source: unknown, path: Path | undefined, plans: FieldPlan[]): Obj | Promise<Obj> {
    const results: Obj = {};
    let containsPromise = false;
    try {
      for (const f of plans) {
        let result: unknown = f.leaf ? this.leaf(source, f, f.leaf) : NOT_LEAF;
        if (result === NOT_LEAF) result = f.def === null ? parentType.name : this.field(parentType, source, f, addPath(path, f.responseName, parentType.name));
        results[f.responseName] = result;
        if (isPromise(result)) containsPromise = true;
      }
    } catch (error) {
      // the promises of the fields before must not reject unhandled
      if (containsPromise) for (const k in results) if (isPromise(results[k])) (results[k] as Promise<unknown>).catch(noop);
      throw error;
    }
    if (!containsPromise) return results;
    const keys = Object.keys(results);
    return Promise.all(Object.values(results)).then((values) => {
      const resolved: Obj = {};
      for (let i = 0; i < keys.length; i++) resolved[keys[i]!] = values[i];
      return resolved;
    });
  }

  /**
   * A leaf field resolved by the guarded default resolver, as it would resolve: the guard's field check,
   * the property, the guard's byte count, completion (a leaf's completion reads no resolve info or path).
   * NOT_LEAF when the property is a method or a promise: executeField's way then (the guard not yet called).
   */
  private leaf(source: unknown, f: FieldPlan, g: GuardedDefault): unknown {
    const v = source !== null && (typeof source === 'object' || typeof source === 'function') ? (source as Obj)[f.def!.name] : undefined;
    if (typeof v === 'function' || isPromise(v)) return NOT_LEAF;
    const guard = (this.contextValue as { guard: ExecutionGuard }).guard;
    guard.checkField();
    guard.add(g.key + g.estimate(v));
    return f.leafOut!(v);
  }

  /** executeField: arguments, resolve info, the resolver, then completion. */
  private field(parentType: GraphQLObjectType, source: unknown, f: FieldPlan, path: Path): unknown {
    const def = f.def!;
    const info: GraphQLResolveInfo = {
      fieldName: def.name,
      fieldNodes: f.fieldNodes,
      returnType: def.type,
      parentType,
      path,
      schema: this.schema,
      fragments: this.fragments,
      rootValue: undefined,
      operation: this.operation,
      variableValues: this.variableValues,
    };
    const args = f.argsKind === 'none' ? {} : f.argsKind === 'const' ? { ...f.constArgs } : getArgumentValues(def, f.fieldNodes[0]!, this.variableValues);
    const result = f.resolve(source, args, this.contextValue, info);
    const completed = isPromise(result) ? result.then((resolved) => this.complete(f.returnType, f, info, path, resolved)) : this.complete(f.returnType, f, info, path, result);
    // graphql-js attaches its error handler here (one more step before the value is there)
    return isPromise(completed) ? completed.then(undefined, rethrow) : completed;
  }

  /** completeValue, without error protection: any error gives the request up. */
  private complete(type: GraphQLOutputType, f: FieldPlan, info: GraphQLResolveInfo, path: Path, result: unknown): unknown {
    if (result instanceof Error) throw GIVE_UP;
    if (isNonNullType(type)) {
      const completed = this.complete(type.ofType, f, info, path, result);
      if (completed === null) throw GIVE_UP;
      return completed;
    }
    if (result == null) return null;
    if (isListType(type)) return this.list(type.ofType, f, info, path, result);
    if (isLeafType(type)) {
      const serialized = (type as GraphQLLeafType).serialize(result);
      if (serialized == null) throw GIVE_UP;
      return serialized;
    }
    if (isAbstractType(type)) {
      const resolveTypeFn = type.resolveType ?? defaultTypeResolver;
      const runtime = resolveTypeFn(result, this.contextValue, info, type);
      if (isPromise(runtime)) return runtime.then((name) => this.object(this.runtimeType(name, type), f, info, path, result));
      return this.object(this.runtimeType(runtime, type), f, info, path, result);
    }
    if (isObjectType(type)) return this.object(type, f, info, path, result);
    throw GIVE_UP;
  }

  /** ensureValidRuntimeType: the object type named, if it is one of the abstract type's (checked once per plan). */
  private runtimeType(name: unknown, abstract: GraphQLAbstractType): GraphQLObjectType {
    if (typeof name !== 'string') throw GIVE_UP;
    const known = this.plan.runtimeTypes.get(abstract)?.get(name);
    if (known) return known;
    const t = this.schema.getType(name);
    if (!t || !isObjectType(t) || !this.schema.isSubType(abstract, t)) throw GIVE_UP;
    let m = this.plan.runtimeTypes.get(abstract);
    if (!m) this.plan.runtimeTypes.set(abstract, (m = new Map()));
    m.set(name, t);
    return t;
  }

  /** completeObjectValue: isTypeOf, then the sub-selection's fields. */
  private object(type: GraphQLObjectType, f: FieldPlan, info: GraphQLResolveInfo, path: Path, result: unknown): unknown {
    const plans = this.plan.subPlans(f, type);
    if (type.isTypeOf) {
      const ok = type.isTypeOf(result, this.contextValue, info);
      if (isPromise(ok)) {
        return ok.then((yes) => {
          if (!yes) throw GIVE_UP;
          return this.fields(type, result, path, plans);
        });
      }
      if (!ok) throw GIVE_UP;
    }
    return this.fields(type, result, path, plans);
  }

  /** completeListValue: each item in order (an item may be a promise); one promise when any is. */
  private list(itemType: GraphQLOutputType, f: FieldPlan, info: GraphQLResolveInfo, path: Path, result: unknown): unknown {
    if (typeof result !== 'object' || typeof (result as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function') throw GIVE_UP;
    let containsPromise = false;
    const out: unknown[] = [];
    let index = 0;
    try {
      for (const item of result as Iterable<unknown>) {
        const itemPath = addPath(path, index++, undefined);
        const completed = isPromise(item) ? item.then((resolved) => this.complete(itemType, f, info, itemPath, resolved)) : this.complete(itemType, f, info, itemPath, item);
        if (isPromise(completed)) {
          containsPromise = true;
          out.push(completed.then(undefined, rethrow));
        } else out.push(completed);
      }
    } catch (error) {
      if (containsPromise) for (const x of out) if (isPromise(x)) x.catch(noop);
      throw error;
    }
    return containsPromise ? Promise.all(out) : out;
  }
}

function rethrow(e: unknown): never {
  throw e;
}
