// Bounded by construction: every list field with a `first` argument is wrapped here, so its
// resolver cannot return more than `first` items and a `first` above the field's maximum
// (limits.ts) is refused with BAD_USER_INPUT — whatever the resolver itself does. The cost
// plugin refuses the same arguments before execution; this is the guarantee during it.
import { defaultFieldResolver, getNamedType, getNullableType, isEnumType, isListType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { badInput } from './errors.ts';
import { listMax } from './limits.ts';
import { dedupe } from './list-args.ts';

type ResolverMap = Record<string, Record<string, unknown>>;

export function boundLists(schema: GraphQLSchema, resolvers: ResolverMap): ResolverMap {
  const out: ResolverMap = { ...resolvers };
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const ifaces = type.getInterfaces().map((i) => i.name);
    for (const field of Object.values(type.getFields())) {
      if (!isListType(getNullableType(field.type)) || !field.args.some((a) => a.name === 'first')) continue;
      const max = listMax(type.name, field.name, ifaces);
      const own = out[type.name]?.[field.name];
      const inner = (typeof own === 'function' ? own : defaultFieldResolver) as GraphQLFieldResolver<unknown, unknown>;
      const name = `${type.name}.${field.name}`;
      const cut = (result: unknown, first: number | null | undefined) => (Array.isArray(result) && typeof first === 'number' && result.length > first ? result.slice(0, first) : result);
      // Synchronous when the inner resolver is (a promise per list field costs graphql-js a
      // microtask and a promise-aware completion); errors reject either way, as graphql-js reports them alike.
      const bounded: GraphQLFieldResolver<unknown, unknown, { first?: number | null }> = (parent, args, ctx, info) => {
        const first = args.first;
        if (first !== undefined && first !== null && (!Number.isInteger(first) || first < 0 || first > max)) {
          throw badInput(`参数 first 必须是 0 到 ${max} 之间的整数 / ${name}: first must be an integer in [0, ${max}], got ${first}`, 'first');
        }
        const result: unknown = inner(parent, args, ctx, info);
        return result instanceof Promise ? result.then((r: unknown) => cut(r, first)) : cut(result, first);
      };
      out[type.name] = { ...out[type.name], [field.name]: bounded };
    }
  }
  return dedupeEnumLists(schema, out);
}

/**
 * Enum-list arguments (types, labels) reach the resolvers with each value once: the request may
 * repeat values up to ENUM_LIST_MAX (list-args.ts checks the length before execution), the
 * resolvers (and the loader keys built from them) see at most one entry per enum value.
 */
function dedupeEnumLists(schema: GraphQLSchema, resolvers: ResolverMap): ResolverMap {
  const out: ResolverMap = { ...resolvers };
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const enumArgs = field.args.filter((a) => isListType(getNullableType(a.type)) && isEnumType(getNamedType(a.type))).map((a) => a.name);
      if (enumArgs.length === 0) continue;
      const own = out[type.name]?.[field.name];
      const inner = (typeof own === 'function' ? own : defaultFieldResolver) as GraphQLFieldResolver<unknown, unknown, Record<string, unknown>>;
      const deduped: GraphQLFieldResolver<unknown, unknown, Record<string, unknown>> = (parent, args, ctx, info) => {
        let a = args;
        for (const name of enumArgs) {
          const v = a[name];
          if (Array.isArray(v) && v.length > 1 && new Set(v).size < v.length) a = { ...a, [name]: dedupe(v) };
        }
        return inner(parent, a, ctx, info);
      };
      out[type.name] = { ...out[type.name], [field.name]: deduped };
    }
  }
  return out;
}
