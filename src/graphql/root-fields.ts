import { Kind, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from "graphql";

/**
 * The root fields an operation selects, by their schema names (never an alias), each once, in document order, through
 * inline fragments and fragment spreads. A validated document's root fields are fields of the schema, so names drawn
 * from here stay bounded by it (metric labels, span names).
 */
export function rootFieldNames(operation: OperationDefinitionNode, document: DocumentNode): string[] {
  const names = new Set<string>();
  const spread = new Set<string>();
  const walk = (set: SelectionSetNode): void => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) names.add(sel.name.value);
      else if (sel.kind === Kind.INLINE_FRAGMENT) walk(sel.selectionSet);
      else if (!spread.has(sel.name.value)) {
        spread.add(sel.name.value);
        const frag = document.definitions.find(
          (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === sel.name.value,
        );
        if (frag?.kind === Kind.FRAGMENT_DEFINITION) walk(frag.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return [...names];
}
