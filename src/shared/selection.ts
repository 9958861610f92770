import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

const cache = new WeakMap<FieldNode, Map<string, ReadonlySet<string>>>();

/**
 * Names of the fields selected at `path` below the field being resolved, e.g. ["edges", "node"] under a connection.
 * Fragments and inline fragments are merged; @skip/@include are not evaluated, so a conditional field counts as
 * selected (a prefetch may then load something unused, never miss something used). Cached per document node.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[]): ReadonlySet<string> {
  const key = path.join(".");
  const first = info.fieldNodes[0]!;
  let byPath = cache.get(first);
  if (info.fieldNodes.length === 1) {
    const hit = byPath?.get(key);
    if (hit) return hit;
  }
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  for (const name of path)
    sets = fieldsIn(sets, info).flatMap((f) => (f.name.value === name && f.selectionSet ? [f.selectionSet] : []));
  const names = new Set(fieldsIn(sets, info).map((f) => f.name.value));
  if (info.fieldNodes.length === 1) {
    if (!byPath) cache.set(first, (byPath = new Map()));
    byPath.set(key, names);
  }
  return names;
}

function fieldsIn(sets: SelectionSetNode[], info: GraphQLResolveInfo): FieldNode[] {
  const out: FieldNode[] = [];
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) out.push(sel);
      else if (sel.kind === Kind.INLINE_FRAGMENT) walk(sel.selectionSet);
      else if (!seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        const fragment = info.fragments[sel.name.value];
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  for (const set of sets) walk(set);
  return out;
}
