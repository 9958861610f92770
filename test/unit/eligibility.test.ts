import {
  assessEligibility as assessEligibilityOf,
  CaseCategory,
  type EligibilityOptions,
  EligibilityReasonCode,
  Instance,
  type EligibilityInput,
} from "../../src/modules/conciliation/eligibility.rules";

import { groupRows } from "../../src/modules/legal-tables/legal-table.rules";
import { LEGAL_TABLE_SEED } from "../../src/modules/legal-tables/legal-table.seed";

const thresholdTable = groupRows(LEGAL_TABLE_SEED).LAWYER_BYPASS_THRESHOLD.map((r) => ({
  validFrom: r.validFrom,
  lawyerBypassThreshold: r.value,
}));
const assessEligibility = (input: EligibilityInput, options: Partial<EligibilityOptions> = {}) =>
  assessEligibilityOf(input, { thresholdTable, ...options });

const base: EligibilityInput = {
  category: CaseCategory.MONEY_CLAIM,
  claimAmount: 1_250_000,
  creditorHasLawyer: false,
  debtorHasLawyer: false,
  filingDate: "2025-03-03",
};

const codes = (input: Partial<EligibilityInput>) => assessEligibility({ ...base, ...input }).reasons.map((r) => r.code);

describe("forliksråd eligibility (tvisteloven § 6-2)", () => {
  it("takes an ordinary money claim", () => {
    expect(assessEligibility(base)).toEqual({
      eligible: true,
      reasons: [],
      instance: Instance.FORLIKSRAAD,
      mayBypass: false,
      bypassThreshold: 20_000_000,
    });
  });

  it("takes a private-law money claim against the state", () => {
    expect(codes({ againstState: true })).toEqual([]);
  });

  it("refuses family cases and sends them to tingretten", () => {
    const r = assessEligibility({ ...base, category: CaseCategory.FAMILY });
    expect(r.eligible).toBe(false);
    expect(r.instance).toBe(Instance.TINGRETT);
    expect(r.reasons).toHaveLength(1);
    expect(r.reasons[0]!.code).toBe(EligibilityReasonCode.FAMILY_CASE);
    expect(r.reasons[0]!.message).toMatch(/§ 6-2 \(1\) a.*tingretten/);
  });

  it("takes the money settlement at divorce or end of cohabitation, and travel-cost sharing", () => {
    expect(codes({ category: CaseCategory.FAMILY_MONEY_SETTLEMENT })).toEqual([]);
    expect(codes({ category: CaseCategory.FAMILY_TRAVEL_COSTS })).toEqual([]);
  });

  it("refuses a public-law case against the state, but not a public-law matter between private parties", () => {
    expect(codes({ category: CaseCategory.PUBLIC_LAW, againstState: true })).toEqual([
      EligibilityReasonCode.PUBLIC_LAW_AGAINST_STATE,
    ]);
    expect(codes({ category: CaseCategory.PUBLIC_LAW, againstState: false })).toEqual([]);
  });

  it.each([
    CaseCategory.PATENT,
    CaseCategory.CIRCUIT_LAYOUT,
    CaseCategory.PLANT_BREEDER_RIGHT,
    CaseCategory.TRADEMARK,
    CaseCategory.DESIGN,
  ])("refuses %s cases as IP rights", (category) => {
    expect(codes({ category })).toEqual([EligibilityReasonCode.IP_RIGHTS]);
  });

  it("refuses the validity of an arbitral award or a court settlement", () => {
    expect(codes({ category: CaseCategory.ARBITRAL_AWARD_VALIDITY })).toEqual([
      EligibilityReasonCode.ARBITRAL_AWARD_OR_SETTLEMENT_VALIDITY,
    ]);
    expect(codes({ category: CaseCategory.COURT_SETTLEMENT_VALIDITY })).toEqual([
      EligibilityReasonCode.ARBITRAL_AWARD_OR_SETTLEMENT_VALIDITY,
    ]);
  });

  it("refuses a case decided by a binding nemnd from the configurable list", () => {
    const r = assessEligibility({ ...base, decidedByNemnd: "HUSLEIETVISTUTVALGET" });
    expect(r.reasons.map((x) => x.code)).toEqual([EligibilityReasonCode.BINDING_NEMND]);
    expect(r.reasons[0]!.message).toContain("Husleietvistutvalget");
    expect(codes({ decidedByNemnd: "SOME_ADVISORY_BOARD" })).toEqual([]);
    const own = [{ code: "SOME_ADVISORY_BOARD", name: "Eksempelnemnda", authority: "eksempelloven § 1" }];
    expect(
      assessEligibility({ ...base, decidedByNemnd: "SOME_ADVISORY_BOARD" }, { bindingNemnder: own }).reasons.map(
        (x) => x.code,
      ),
    ).toEqual([EligibilityReasonCode.BINDING_NEMND]);
    expect(
      assessEligibility({ ...base, decidedByNemnd: "HUSLEIETVISTUTVALGET" }, { bindingNemnder: own }).eligible,
    ).toBe(true);
  });

  it("refuses a case another statute keeps out of the forliksråd, naming it", () => {
    const r = assessEligibility({ ...base, statutoryExclusion: "Eksempelloven § 12" });
    expect(r.reasons.map((x) => x.code)).toEqual([EligibilityReasonCode.OTHER_STATUTORY]);
    expect(r.reasons[0]!.message).toContain("Eksempelloven § 12");
  });

  it("lists every exclusion that applies", () => {
    expect(
      codes({
        category: CaseCategory.TRADEMARK,
        decidedByNemnd: "FORBRUKERKLAGEUTVALGET",
        statutoryExclusion: "X-loven",
      }),
    ).toEqual([
      EligibilityReasonCode.IP_RIGHTS,
      EligibilityReasonCode.BINDING_NEMND,
      EligibilityReasonCode.OTHER_STATUTORY,
    ]);
  });

  describe("skipping the forliksråd (§ 6-2 (2) a)", () => {
    const lawyers = { creditorHasLawyer: true, debtorHasLawyer: true };

    it("allows it from 200 000 NOK with lawyers on both sides, still eligible for the forliksråd", () => {
      const r = assessEligibility({ ...base, ...lawyers, claimAmount: 20_000_000 });
      expect(r).toEqual({
        eligible: true,
        reasons: [],
        instance: Instance.FORLIKSRAAD,
        mayBypass: true,
        bypassThreshold: 20_000_000,
      });
    });

    it("refuses it one øre below the threshold or with a lawyer on one side only", () => {
      expect(assessEligibility({ ...base, ...lawyers, claimAmount: 19_999_999 }).mayBypass).toBe(false);
      expect(
        assessEligibility({ ...base, claimAmount: 50_000_000, creditorHasLawyer: true, debtorHasLawyer: false })
          .mayBypass,
      ).toBe(false);
      expect(
        assessEligibility({ ...base, claimAmount: 50_000_000, creditorHasLawyer: false, debtorHasLawyer: true })
          .mayBypass,
      ).toBe(false);
    });

    it("used 125 000 NOK for claims filed before 1 July 2020", () => {
      expect(
        assessEligibility({ ...base, ...lawyers, claimAmount: 15_000_000, filingDate: "2020-06-30" }),
      ).toMatchObject({ mayBypass: true, bypassThreshold: 12_500_000 });
      expect(
        assessEligibility({ ...base, ...lawyers, claimAmount: 15_000_000, filingDate: "2020-07-01" }),
      ).toMatchObject({ mayBypass: false, bypassThreshold: 20_000_000 });
    });

    it("does not apply to a case the forliksråd cannot take", () => {
      expect(
        assessEligibility({ ...base, ...lawyers, claimAmount: 50_000_000, category: CaseCategory.PATENT }).mayBypass,
      ).toBe(false);
    });
  });
});
