import { LegalTableRowAddDocument, LegalTablesDocument, type LegalTableRowAddInput } from "../generated/graphql";
import { Scope } from "../../src/modules/access/api-key.entity";
import { fixedClock } from "../../src/shared/clock";
import { startTestApp, type TestApp } from "../support/app";
import { createCreditor, createDebtor } from "../support/factories";
import { draft, draftInput, openCase } from "../support/dispute";
import { ConciliationCaseCreateDocument } from "../generated/graphql";
import { DebtorKind } from "../../src/modules/parties/debtor.entity";

/** Today for this file: 2026-12-03, a half-year (2026-H2) the seed has no confirmed interest rate for. */
const clock = fixedClock("2026-12-03T10:00:00Z");

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ clock });
});
afterAll(async () => app?.close());

const next: LegalTableRowAddInput = {
  table: "LATE_INTEREST_RATE",
  validFrom: "2026-07-01",
  value: 1200,
  sourceTitle: "Forskrift om forsinkelsesrente og kompensasjon for inndrivelseskostnader (2H2026)",
  sourceUrl: "https://lovdata.no/forskrift/2026-06-20-1",
};

const rowDigest = async () => JSON.stringify(await app.sql(`select * from legal_table_row order by id`));
type Readyz = { status: string; legalTables?: { staleInterestRate: { halfYear: string; message: string } | null } };
const readyz = async () => (await (await fetch(app.server.url.replace(/\/graphql$/, "/readyz"))).json()) as Readyz;

async function claimOfNewCase(dueDate: string) {
  const creditor = await createCreditor(app);
  const debtor = await createDebtor(app, creditor);
  const caseId = await openCase(app, creditor, debtor, { dueDate, amount: 1_000_000 });
  return (await draft(app, caseId, { filingDate: "2026-12-03" })).claim;
}

async function caseOf(kind: DebtorKind, dueDate: string) {
  const creditor = await createCreditor(app);
  const debtor = await createDebtor(app, creditor, { kind });
  return openCase(app, creditor, debtor, { dueDate, amount: 1_000_000 });
}

