import { compatibility } from "../../src/graphql/schema-compat";

const released = `
type Query { invoice(id: ID!): Invoice }
type Invoice { id: ID! dueDate: String! amount: Int! lines: Int! }
enum Status { OPEN CLOSED }
`;

describe("schema compatibility check", () => {
  it("passes an additive change and reports a dangerous one", () => {
    const next = released
      .replace("amount: Int!", "amount: Int! kid: String")
      .replace("OPEN CLOSED", "OPEN CLOSED FROZEN");
    const report = compatibility(released, next, "");
    expect(report.unannounced).toEqual([]);
    expect(report.dangerous).toEqual(["FROZEN was added to enum type Status."]);
  });

  it("fails a removed field or a changed type that the changelog does not announce", () => {
    const next =
      released.replace("amount: Int!", "").replace("dueDate: String!", "dueDate: LocalDate!") + "scalar LocalDate";
    const report = compatibility(released, next, "# Changelog\n\n## Unreleased\n\n- Added things.\n");
    expect(report.unannounced).toEqual([
      "Invoice.amount was removed.",
      "Invoice.dueDate changed type from String! to LocalDate!.",
    ]);
  });

  it("accepts a break announced under Unreleased with its deprecation period, and only there", () => {
    const next = released.replace("amount: Int!", "");
    const announced =
      "## Unreleased\n\n- `Invoice.amount` removed. Deprecation period: deprecated 2026-09-01, removed 2026-12-01.\n\n## 1.0.0\n";
    expect(compatibility(released, next, announced)).toMatchObject({
      announced: ["Invoice.amount was removed."],
      unannounced: [],
    });
    const noPeriod = "## Unreleased\n\n- `Invoice.amount` removed.\n";
    expect(compatibility(released, next, noPeriod).unannounced).toEqual(["Invoice.amount was removed."]);
    const olderSection = "## Unreleased\n\n## 1.0.0\n\n- `Invoice.amount` removed. Deprecation period: 3 months.\n";
    expect(compatibility(released, next, olderSection).unannounced).toEqual(["Invoice.amount was removed."]);
  });
});
