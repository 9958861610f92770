import {
  buildClaim as buildClaimOf,
  enforcementAvailability as enforcementAvailabilityOf,
  type ClaimInput,
  EnforcementRefusalCode,
  JudgmentOutcome,
  oneYearAfter,
  type EnforcementFacts,
} from "../../src/modules/conciliation/claim.rules";
import { groupRows, LegalTable, type LegalTables } from "../../src/modules/legal-tables/legal-table.rules";
import { LEGAL_TABLE_SEED } from "../../src/modules/legal-tables/legal-table.seed";

const SEEDED = groupRows(LEGAL_TABLE_SEED);
/** The claim with the seeded tables unless others are given; fails the test on a typed error. */
function buildClaim(input: ClaimInput, tables: LegalTables = SEEDED) {
  const r = buildClaimOf(input, tables);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join("; "));
  return r.value;
}
const enforcementAvailability = (facts: EnforcementFacts, tables: LegalTables = SEEDED) => enforcementAvailabilityOf(facts, tables);

describe("forliksklage claim", () => {
  it("adds principal, interest to the filing date, the fee and capped legal costs", () => {
    const claim = buildClaim({ principal: 1_000_000, dueDate: "2025-01-31", filingDate: "2025-03-02", legalCosts: 600_000, requestJudgmentInAbsence: true });
    expect(claim.interest.total).toBe(10_274);
    expect(claim.interest.toDate).toBe("2025-03-02");
    // R is 1 314 kr from 2025-01-01: 1.1 × 1 314 kr = 1 445.40 kr, rounded down to whole kroner
    expect(claim.conciliationFee).toBe(144_500);
    expect(claim.conciliationFeeFactor).toBe(1.1);
    expect(claim.courtFeeR).toBe(131_400);
    // 4 × R = 5 256 kr
    expect(claim.legalCosts).toEqual({ requested: 600_000, claimed: 525_600, cap: 525_600, capped: true });
    expect(claim.requestJudgmentInAbsence).toBe(true);
    expect(claim.total).toBe(1_000_000 + 10_274 + 144_500 + 525_600);
  });

  it("keeps legal costs at or under the cap as asked", () => {
    expect(buildClaim({ principal: 500_000, dueDate: "2025-01-31", filingDate: "2025-01-31", legalCosts: 510_800, requestJudgmentInAbsence: false }).legalCosts).toEqual({
      requested: 510_800,
      claimed: 510_800,
      cap: 525_600,
      capped: false,
    });
    const none = buildClaim({ principal: 500_000, dueDate: "2025-01-31", filingDate: "2025-01-31", requestJudgmentInAbsence: false });
    expect(none.legalCosts.claimed).toBe(0);
    expect(none.interest.total).toBe(0);
    expect(none.total).toBe(500_000 + 144_500);
    expect(none.requestJudgmentInAbsence).toBe(false);
  });

  it("adds collection fees already incurred", () => {
    const claim = buildClaim({
      principal: 100_000,
      dueDate: "2025-01-31",
      filingDate: "2025-01-31",
      extraFees: [
        { label: "Inkassovarsel", amount: 3_500 },
        { label: "Betalingsoppfordring", amount: 7_000 },
      ],
      requestJudgmentInAbsence: true,
    });
    expect(claim.extraFees).toHaveLength(2);
    expect(claim.total).toBe(100_000 + 144_500 + 3_500 + 7_000);
  });

  it("takes the fee factor and R from the legal tables' rows", () => {
    const tables: LegalTables = {
      ...SEEDED,
      [LegalTable.COURT_FEE]: [...SEEDED.COURT_FEE, { validFrom: "2027-01-01", value: 140_000, confirmed: true, sourceTitle: "t", sourceUrl: "https://example.org" }],
      [LegalTable.CONCILIATION_FEE_FACTOR]: [...SEEDED.CONCILIATION_FEE_FACTOR, { validFrom: "2027-01-01", value: 154, confirmed: true, sourceTitle: "t", sourceUrl: "https://example.org" }],
    };
    const before = buildClaim({ principal: 100_000, dueDate: "2026-12-01", filingDate: "2026-12-31", requestJudgmentInAbsence: true }, tables);
    const after = buildClaim({ principal: 100_000, dueDate: "2026-12-01", filingDate: "2027-01-02", requestJudgmentInAbsence: true }, tables);
    // 1.1 × 1 345 kr = 1 479.50 kr, rounded down
    expect(before.conciliationFee).toBe(147_900);
    // 1.54 × 1 400 kr = 2 156 kr
    expect(after.conciliationFee).toBe(215_600);
    expect(after.legalCosts.cap).toBe(560_000);
  });

  it("refuses amounts that are not whole øre", () => {
    expect(() => buildClaim({ principal: 1.5, dueDate: "2025-01-31", filingDate: "2025-02-01", requestJudgmentInAbsence: true })).toThrow(/whole øre/);
    expect(() => buildClaim({ principal: 100, dueDate: "2025-01-31", filingDate: "2025-02-01", legalCosts: -1, requestJudgmentInAbsence: true })).toThrow(/whole øre/);
  });
});