describe("legal tables", () => {
  it("lists every table with its rows, sources and what is in force today, and says today's rate is unconfirmed", async () => {
    const { legalTables } = await app.ok(LegalTablesDocument, {});
    expect(legalTables.on).toBe("2026-12-03");
    const byName = Object.fromEntries(legalTables.tables.map((t) => [t.table, t]));
    expect(byName.LATE_INTEREST_RATE!.inForce).toEqual({ validFrom: "2026-01-01", value: 1200, confirmed: true });
    expect(byName.COURT_FEE!.inForce).toEqual({ validFrom: "2026-01-01", value: 134_500, confirmed: false });
    expect(byName.PAYMENT_DEMAND_FEE!.rows.map((r) => [r.validFrom, r.value])).toEqual([
      ["2017-01-01", 21_000],
      ["2020-10-01", 10_500],
      ["2026-01-01", 10_500],
    ]);
    expect(byName.LAWYER_BYPASS_THRESHOLD!.inForce?.value).toBe(20_000_000);
    // seeded by the second seed migration: the § 6-13 (1) d cap with collection costs and the petition preparation cap
    expect(byName.LEGAL_COST_CAP_WITH_COLLECTION_FACTOR!.rows.map((r) => [r.validFrom, r.value, r.confirmed])).toEqual([
      ["2008-01-01", 100, true],
      ["2021-01-01", 50, false],
    ]);
    expect(byName.PETITION_COST_CAP_FACTOR!.rows.map((r) => [r.validFrom, r.value, r.confirmed])).toEqual([
      ["2008-01-01", 100, false],
      ["2021-01-01", 50, false],
    ]);
    expect(byName.LEGAL_COST_CAP_FACTOR!.inForce).toEqual({ validFrom: "2008-01-01", value: 400, confirmed: true });
    expect(
      legalTables.tables
        .flatMap((t) => t.rows)
        .every((r) => r.sourceUrl.startsWith("http") && r.sourceTitle.length > 3),
    ).toBe(true);
    expect(legalTables.staleInterestRate).toMatchObject({ halfYear: "2026-H2", halfYearStart: "2026-07-01" });
  });

  it("reports the stale half-year in /readyz without failing, and records it once", async () => {
    const first = await readyz();
    expect(first).toMatchObject({ status: "ready", legalTables: { staleInterestRate: { halfYear: "2026-H2" } } });
    await readyz();
    expect(await app.count("legal_table_stale_notice")).toBe(1);
  });

  it("shows an unconfirmed rate on a claim computed in the stale half-year, with the rows it used", async () => {
    const claim = await claimOfNewCase("2026-11-01");
    expect(claim.interestPeriods.map((p) => [p.from, p.rateBasisPoints, p.rateConfirmed, p.validFrom])).toEqual([
      ["2026-11-02", 1200, false, "2026-01-01"],
    ]);
    expect(claim.warnings.join(" ")).toMatch(/2026-H2|not confirmed/);
    expect(claim.basis.find((b) => b.table === "COURT_FEE")).toMatchObject({
      validFrom: "2026-01-01",
      value: 134_500,
      confirmed: false,
    });
    // 1.1 × 1 345 kr rounded down
    expect(claim.conciliationFee).toBe(147_900);
  });

  it("refuses a row from an admin key bound to some creditors, and writes nothing", async () => {
    const creditor = await createCreditor(app);
    const tenantAdmin = await app.createKey([Scope.ADMIN], [creditor.id], "tenant admin");
    const before = await rowDigest();
    const res = await app.gql(LegalTableRowAddDocument, { input: next }, tenantAdmin);
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await rowDigest()).toBe(before);
  });

  it.each([
    ["a duplicate validFrom", { validFrom: "2026-01-01" }, "DUPLICATE_VALID_FROM"],
    [
      "a date before the newest row",
      { validFrom: "2025-10-01", table: "COURT_FEE" as const, value: 130_000 },
      "OUT_OF_ORDER",
    ],
    ["a date between rows", { validFrom: "2023-03-01", table: "COURT_FEE" as const, value: 130_000 }, "OUT_OF_ORDER"],
    ["a day that does not start a half-year", { validFrom: "2026-08-01" }, "NOT_HALF_YEAR_START"],
    ["a rate out of range (120 000 basis points)", { value: 120_000 }, "INVALID_VALUE"],
    ["a source without an address", { sourceUrl: "lovdata" }, "INVALID_SOURCE"],
  ])("refuses %s with a typed error and writes nothing", async (_what, change, code) => {
    const before = await rowDigest();
    const { legalTableRowAdd } = await app.ok(LegalTableRowAddDocument, { input: { ...next, ...change } });
    expect(legalTableRowAdd.row).toBeNull();
    expect(legalTableRowAdd.userErrors.map((e) => e.code)).toEqual([code]);
    expect(await rowDigest()).toBe(before);
  });

  it("appends the global admin's row, which the next computation and the query use", async () => {
    const { legalTableRowAdd } = await app.ok(LegalTableRowAddDocument, { input: next });
    expect(legalTableRowAdd.userErrors).toEqual([]);
    expect(legalTableRowAdd.row).toMatchObject({
      table: "LATE_INTEREST_RATE",
      validFrom: "2026-07-01",
      value: 1200,
      unit: "BASIS_POINTS",
      confirmed: true,
    });
    expect(await app.count("legal_table_row", `"table" = 'LATE_INTEREST_RATE'`)).toBe(26);

    const { legalTables } = await app.ok(LegalTablesDocument, {});
    expect(legalTables.staleInterestRate).toBeNull();
    expect((await readyz()).legalTables).toEqual({ staleInterestRate: null });

    const claim = await claimOfNewCase("2026-11-01");
    expect(claim.interestPeriods.map((p) => [p.rateBasisPoints, p.rateConfirmed, p.validFrom, p.sourceUrl])).toEqual([
      [1200, true, "2026-07-01", next.sourceUrl],
    ]);
    expect(claim.warnings.some((w) => w.includes("2026-H2"))).toBe(false);

    const again = await app.ok(LegalTableRowAddDocument, { input: next });
    expect(again.legalTableRowAdd.userErrors.map((e) => e.code)).toEqual(["DUPLICATE_VALID_FROM"]);
  });

  it("answers a due date before the interest table with a typed error on the forliksklage, and writes nothing", async () => {
    const caseId = await caseOf(DebtorKind.PERSON, "2013-06-01");
    const before = await app.count("conciliation_case");
    const { conciliationCaseCreate } = await app.ok(ConciliationCaseCreateDocument, {
      input: draftInput(caseId, { filingDate: "2026-12-03" }),
    });
    expect(conciliationCaseCreate.conciliationCase).toBeNull();
    expect(conciliationCaseCreate.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["NO_RATE_IN_FORCE", ["input", "caseId"]],
    ]);
    expect(conciliationCaseCreate.userErrors[0]!.message).toContain("2014-01-01");
    expect(await app.count("conciliation_case")).toBe(before);
  });

  it("offers standardkompensasjon on a B2B claim, adds it when asked, and refuses it against a person", async () => {
    const offered = (
      await draft(app, await caseOf(DebtorKind.ORGANISATION, "2026-01-10"), { filingDate: "2026-03-01" })
    ).claim;
    expect(offered).toMatchObject({ standardCompensation: null, standardCompensationAvailable: 46_000 });
    const claimed = (
      await draft(app, await caseOf(DebtorKind.ORGANISATION, "2026-01-10"), {
        filingDate: "2026-03-01",
        claimStandardCompensation: true,
      })
    ).claim;
    expect(claimed).toMatchObject({
      standardCompensation: 46_000,
      standardCompensationAvailable: null,
      total: offered.total + 46_000,
    });
    expect(claimed.basis.find((b) => b.table === "STANDARD_COMPENSATION")).toMatchObject({
      validFrom: "2026-01-01",
      value: 46_000,
      confirmed: true,
    });

    const person = await caseOf(DebtorKind.PERSON, "2026-01-10");
    const before = await app.count("conciliation_case");
    const refused = await app.ok(ConciliationCaseCreateDocument, {
      input: draftInput(person, { filingDate: "2026-03-01", claimStandardCompensation: true }),
    });
    expect(refused.conciliationCaseCreate.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["NOT_B2B", ["input", "claimStandardCompensation"]],
    ]);
    expect(await app.count("conciliation_case")).toBe(before);
  });
});
