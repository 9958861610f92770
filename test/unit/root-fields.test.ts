import { parse, type OperationDefinitionNode } from "graphql";
import { rootFieldNames } from "../../src/graphql/root-fields";
import { rootFieldLabel } from "../../src/graphql/metrics.plugin";
import { operationSpanName } from "../../src/graphql/tracing.plugin";

const first = (source: string) => {
  const document = parse(source);
  const operation = document.definitions.find((d) => d.kind === "OperationDefinition") as OperationDefinitionNode;
  return { operation, document };
};

describe("rootFieldNames: the root fields of an operation, for metric labels and span names", () => {
  it("gives schema names, not aliases, each once, in document order", () => {
    const { operation, document } = first("mutation { a: caseClose(id: 1) { ok } b: caseClose(id: 2) { ok } }");
    expect(rootFieldNames(operation, document)).toEqual(["caseClose"]);
    expect(rootFieldLabel(operation, document)).toBe("caseClose");
    expect(operationSpanName(operation, document)).toBe("mutation caseClose");
  });

  it("looks through inline fragments and fragment spreads (a fragment spread twice is read once)", () => {
    const { operation, document } = first(`
      query { ... on Query { viewer { keyName } } ...F ...F }
      fragment F on Query { cases(first: 1) { nodes { id } } viewer { keyName } }
    `);
    expect(rootFieldNames(operation, document)).toEqual(["viewer", "cases"]);
    expect(rootFieldLabel(operation, document)).toBe("multiple");
    expect(operationSpanName(operation, document)).toBe("query viewer,cases");
  });

  it("names at most three root fields in a span name", () => {
    const { operation, document } = first("{ a { x } b { x } c { x } d { x } }");
    expect(rootFieldNames(operation, document)).toEqual(["a", "b", "c", "d"]);
    expect(rootFieldLabel(operation, document)).toBe("multiple");
    expect(operationSpanName(operation, document)).toBe("query a,b,c,…");
  });
});
