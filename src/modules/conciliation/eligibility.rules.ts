/**
 * May the case go to the forliksråd (tvisteloven § 6-2)? Pure.
 * § 6-2 (1) lists what the forliksråd does not take (those go to tingretten); § 6-2 (2) a lets a claim of at least
 * the threshold skip the forliksråd when both parties have lawyers (it may, it need not).
 */
import { rowOn, type DatedRow } from "../../shared/dated-table";
import type { LocalDate } from "../../shared/local-date";

/** What the dispute is about, as far as § 6-2 cares. */
export enum CaseCategory {
  /** Pengekrav: an unpaid invoice or other money claim. */
  MONEY_CLAIM = "MONEY_CLAIM",
  /** Another civil dispute about property or rights (formuesverdier) not listed below. */
  OTHER_CIVIL = "OTHER_CIVIL",
  /** Familiesak: marriage, parents and children, guardianship and the like. */
  FAMILY = "FAMILY",
  /** Only the money settlement at divorce or end of cohabitation (økonomisk oppgjør ved samlivsbrudd). */
  FAMILY_MONEY_SETTLEMENT = "FAMILY_MONEY_SETTLEMENT",
  /** Only the sharing of travel costs for contact with a child (deling av reisekostnader ved samvær). */
  FAMILY_TRAVEL_COSTS = "FAMILY_TRAVEL_COSTS",
  /** A matter that is not purely private-law (offentligrettslig), e.g. an administrative decision. */
  PUBLIC_LAW = "PUBLIC_LAW",
  PATENT = "PATENT",
  /** Kretsmønstre til integrerte kretser. */
  CIRCUIT_LAYOUT = "CIRCUIT_LAYOUT",
  /** Planteforedlerrett. */
  PLANT_BREEDER_RIGHT = "PLANT_BREEDER_RIGHT",
  TRADEMARK = "TRADEMARK",
  DESIGN = "DESIGN",
  /** Gyldigheten av en voldgiftsdom. */
  ARBITRAL_AWARD_VALIDITY = "ARBITRAL_AWARD_VALIDITY",
  /** Gyldigheten av et rettsforlik. */
  COURT_SETTLEMENT_VALIDITY = "COURT_SETTLEMENT_VALIDITY",
}

export enum EligibilityReasonCode {
  /** § 6-2 (1) a. */
  FAMILY_CASE = "FAMILY_CASE",
  /** § 6-2 (1) b. */
  PUBLIC_LAW_AGAINST_STATE = "PUBLIC_LAW_AGAINST_STATE",
  /** § 6-2 (1) c. */
  IP_RIGHTS = "IP_RIGHTS",
  /** § 6-2 (1) d. */
  ARBITRAL_AWARD_OR_SETTLEMENT_VALIDITY = "ARBITRAL_AWARD_OR_SETTLEMENT_VALIDITY",
  /** § 6-2 (1) e. */
  BINDING_NEMND = "BINDING_NEMND",
  /** § 6-2 (1) f. */
  OTHER_STATUTORY = "OTHER_STATUTORY",
}

export enum Instance {
  FORLIKSRAAD = "FORLIKSRAAD",
  TINGRETT = "TINGRETT",
}

export interface Nemnd {
  code: string;
  name: string;
  /** The statute that makes its decision binding unless brought before the courts. */
  authority: string;
}

/** Nemnder whose decisions bind the parties unless the case is brought before the courts (configurable). */
export const BINDING_NEMNDER: readonly Nemnd[] = [
  { code: "FORBRUKERKLAGEUTVALGET", name: "Forbrukerklageutvalget", authority: "forbrukerklageloven" },
  { code: "FORBRUKERTVISTUTVALGET", name: "Forbrukertvistutvalget", authority: "forbrukertvistloven (til 2022)" },
  { code: "HUSLEIETVISTUTVALGET", name: "Husleietvistutvalget", authority: "husleieloven" },
  { code: "TVISTELOSNINGSNEMNDA", name: "Tvisteløsningsnemnda", authority: "arbeidsmiljøloven § 17-2" },
];

export interface BypassThresholdRow extends DatedRow {
  /** Øre: a claim of at least this much may skip the forliksråd when both parties have lawyers (§ 6-2 (2) a). */
  lawyerBypassThreshold: number;
}

export interface EligibilityInput {
  category: CaseCategory;
  /** Øre claimed (tvistesum). */
  claimAmount: number;
  creditorHasLawyer: boolean;
  debtorHasLawyer: boolean;
  /** The defendant is the state, another public authority or institution, or an official (§ 6-2 (1) b). */
  againstState?: boolean;
  /** Code of the nemnd that decided the case, if one did (matched against `bindingNemnder`). */
  decidedByNemnd?: string | null;
  /** Citation of another statute that excludes mediation in the forliksråd (§ 6-2 (1) f), if any. */
  statutoryExclusion?: string | null;
  /** The day the forliksklage is (or would be) filed: picks the threshold. */
  filingDate: LocalDate;
}

