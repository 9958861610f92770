import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { buildSchema, parse } from "graphql";
import { getComplexity } from "graphql-query-complexity";
import { costEstimators, queryCost, queryDepth } from "../../src/graphql/limits";

const schema = buildSchema(fs.readFileSync(path.join(__dirname, "../../schema/schema.graphql"), "utf8"));

/** graphql-query-complexity's figure, which queryCost claims to reproduce in linear time. */
const reference = (query: string, variables: Record<string, unknown> = {}, operationName?: string) =>
  getComplexity({ schema, query: parse(query), variables, operationName, estimators: costEstimators });

const documents: [string, Record<string, unknown>][] = [
  ["{ viewer { keyName scopes } }", {}],
  ["query($n: Int!) { cases(first: $n) { nodes { id status debtor { name } } pageInfo { hasNextPage } } }", { n: 7 }],
  [
    "query($s: Boolean!) { cases(first: 3) { nodes { id debtor @skip(if: $s) { name } invoice @include(if: $s) { amount } } } }",
    { s: true },
  ],
  [
    "query($s: Boolean!) { cases(first: 3) { nodes { id debtor @skip(if: $s) { name } invoice @include(if: $s) { amount } } } }",
    { s: false },
  ],
  ['{ node(id: "x") { id ... on Case { status replacedBy { id } } ... on Debtor { name creditor { name } } } }', {}],
  [
    "fragment C on Case { id timeline(first: 4) { nodes { id summary } } } { cases(first: 2) { nodes { ...C replacedBy { ...C } } } }",
    {},
  ],
  ["fragment N on Node { id } fragment D on Debtor { ...N name } { debtors(first: 5) { nodes { ...D ...N } } }", {}],
  ["{ __typename __schema { queryType { name } } }", {}],
];

describe("query cost", () => {
  it.each(documents)("equals graphql-query-complexity's getComplexity: %s", (query, variables) => {
    expect(queryCost(schema, parse(query), undefined, variables)).toBe(reference(query, variables));
  });

  it("equals getComplexity on fragment chains of any shape (within its node cap)", () => {
    const leaf = fc.constantFrom(
      "__typename",
      "viewer { keyName }",
      "cases(first: 2) { nodes { id } }",
      "municipalities(first: 3) { nodes { code name } }",
    );
    const chain = fc.array(fc.record({ own: fc.array(leaf, { maxLength: 2 }), spreads: fc.nat({ max: 3 }) }), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(chain, (levels) => {
        const lines = levels.map(
          ({ own, spreads }, i) =>
            `fragment F${i} on Query { __typename ${own.join(" ")} ${i > 0 ? `...F${i - 1} `.repeat(spreads) : ""} }`,
        );
        const query = `${lines.join("\n")}\nquery { ...F${levels.length - 1} }`;
        expect(queryCost(schema, parse(query), undefined, {})).toBe(reference(query));
      }),
      { numRuns: 200 },
    );
  });

  it("picks the named operation, and gives undefined when the variables do not coerce", () => {
    const query = "query A { viewer { keyName } } query B($n: Int!) { cases(first: $n) { nodes { id } } }";
    expect(queryCost(schema, parse(query), "B", { n: 10 })).toBe(reference(query, { n: 10 }, "B"));
    expect(queryCost(schema, parse(query), "B", { n: "ten" })).toBeUndefined();
  });
});

describe("query depth", () => {
  it("counts fields through fragments and inline fragments, not __ fields", () => {
    expect(queryDepth(parse("{ __schema { types { name } } viewer { keyName } }"))).toBe(2);
    expect(
      queryDepth(parse('fragment R on Case { replacedBy { id } } { node(id: "x") { ... on Case { ...R } } }')),
    ).toBe(3);
  });
});
