import {
  buildClaim as buildClaimOf,
  enforceableFrom,
  enforcementAvailability as enforcementAvailabilityOf,
  petitionCost as petitionCostOf,
  type ClaimInput,
  EnforcementRefusalCode,
  JudgmentOutcome,
  oneYearAfter,
  type EnforcementFacts,
} from "../../src/modules/conciliation/claim.rules";
import { groupRows, LegalTable, type LegalTables } from "../../src/modules/legal-tables/legal-table.rules";
import { ALL_SEEDED_ROWS } from "../../src/modules/legal-tables/legal-table-caps.seed";

const SEEDED = groupRows(ALL_SEEDED_ROWS);
/** The claim with the seeded tables unless others are given; fails the test on a typed error. */
function buildClaim(input: ClaimInput, tables: LegalTables = SEEDED) {
  const r = buildClaimOf(input, tables);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join("; "));
  return r.value;
}
const enforcementAvailability = (facts: EnforcementFacts, tables: LegalTables = SEEDED) =>
  enforcementAvailabilityOf(facts, tables);
function petitionCost(requested: number, date: string, tables: LegalTables = SEEDED) {
  const r = petitionCostOf(requested, date, tables);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

describe("forliksklage claim", () => {
  it("adds principal, interest to the filing date, the fee and capped legal costs", () => {
    const claim = buildClaim({
      principal: 1_000_000,
      dueDate: "2025-01-31",
      filingDate: "2025-03-02",
      legalCosts: 600_000,
      requestJudgmentInAbsence: true,
    });
    expect(claim.interest.total).toBe(10_274);
    expect(claim.interest.toDate).toBe("2025-03-02");
    // R is 1 314 kr from 2025-01-01: 1.1 × 1 314 kr = 1 445.40 kr, rounded down to whole kroner
    expect(claim.conciliationFee).toBe(144_500);
    expect(claim.conciliationFeeFactor).toBe(1.1);
    expect(claim.courtFeeR).toBe(131_400);
    // 4 × R = 5 256 kr
    expect(claim.legalCosts).toEqual({
      requested: 600_000,
      claimed: 525_600,
      cap: 525_600,
      capFactor: 4,
      withCollectionCosts: false,
      capped: true,
    });
    expect(claim.requestJudgmentInAbsence).toBe(true);
    expect(claim.total).toBe(1_000_000 + 10_274 + 144_500 + 525_600);
  });

  it("keeps legal costs at or under the cap as asked", () => {
    expect(
      buildClaim({
        principal: 500_000,
        dueDate: "2025-01-31",
        filingDate: "2025-01-31",
        legalCosts: 510_800,
        requestJudgmentInAbsence: false,
      }).legalCosts,
    ).toEqual({
      requested: 510_800,
      claimed: 510_800,
      cap: 525_600,
      capFactor: 4,
      withCollectionCosts: false,
      capped: false,
    });
    const none = buildClaim({
      principal: 500_000,
      dueDate: "2025-01-31",
      filingDate: "2025-01-31",
      requestJudgmentInAbsence: false,
    });
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
      [LegalTable.COURT_FEE]: [
        ...SEEDED.COURT_FEE,
        {
          validFrom: "2027-01-01",
          value: 140_000,
          confirmed: true,
          sourceTitle: "t",
          sourceUrl: "https://example.org",
        },
      ],
      [LegalTable.CONCILIATION_FEE_FACTOR]: [
        ...SEEDED.CONCILIATION_FEE_FACTOR,
        { validFrom: "2027-01-01", value: 154, confirmed: true, sourceTitle: "t", sourceUrl: "https://example.org" },
      ],
    };
    const before = buildClaim(
      { principal: 100_000, dueDate: "2026-12-01", filingDate: "2026-12-31", requestJudgmentInAbsence: true },
      tables,
    );
    const after = buildClaim(
      { principal: 100_000, dueDate: "2026-12-01", filingDate: "2027-01-02", requestJudgmentInAbsence: true },
      tables,
    );
    // 1.1 × 1 345 kr = 1 479.50 kr, rounded down
    expect(before.conciliationFee).toBe(147_900);
    // 1.54 × 1 400 kr = 2 156 kr
    expect(after.conciliationFee).toBe(215_600);
    expect(after.legalCosts.cap).toBe(560_000);
  });

  describe("legal-cost cap when collection costs are claimed too (tvisteloven § 6-13 (1) d)", () => {
    const fees = [
      { label: "Inkassovarsel", amount: 3_500 },
      { label: "Betalingsoppfordring", amount: 7_000 },
    ];
    const row = (validFrom: string, value: number) => ({
      validFrom,
      value,
      confirmed: true,
      sourceTitle: "test row",
      sourceUrl: "https://example.org",
    });

    it("caps legal help at ½ R (657 kr of R 1 314 kr) when inkasso fees are claimed, not at 4 R", () => {
      const claim = buildClaim({
        principal: 1_000_000,
        dueDate: "2025-01-31",
        filingDate: "2025-03-02",
        legalCosts: 200_000,
        extraFees: fees,
        requestJudgmentInAbsence: true,
      });
      // ½ × 1 314 kr = 657 kr
      expect(claim.legalCosts).toEqual({
        requested: 200_000,
        claimed: 65_700,
        cap: 65_700,
        capFactor: 0.5,
        withCollectionCosts: true,
        capped: true,
      });
      expect(claim.total).toBe(1_000_000 + 10_274 + 144_500 + 3_500 + 7_000 + 65_700);
    });

    it("shows the cap row it used, and that it is unconfirmed, instead of the 4 R row", () => {
      const claim = buildClaim({
        principal: 100_000,
        dueDate: "2026-01-31",
        filingDate: "2026-02-02",
        legalCosts: 200_000,
        extraFees: fees,
        requestJudgmentInAbsence: true,
      });
      // ½ × 1 345 kr = 672.50 kr, rounded down
      expect(claim.legalCosts.cap).toBe(67_200);
      const tables = claim.basis.map((b) => b.table);
      expect(tables).toContain(LegalTable.LEGAL_COST_CAP_WITH_COLLECTION_FACTOR);
      expect(tables).not.toContain(LegalTable.LEGAL_COST_CAP_FACTOR);
      expect(
        claim.warnings.some((w) =>
          w.startsWith("LEGAL_COST_CAP_WITH_COLLECTION_FACTOR from 2021-01-01 (50) is not confirmed"),
        ),
      ).toBe(true);
      const plain = buildClaim({
        principal: 100_000,
        dueDate: "2026-01-31",
        filingDate: "2026-02-02",
        legalCosts: 200_000,
        requestJudgmentInAbsence: true,
      });
      // 4 × 1 345 kr = 5 380 kr
      expect(plain.legalCosts.cap).toBe(538_000);
      expect(plain.basis.map((b) => b.table)).toContain(LegalTable.LEGAL_COST_CAP_FACTOR);
    });

    it("capped at 1 R before the 2021 change", () => {
      // the seeded R and fee factors start in 2021: rows for 2020 (R 1 172 kr) are given here
      const tables: LegalTables = {
        ...SEEDED,
        [LegalTable.COURT_FEE]: [row("2020-01-01", 117_200), ...SEEDED.COURT_FEE],
        [LegalTable.CONCILIATION_FEE_FACTOR]: [row("2020-01-01", 100), ...SEEDED.CONCILIATION_FEE_FACTOR],
        [LegalTable.ENFORCEMENT_FEE_FACTOR]: [row("2020-01-01", 100), ...SEEDED.ENFORCEMENT_FEE_FACTOR],
      };
      const claim = buildClaim(
        {
          principal: 100_000,
          dueDate: "2020-12-31",
          filingDate: "2020-12-31",
          legalCosts: 200_000,
          extraFees: fees,
          requestJudgmentInAbsence: true,
        },
        tables,
      );
      // 1 × 1 172 kr
      expect(claim.legalCosts).toMatchObject({ cap: 117_200, capFactor: 1, withCollectionCosts: true, capped: true });
      const after = buildClaim(
        {
          principal: 100_000,
          dueDate: "2021-01-04",
          filingDate: "2021-01-04",
          legalCosts: 200_000,
          extraFees: fees,
          requestJudgmentInAbsence: true,
        },
        tables,
      );
      // ½ × R 2021 (1 199 kr) = 599.50 kr, rounded down
      expect(after.legalCosts).toMatchObject({ cap: 59_900, capFactor: 0.5 });
    });

    it("takes the factor from the table's rows, not a constant", () => {
      const tables: LegalTables = {
        ...SEEDED,
        [LegalTable.LEGAL_COST_CAP_WITH_COLLECTION_FACTOR]: [
          ...SEEDED.LEGAL_COST_CAP_WITH_COLLECTION_FACTOR,
          row("2026-01-01", 75),
        ],
      };
      const claim = buildClaim(
        {
          principal: 100_000,
          dueDate: "2026-01-31",
          filingDate: "2026-02-02",
          legalCosts: 200_000,
          extraFees: fees,
          requestJudgmentInAbsence: true,
        },
        tables,
      );
      // 0.75 × 1 345 kr = 1 008.75 kr, rounded down
      expect(claim.legalCosts).toMatchObject({ cap: 100_800, capFactor: 0.75 });
      const empty = buildClaimOf(
        {
          principal: 100_000,
          dueDate: "2026-01-31",
          filingDate: "2026-02-02",
          extraFees: fees,
          requestJudgmentInAbsence: true,
        },
        { ...SEEDED, [LegalTable.LEGAL_COST_CAP_WITH_COLLECTION_FACTOR]: [] },
      );
      expect(empty.ok).toBe(false);
      if (!empty.ok) expect(empty.errors[0]!.code).toBe("NO_FEE_IN_FORCE");
    });

    it("lets the caller say so without extra fees, or deny it", () => {
      expect(
        buildClaim({
          principal: 100_000,
          dueDate: "2025-01-31",
          filingDate: "2025-02-01",
          legalCosts: 600_000,
          claimsCollectionCosts: true,
          requestJudgmentInAbsence: true,
        }).legalCosts.cap,
      ).toBe(65_700);
      expect(
        buildClaim({
          principal: 100_000,
          dueDate: "2025-01-31",
          filingDate: "2025-02-01",
          legalCosts: 600_000,
          extraFees: fees,
          claimsCollectionCosts: false,
          requestJudgmentInAbsence: true,
        }).legalCosts.cap,
      ).toBe(525_600);
    });
  });

  it("refuses amounts that are not whole øre", () => {
    expect(() =>
      buildClaim({ principal: 1.5, dueDate: "2025-01-31", filingDate: "2025-02-01", requestJudgmentInAbsence: true }),
    ).toThrow(/whole øre/);
    expect(() =>
      buildClaim({
        principal: 100,
        dueDate: "2025-01-31",
        filingDate: "2025-02-01",
        legalCosts: -1,
        requestJudgmentInAbsence: true,
      }),
    ).toThrow(/whole øre/);
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
  const codes = (facts: Partial<EnforcementFacts>) =>
    enforcementAvailability({ ...won, ...facts }).reasons.map((r) => r.code);

  it("allows it the day after the payment due date, with no notice, for the utleggsbegjæring fee of 1.21 R (rettsgebyrloven § 14)", () => {
    expect(enforcementAvailability(won)).toEqual({
      mayCreate: true,
      enforceableOn: "2025-04-08",
      noticeRequired: false,
      noticeExpired: false,
      noticeExpiresOn: null,
      underOneYear: true,
      // 1.21 × R 2025 (1 314 kr) = 1 589.94 kr, rounded down: a judgment under a year old is no reason to waive it
      enforcementFee: 158_900,
      feeBasis: [
        expect.objectContaining({ table: LegalTable.COURT_FEE, validFrom: "2025-01-01", value: 131_400 }),
        expect.objectContaining({ table: LegalTable.ENFORCEMENT_FEE_FACTOR, validFrom: "2022-01-01", value: 121 }),
      ],
      reasons: [],
    });
  });

  it("adds no new fee when the forliksråd case came from namsmannen (tvangsfullbyrdelsesloven § 7-7)", () => {
    expect(enforcementAvailability({ ...won, transferredFromEnforcement: true })).toMatchObject({
      enforcementFee: 0,
      feeBasis: [],
    });
    expect(enforcementAvailability({ ...won, transferredFromEnforcement: false }).enforcementFee).toBe(158_900);
  });

  it.each([
    JudgmentOutcome.WON,
    JudgmentOutcome.PARTLY_WON,
    JudgmentOutcome.COURT_SETTLEMENT,
    JudgmentOutcome.JUDGMENT_IN_ABSENCE,
  ])("allows %s when money is owed", (outcome) => {
    expect(enforcementAvailability({ ...won, outcome }).mayCreate).toBe(true);
  });

  it.each([JudgmentOutcome.LOST, JudgmentOutcome.DISMISSED, JudgmentOutcome.REFERRED_TO_TINGRETT])(
    "refuses %s",
    (outcome) => {
      const r = enforcementAvailability({ ...won, outcome });
      expect(r.mayCreate).toBe(false);
      expect(r.reasons.map((x) => x.code)).toEqual([EnforcementRefusalCode.OUTCOME_NOT_ENFORCEABLE]);
    },
  );

  it("refuses a settlement or judgment with nothing owed", () => {
    expect(codes({ outcome: JudgmentOutcome.COURT_SETTLEMENT, amountOwed: 0 })).toEqual([
      EnforcementRefusalCode.NOTHING_OWED,
    ]);
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

  describe("the one-year boundary counts from when the judgment became enforceable (tvangsfullbyrdelsesloven §§ 4-18, 4-19)", () => {
    // Given 2024-03-10, payment due 2024-04-07: enforceable from 2024-04-08, so a year old on 2025-04-08.
    const old = { judgmentDate: "2024-03-10", paymentDueDate: "2024-04-07" };

    it("opens enforcement the day after the oppfyllelsesfrist, or when the judgment becomes final if later", () => {
      expect(enforceableFrom({ paymentDueDate: "2024-04-07" })).toBe("2024-04-08");
      expect(enforceableFrom({ paymentDueDate: "2024-04-07", finalOn: "2024-04-20" })).toBe("2024-04-20");
      expect(enforceableFrom({ paymentDueDate: "2024-04-07", finalOn: "2024-04-01" })).toBe("2024-04-08");
    });

    it("needs no notice a year after the judgment date while under a year after it became enforceable", () => {
      const r = enforcementAvailability({ ...won, ...old, today: "2025-03-10" });
      expect(r).toMatchObject({
        mayCreate: true,
        enforceableOn: "2024-04-08",
        underOneYear: true,
        noticeRequired: false,
      });
      expect(enforcementAvailability({ ...won, ...old, today: "2025-04-07" })).toMatchObject({
        mayCreate: true,
        noticeRequired: false,
      });
    });

    it("needs a notice from the day a year has passed since it became enforceable", () => {
      const r = enforcementAvailability({ ...won, ...old, today: "2025-04-08" });
      expect(r).toMatchObject({ mayCreate: false, underOneYear: false, noticeRequired: true, noticeExpiresOn: null });
      expect(r.reasons.map((x) => x.code)).toEqual([EnforcementRefusalCode.NOTICE_REQUIRED]);
      expect(r.reasons[0]!.message).toContain("2024-04-08");
      // 1.21 × R 2025 (1 314 kr) = 1 589.94 kr, rounded down
      expect(r.enforcementFee).toBe(158_900);
    });

    it("counts the year from the final date when that is later than the payment due date", () => {
      const final = { ...old, finalOn: "2024-04-20" };
      expect(enforcementAvailability({ ...won, ...final, today: "2025-04-19" }).noticeRequired).toBe(false);
      expect(enforcementAvailability({ ...won, ...final, today: "2025-04-20" }).noticeRequired).toBe(true);
    });

    it("waits until the 14-day notice has run out", () => {
      const running = enforcementAvailability({ ...won, ...old, today: "2025-04-21", noticeSentOn: "2025-04-08" });
      expect(running).toMatchObject({
        mayCreate: false,
        noticeRequired: true,
        noticeExpired: false,
        noticeExpiresOn: "2025-04-22",
      });
      expect(running.reasons.map((x) => x.code)).toEqual([EnforcementRefusalCode.NOTICE_RUNNING]);
      const done = enforcementAvailability({ ...won, ...old, today: "2025-04-22", noticeSentOn: "2025-04-08" });
      expect(done).toMatchObject({
        mayCreate: true,
        noticeRequired: true,
        noticeExpired: true,
        noticeExpiresOn: "2025-04-22",
        reasons: [],
      });
    });

    it("ignores a notice dated in the future", () => {
      expect(codes({ ...old, today: "2025-05-01", noticeSentOn: "2025-05-02" })).toEqual([
        EnforcementRefusalCode.NOTICE_REQUIRED,
      ]);
    });

    it("counts a year from 29 February to 28 February", () => {
      expect(oneYearAfter("2024-02-29")).toBe("2025-02-28");
      const facts = { ...won, judgmentDate: "2024-02-01", paymentDueDate: "2024-02-28" };
      expect(enforcementAvailability({ ...facts, today: "2025-02-27" }).noticeRequired).toBe(false);
      expect(enforcementAvailability({ ...facts, today: "2025-02-28" }).noticeRequired).toBe(true);
    });
  });

  describe("the creditor's cost of preparing the petition", () => {
    it("is capped at ½ R (politiet.no): 657 kr of R 1 314 kr", () => {
      expect(petitionCost(100_000, "2025-04-08")).toMatchObject({
        requested: 100_000,
        claimed: 65_700,
        cap: 65_700,
        capFactor: 0.5,
        capped: true,
      });
      expect(petitionCost(50_000, "2025-04-08")).toMatchObject({
        requested: 50_000,
        claimed: 50_000,
        cap: 65_700,
        capFactor: 0.5,
        capped: false,
      });
      expect(petitionCost(0, "2025-04-08").claimed).toBe(0);
      // ½ × R 2024 (1 277 kr) = 638.50 kr and ½ × R 2026 (1 345 kr) = 672.50 kr, rounded down
      expect(petitionCost(100_000, "2024-06-03").cap).toBe(63_800);
      expect(petitionCost(100_000, "2026-06-03").cap).toBe(67_200);
    });

    it("takes the factor from the PETITION_COST_CAP_FACTOR rows, each unconfirmed with its politiet.no source", () => {
      for (const row of SEEDED.PETITION_COST_CAP_FACTOR)
        expect(row).toMatchObject({
          confirmed: false,
          sourceUrl: expect.stringMatching(/^https:\/\/www\.politiet\.no\//),
        });
      const basis = petitionCost(100_000, "2025-04-08").basis.map((b) => [b.table, b.validFrom, b.value]);
      expect(basis).toEqual([
        [LegalTable.COURT_FEE, "2025-01-01", 131_400],
        [LegalTable.PETITION_COST_CAP_FACTOR, "2021-01-01", 50],
      ]);
      const tables: LegalTables = {
        ...SEEDED,
        [LegalTable.PETITION_COST_CAP_FACTOR]: [
          ...SEEDED.PETITION_COST_CAP_FACTOR,
          {
            validFrom: "2026-01-01",
            value: 100,
            confirmed: true,
            sourceTitle: "test row",
            sourceUrl: "https://example.org",
          },
        ],
      };
      // 1 × 1 345 kr
      expect(petitionCost(200_000, "2026-06-03", tables)).toMatchObject({ cap: 134_500, capFactor: 1 });
      expect(petitionCostOf(0, "2026-06-03", { ...SEEDED, [LegalTable.PETITION_COST_CAP_FACTOR]: [] }).ok).toBe(false);
    });

    it("refuses amounts that are not whole øre", () => {
      expect(() => petitionCost(-1, "2025-04-08")).toThrow(/whole øre/);
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
