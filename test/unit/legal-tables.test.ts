import { buildClaim } from "../../src/modules/conciliation/claim.rules";
import { lateInterest } from "../../src/modules/conciliation/interest.rules";
import { feesOn, legalValueOn, multipleOfR } from "../../src/modules/fees/fee-tables";
import {
  checkNewRow,
  groupRows,
  interestStaleness,
  LegalTable,
  type LegalRow,
} from "../../src/modules/legal-tables/legal-table.rules";
import { LEGAL_TABLE_SEED } from "../../src/modules/legal-tables/legal-table.seed";

const T = groupRows(LEGAL_TABLE_SEED);
const source = {
  sourceTitle: "Forskrift om forsinkelsesrente",
  sourceUrl: "https://lovdata.no/forskrift/2026-06-20-1",
};

describe("seeded legal tables", () => {
  it("charges 12.25 % from 2025-07-01 and 12.00 % from 2026-01-01, each period at its own rate", () => {
    const r = lateInterest(10_000_000, "2025-06-15", "2026-02-14", T.LATE_INTEREST_RATE);
    if (!r.ok) throw new Error(r.message);
    expect(r.value.periods.map((p) => [p.from, p.to, p.days, p.rateBasisPoints, p.validFrom])).toEqual([
      ["2025-06-16", "2025-06-30", 15, 1250, "2025-01-01"],
      ["2025-07-01", "2025-12-31", 184, 1225, "2025-07-01"],
      ["2026-01-01", "2026-02-14", 45, 1200, "2026-01-01"],
    ]);
    // 1e7 × (1250×15 + 1225×184 + 1200×45) / 3 650 000 = 816 849.32 øre
    expect(r.value.total).toBe(816_849);
    expect(r.value.periods.every((p) => p.rateConfirmed)).toBe(true);
    expect(r.value.periods[2]!.sourceUrl).toMatch(/^https:\/\//);
  });

  it("has a rate for every half-year from 2014 and answers a due date before it with a typed error", () => {
    const starts = T.LATE_INTEREST_RATE.map((r) => r.validFrom);
    expect(starts[0]).toBe("2014-01-01");
    expect(starts).toHaveLength(25);
    const r = lateInterest(100_000, "2013-06-01", "2014-02-01", T.LATE_INTEREST_RATE);
    expect(r).toMatchObject({ ok: false, code: "NO_RATE_IN_FORCE", firstValidFrom: "2014-01-01" });
  });

  it("gives the 2026 fees: R 1 345 kr, forliksklage 1.1 R, utleggsbegjæring 1.21 R, inkassovarsel 35 kr, betalingsoppfordring 105 kr", () => {
    const f = feesOn("2026-03-01", T);
    if (!f.ok) throw new Error(f.message);
    expect(f.value.courtFeeR).toBe(134_500);
    expect(multipleOfR(f.value.conciliationFeeFactor, f.value)).toBe(147_900);
    expect(multipleOfR(f.value.enforcementFeeFactor, f.value)).toBe(162_700);
    expect(multipleOfR(f.value.legalCostCapFactor, f.value)).toBe(538_000);
    expect(f.value.collectionNoticeFee).toBe(3_500);
    expect(f.value.paymentDemandFee).toBe(10_500);
    expect(feesOn("2025-06-01", T)).toMatchObject({ ok: true, value: { courtFeeR: 131_400 } });
    expect(legalValueOn(LegalTable.PAYMENT_DEMAND_FEE, "2020-10-01", T)).toMatchObject({ ok: true, value: 10_500 });
  });

  it("keeps the forliksklage fee at 1.1 R after 2024-07-01, marked unconfirmed (Prop. 80 L (2023–2024) proposed 1.54 R)", () => {
    const f = legalValueOn(LegalTable.CONCILIATION_FEE_FACTOR, "2026-03-01", T);
    expect(f).toMatchObject({ ok: true, value: 110, basis: { validFrom: "2024-07-01", confirmed: false } });
  });

  it("offers standardkompensasjon on B2B claims (470 kr in 2025, 460 kr from 2026) and refuses it for a person", () => {
    const base = { principal: 1_000_000, filingDate: "2026-03-01", requestJudgmentInAbsence: true };
    const offered = buildClaim({ ...base, dueDate: "2026-01-10", debtorIsBusiness: true }, T);
    expect(offered).toMatchObject({
      ok: true,
      value: { standardCompensation: null, standardCompensationAvailable: { amount: 46_000 } },
    });
    const claimed = buildClaim(
      { ...base, dueDate: "2025-03-01", debtorIsBusiness: true, claimStandardCompensation: true },
      T,
    );
    if (!claimed.ok) throw new Error("expected a claim");
    expect(claimed.value.standardCompensation?.amount).toBe(47_000);
    expect(claimed.value.basis.map((b) => b.table)).toContain(LegalTable.STANDARD_COMPENSATION);
    const without = buildClaim({ ...base, dueDate: "2025-03-01", debtorIsBusiness: true }, T);
    if (!without.ok) throw new Error("expected a claim");
    expect(claimed.value.total - without.value.total).toBe(47_000);
    expect(buildClaim({ ...base, dueDate: "2025-03-01", claimStandardCompensation: true }, T)).toMatchObject({
      ok: false,
      errors: [{ code: "NOT_B2B" }],
    });
  });

  it("says when today's half-year has no confirmed interest rate, on the claim too", () => {
    expect(interestStaleness(T.LATE_INTEREST_RATE, "2026-06-30")).toBeNull();
    expect(interestStaleness(T.LATE_INTEREST_RATE, "2026-12-03")).toMatchObject({
      halfYear: "2026-H2",
      halfYearStart: "2026-07-01",
    });
    const claim = buildClaim(
      { principal: 100_000, dueDate: "2026-11-01", filingDate: "2026-12-03", requestJudgmentInAbsence: false },
      T,
    );
    if (!claim.ok) throw new Error("expected a claim");
    expect(claim.value.interest.periods.map((p) => p.rateConfirmed)).toEqual([false]);
    expect(claim.value.warnings.join(" ")).toMatch(/2026-11-02–2026-12-03/);
    const next: LegalRow = { validFrom: "2026-07-01", value: 1200, confirmed: true, ...source };
    expect(interestStaleness([...T.LATE_INTEREST_RATE, next], "2026-12-03")).toBeNull();
  });
});

describe("checkNewRow", () => {
  const rates = T.LATE_INTEREST_RATE;
  const ok = { table: LegalTable.LATE_INTEREST_RATE, validFrom: "2026-07-01", value: 1200, confirmed: true, ...source };
  const codes = (c: Partial<typeof ok>) => checkNewRow({ ...ok, ...c }, rates).map((e) => e.code);

  it("accepts the next half-year's rate", () => expect(codes({})).toEqual([]));
  it("refuses a duplicate validFrom", () =>
    expect(codes({ validFrom: "2026-01-01" })).toEqual(["DUPLICATE_VALID_FROM"]));
  it("refuses a row before the newest one", () =>
    expect(codes({ validFrom: "2025-07-01".replace("07", "01") })).toEqual(["DUPLICATE_VALID_FROM"]));
  it("refuses a row inserted between others", () =>
    expect(codes({ validFrom: "2020-03-01" })).toEqual(["NOT_HALF_YEAR_START", "OUT_OF_ORDER"]));
  it("refuses a half-yearly row off 1 January / 1 July", () =>
    expect(codes({ validFrom: "2026-08-01" })).toEqual(["NOT_HALF_YEAR_START"]));
  it("refuses a bad date, value and source", () => {
    expect(codes({ validFrom: "2026-13-01" })).toEqual(["INVALID_DATE"]);
    expect(codes({ value: 12.5 })).toEqual(["INVALID_VALUE"]);
    expect(codes({ value: 120_000 })).toEqual(["INVALID_VALUE"]);
    expect(codes({ sourceTitle: " ", sourceUrl: "lovdata" })).toEqual(["INVALID_SOURCE", "INVALID_SOURCE"]);
  });
});