export interface EligibilityOptions {
  /** Default BINDING_NEMNDER. */
  bindingNemnder?: readonly Nemnd[];
  /** § 6-2 (2) a thresholds: the LAWYER_BYPASS_THRESHOLD legal-table rows. */
  thresholdTable: readonly BypassThresholdRow[];
}

export interface EligibilityReason {
  code: EligibilityReasonCode;
  message: string;
}

export interface Eligibility {
  eligible: boolean;
  /** Every exclusion that applies; empty when eligible. */
  reasons: EligibilityReason[];
  /** Where the case goes: the forliksråd, or tingretten when an exclusion applies. */
  instance: Instance;
  /** The case may go straight to tingretten although the forliksråd could take it (§ 6-2 (2) a). */
  mayBypass: boolean;
  /** Øre: the § 6-2 (2) a threshold applied. */
  bypassThreshold: number;
}

const IP_CATEGORIES: ReadonlySet<CaseCategory> = new Set([
  CaseCategory.PATENT,
  CaseCategory.CIRCUIT_LAYOUT,
  CaseCategory.PLANT_BREEDER_RIGHT,
  CaseCategory.TRADEMARK,
  CaseCategory.DESIGN,
]);

const TO_TINGRETT = "Bring the case before tingretten by writ of summons (stevning) instead of a forliksklage.";

export function assessEligibility(input: EligibilityInput, options: EligibilityOptions): Eligibility {
  const reasons: EligibilityReason[] = [];
  const { category } = input;
  if (category === CaseCategory.FAMILY) {
    reasons.push({
      code: EligibilityReasonCode.FAMILY_CASE,
      message: `The forliksråd does not take family cases other than the money settlement at divorce or end of cohabitation, or sharing travel costs for contact (tvisteloven § 6-2 (1) a). ${TO_TINGRETT}`,
    });
  }
  if (category === CaseCategory.PUBLIC_LAW && input.againstState) {
    reasons.push({
      code: EligibilityReasonCode.PUBLIC_LAW_AGAINST_STATE,
      message: `The forliksråd does not take cases against a public authority, institution or official about matters that are not purely private-law (tvisteloven § 6-2 (1) b). ${TO_TINGRETT}`,
    });
  }
  if (IP_CATEGORIES.has(category)) {
    reasons.push({
      code: EligibilityReasonCode.IP_RIGHTS,
      message: `The forliksråd does not take patent, circuit layout, plant breeder's right, trademark or design cases (tvisteloven § 6-2 (1) c). ${TO_TINGRETT}`,
    });
  }
  if (category === CaseCategory.ARBITRAL_AWARD_VALIDITY || category === CaseCategory.COURT_SETTLEMENT_VALIDITY) {
    reasons.push({
      code: EligibilityReasonCode.ARBITRAL_AWARD_OR_SETTLEMENT_VALIDITY,
      message: `The forliksråd does not decide whether an arbitral award or a court settlement is valid (tvisteloven § 6-2 (1) d). ${TO_TINGRETT}`,
    });
  }
  const nemnd = input.decidedByNemnd
    ? (options.bindingNemnder ?? BINDING_NEMNDER).find((n) => n.code === input.decidedByNemnd)
    : undefined;
  if (nemnd) {
    reasons.push({
      code: EligibilityReasonCode.BINDING_NEMND,
      message: `${nemnd.name} has decided the case and its decision binds the parties unless brought before the courts (${nemnd.authority}; tvisteloven § 6-2 (1) e). ${TO_TINGRETT}`,
    });
  }
  if (input.statutoryExclusion) {
    reasons.push({
      code: EligibilityReasonCode.OTHER_STATUTORY,
      message: `${input.statutoryExclusion} excludes mediation in the forliksråd (tvisteloven § 6-2 (1) f). ${TO_TINGRETT}`,
    });
  }
  const eligible = reasons.length === 0;
  // a filing date before tvisteloven (2008) takes its first threshold
  const first = options.thresholdTable.reduce((min, r) => (r.validFrom < min ? r.validFrom : min), input.filingDate);
  const bypassThreshold = rowOn(
    options.thresholdTable,
    first < input.filingDate ? input.filingDate : first,
  ).lawyerBypassThreshold;
  const mayBypass =
    eligible && input.claimAmount >= bypassThreshold && input.creditorHasLawyer && input.debtorHasLawyer;
  return {
    eligible,
    reasons,
    instance: eligible ? Instance.FORLIKSRAAD : Instance.TINGRETT,
    mayBypass,
    bypassThreshold,
  };
}