describe("enforcement availability (utleggsbegjæring)", () => {
  const won: EnforcementFacts = {
    outcome: JudgmentOutcome.WON,
    amountOwed: 1_200_000,
    judgmentDate: "2025-03-10",
    paymentDueDate: "2025-04-07",
    today: "2025-04-08",
  };
  const codes = (facts: Partial<EnforcementFacts>) => enforcementAvailability({ ...won, ...facts }).reasons.map((r) => r.code);

  it("allows it the day after the payment due date, with no notice and no new fee, for a judgment under a year", () => {
    expect(enforcementAvailability(won)).toEqual({
      mayCreate: true,
      noticeRequired: false,
      noticeExpired: false,
      noticeExpiresOn: null,
      underOneYear: true,
      enforcementFee: 0,
      feeBasis: [],
      reasons: [],
    });
  });

  it.each([JudgmentOutcome.WON, JudgmentOutcome.PARTLY_WON, JudgmentOutcome.COURT_SETTLEMENT, JudgmentOutcome.JUDGMENT_IN_ABSENCE])("allows %s when money is owed", (outcome) => {
    expect(enforcementAvailability({ ...won, outcome }).mayCreate).toBe(true);
  });

  it.each([JudgmentOutcome.LOST, JudgmentOutcome.DISMISSED, JudgmentOutcome.REFERRED_TO_TINGRETT])("refuses %s", (outcome) => {
    const r = enforcementAvailability({ ...won, outcome });
    expect(r.mayCreate).toBe(false);
    expect(r.reasons.map((x) => x.code)).toEqual([EnforcementRefusalCode.OUTCOME_NOT_ENFORCEABLE]);
  });

  it("refuses a settlement or judgment with nothing owed", () => {
    expect(codes({ outcome: JudgmentOutcome.COURT_SETTLEMENT, amountOwed: 0 })).toEqual([EnforcementRefusalCode.NOTHING_OWED]);
    expect(codes({ amountOwed: 0 })).toEqual([EnforcementRefusalCode.NOTHING_OWED]);
  });

  it("refuses it until the payment due date has passed", () => {
    const r = enforcementAvailability({ ...won, today: "2025-04-07" });
    expect(r.reasons.map((x) => x.code)).toEqual([EnforcementRefusalCode.PAYMENT_NOT_DUE]);
    expect(r.reasons[0]!.message).toContain("2025-04-08");
  });

  it("refuses it before the judgment is final when the final date is given", () => {
    expect(codes({ finalOn: "2025-04-15" })).toEqual([EnforcementRefusalCode.NOT_FINAL]);
    expect(codes({ finalOn: "2025-04-08" })).toEqual([]);
  });

  it("refuses claims against the state", () => {
    expect(codes({ againstState: true })).toEqual([EnforcementRefusalCode.AGAINST_STATE]);
  });

  describe("the one-year boundary", () => {
    const old = { judgmentDate: "2024-03-10", paymentDueDate: "2024-04-07" };

    it("needs no notice on the last day under one year", () => {
      const r = enforcementAvailability({ ...won, ...old, today: "2025-03-09" });
      expect(r).toMatchObject({ mayCreate: true, underOneYear: true, noticeRequired: false, enforcementFee: 0 });
    });

    it("needs a notice from the day the judgment is one year old", () => {
      const r = enforcementAvailability({ ...won, ...old, today: "2025-03-10" });
      expect(r).toMatchObject({ mayCreate: false, underOneYear: false, noticeRequired: true, noticeExpiresOn: null });
      expect(r.reasons.map((x) => x.code)).toEqual([EnforcementRefusalCode.NOTICE_REQUIRED]);
      // 1.21 × 1 277 kr = 1 545.17 kr, rounded down
      // 1.21 × R 2025 (1 314 kr) = 1 589.94 kr, rounded down
      expect(r.enforcementFee).toBe(158_900);
    });

    it("waits until the 14-day notice has run out", () => {
      const running = enforcementAvailability({ ...won, ...old, today: "2025-03-23", noticeSentOn: "2025-03-10" });
      expect(running).toMatchObject({ mayCreate: false, noticeRequired: true, noticeExpired: false, noticeExpiresOn: "2025-03-24" });
      expect(running.reasons.map((x) => x.code)).toEqual([EnforcementRefusalCode.NOTICE_RUNNING]);
      const done = enforcementAvailability({ ...won, ...old, today: "2025-03-24", noticeSentOn: "2025-03-10" });
      expect(done).toMatchObject({ mayCreate: true, noticeRequired: true, noticeExpired: true, noticeExpiresOn: "2025-03-24", reasons: [] });
    });

    it("ignores a notice dated in the future", () => {
      expect(codes({ ...old, today: "2025-04-01", noticeSentOn: "2025-04-02" })).toEqual([EnforcementRefusalCode.NOTICE_REQUIRED]);
    });

    it("counts a year from 29 February to 28 February", () => {
      expect(oneYearAfter("2024-02-29")).toBe("2025-02-28");
      const facts = { ...won, judgmentDate: "2024-02-29", paymentDueDate: "2024-03-20" };
      expect(enforcementAvailability({ ...facts, today: "2025-02-27" }).noticeRequired).toBe(false);
      expect(enforcementAvailability({ ...facts, today: "2025-02-28" }).noticeRequired).toBe(true);
    });
  });

  it("gives every reason at once", () => {
    expect(codes({ outcome: JudgmentOutcome.LOST, today: "2025-04-01", againstState: true })).toEqual([
      EnforcementRefusalCode.OUTCOME_NOT_ENFORCEABLE,
      EnforcementRefusalCode.PAYMENT_NOT_DUE,
      EnforcementRefusalCode.AGAINST_STATE,
    ]);
  });
});
