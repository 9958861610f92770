import {
  admissibility,
  AdmissibilityRule,
  ComplaintChannel,
  ComplaintLaw,
  complaintDeadline,
  COMPLAINT_DEADLINE_ROLLS,
  ComplaintSubject,
  decisionEffects,
  DecisionOutcome,
  DesiredOutcome,
  isOverdue,
  MeasureKind,
  missingElements,
  refundDue,
  slaDueDate,
  type ComplaintDraft,
} from "../../src/modules/complaints/complaint.rules";

const complete: ComplaintDraft = {
  channel: ComplaintChannel.LETTER,
  subject: ComplaintSubject.DEDUCTION,
  reason: "Trekket er større enn det jeg har igjen etter livsopphold.",
  desiredOutcome: DesiredOutcome.STOP_DEDUCTION,
  signerName: "Kari Nordmann",
  signedAt: new Date("2026-03-02T09:00:00Z"),
  attachmentIds: ["RG9jdW1lbnQ6MQ"],
};

const codes = (draft: ComplaintDraft) => missingElements(draft).map((m) => [m.code, m.field.join(".")]);

describe("missingElements", () => {
  it("finds nothing missing in a complete complaint", () => {
    expect(missingElements(complete)).toEqual([]);
    expect(
      missingElements({ ...complete, signerName: null, signedAt: null, signedDocumentId: "RG9jdW1lbnQ6Mg" }),
    ).toEqual([]);
    expect(missingElements({ ...complete, channel: ComplaintChannel.EMAIL })).toEqual([]);
    expect(missingElements({ ...complete, channel: ComplaintChannel.PORTAL })).toEqual([]);
  });

  it("lists every missing element at once, in form order, each with a fix", () => {
    const missing = missingElements({});
    expect(missing.map((m) => [m.code, m.field])).toEqual([
      ["MISSING_CHANNEL", ["input", "channel"]],
      ["MISSING_SUBJECT", ["input", "subject"]],
      ["MISSING_REASON", ["input", "reason"]],
      ["MISSING_DESIRED_OUTCOME", ["input", "desiredOutcome"]],
      ["MISSING_SIGNATURE", ["input", "signerName"]],
      ["MISSING_ATTACHMENTS", ["input", "attachmentIds"]],
    ]);
    expect(missing.find((m) => m.code === "MISSING_SIGNATURE")!.message).toBe(
      "The complaint must be signed: give the signer's name and the time of signing, or upload the signed complaint as signedDocumentId.",
    );
    expect(missing.every((m) => m.message.length > 20)).toBe(true);
  });

  it("uses the caller's input path", () => {
    expect(missingElements({ ...complete, reason: "" }, ["input", "complaint"])).toEqual([
      {
        code: "MISSING_REASON",
        field: ["input", "complaint", "reason"],
        message: "Give the debtor's reason for the complaint: why the decision is wrong.",
      },
    ]);
  });

  it("refuses an oral complaint: it must be written", () => {
    expect(missingElements({ ...complete, channel: ComplaintChannel.ORAL })).toEqual([
      {
        code: "NOT_WRITTEN",
        field: ["input", "channel"],
        message:
          "A complaint must be written: ask the debtor to send it by letter, e-mail or the portal, then register it with that channel.",
      },
    ]);
    expect(codes({ ...complete, channel: null })).toEqual([["MISSING_CHANNEL", "input.channel"]]);
  });

  it("needs a subject", () => {
    expect(codes({ ...complete, subject: undefined })).toEqual([["MISSING_SUBJECT", "input.subject"]]);
  });

  it("needs a reason that is not blank", () => {
    expect(codes({ ...complete, reason: "   \n" })).toEqual([["MISSING_REASON", "input.reason"]]);
    expect(codes({ ...complete, reason: null })).toEqual([["MISSING_REASON", "input.reason"]]);
  });

  it("needs a desired outcome", () => {
    expect(codes({ ...complete, desiredOutcome: null })).toEqual([["MISSING_DESIRED_OUTCOME", "input.desiredOutcome"]]);
  });

  it("needs a positive amount in øre to reduce the claim", () => {
    const reduce = { ...complete, desiredOutcome: DesiredOutcome.REDUCE_CLAIM };
    expect(codes(reduce)).toEqual([["MISSING_REDUCTION_AMOUNT", "input.reductionAmount"]]);
    expect(codes({ ...reduce, reductionAmount: 0 })).toEqual([["INVALID_REDUCTION_AMOUNT", "input.reductionAmount"]]);
    expect(codes({ ...reduce, reductionAmount: -500 })).toEqual([
      ["INVALID_REDUCTION_AMOUNT", "input.reductionAmount"],
    ]);
    expect(codes({ ...reduce, reductionAmount: 12.5 })).toEqual([
      ["INVALID_REDUCTION_AMOUNT", "input.reductionAmount"],
    ]);
    expect(codes({ ...reduce, reductionAmount: 150000 })).toEqual([]);
    // an amount is not asked for other outcomes
    expect(codes({ ...complete, reductionAmount: null })).toEqual([]);
  });

  it("needs a description when the desired outcome is OTHER", () => {
    const other = { ...complete, desiredOutcome: DesiredOutcome.OTHER };
    expect(codes(other)).toEqual([["MISSING_OUTCOME_DESCRIPTION", "input.desiredOutcomeText"]]);
    expect(codes({ ...other, desiredOutcomeText: " " })).toEqual([
      ["MISSING_OUTCOME_DESCRIPTION", "input.desiredOutcomeText"],
    ]);
    expect(codes({ ...other, desiredOutcomeText: "Nedbetalingsavtale over 12 måneder." })).toEqual([]);
  });

  it("needs a signature: signer and time together, or a signed document", () => {
    expect(codes({ ...complete, signerName: null, signedAt: null })).toEqual([
      ["MISSING_SIGNATURE", "input.signerName"],
    ]);
    expect(codes({ ...complete, signerName: " " })).toEqual([["MISSING_SIGNATURE", "input.signerName"]]);
    expect(codes({ ...complete, signedAt: null })).toEqual([["MISSING_SIGNATURE", "input.signedAt"]]);
    expect(codes({ ...complete, signedAt: new Date("not a date") })).toEqual([["MISSING_SIGNATURE", "input.signedAt"]]);
    expect(codes({ ...complete, signerName: null, signedAt: null, signedDocumentId: "" })).toEqual([
      ["MISSING_SIGNATURE", "input.signerName"],
    ]);
  });

  it("needs at least one attachment", () => {
    expect(codes({ ...complete, attachmentIds: [] })).toEqual([["MISSING_ATTACHMENTS", "input.attachmentIds"]]);
    expect(codes({ ...complete, attachmentIds: undefined })).toEqual([["MISSING_ATTACHMENTS", "input.attachmentIds"]]);
  });
});

describe("admissibility", () => {
  const base = { subject: ComplaintSubject.CASE_HANDLING, enforcementConcluded: false, receivedOn: "2026-03-10" };

  describe("general rule: while enforced collection is not concluded", () => {
    it("admits a complaint while enforcement runs", () => {
      expect(admissibility(base)).toEqual({
        admissible: true,
        rule: AdmissibilityRule.ENFORCEMENT_ONGOING,
        reason: "Enforced collection is not concluded, so a complaint is admissible.",
      });
    });

    it("refuses one after enforcement is concluded", () => {
      expect(admissibility({ ...base, enforcementConcluded: true })).toEqual({
        admissible: false,
        rule: AdmissibilityRule.ENFORCEMENT_ONGOING,
        reason: "Enforced collection has been concluded, so a complaint against it is no longer admissible.",
      });
    });
  });

  describe("lien (utleggspant): until a forced sale is requested", () => {
    const lien = {
      ...base,
      subject: ComplaintSubject.OTHER,
      measure: { kind: MeasureKind.LIEN, forcedSaleRequestedOn: null },
    };

    it("admits while no forced sale has been requested", () => {
      expect(admissibility(lien)).toMatchObject({ admissible: true, rule: AdmissibilityRule.LIEN_UNTIL_FORCED_SALE });
      expect(admissibility(lien).deadline).toBeUndefined();
    });

    it("admits up to and including the day the forced sale was requested", () => {
      const r = admissibility({ ...lien, measure: { kind: MeasureKind.LIEN, forcedSaleRequestedOn: "2026-03-10" } });
      expect(r).toMatchObject({
        admissible: true,
        deadline: "2026-03-10",
        rule: AdmissibilityRule.LIEN_UNTIL_FORCED_SALE,
      });
    });

    it("refuses after a forced sale was requested, naming the date", () => {
      expect(
        admissibility({ ...lien, measure: { kind: MeasureKind.LIEN, forcedSaleRequestedOn: "2026-03-09" } }),
      ).toEqual({
        admissible: false,
        deadline: "2026-03-09",
        rule: AdmissibilityRule.LIEN_UNTIL_FORCED_SALE,
        reason:
          "A forced sale (tvangsdekning) was requested on 2026-03-09; a complaint against the lien had to arrive by then, and it arrived 2026-03-10.",
      });
    });

    it("refuses when enforcement is concluded", () => {
      expect(admissibility({ ...lien, enforcementConcluded: true })).toMatchObject({
        admissible: false,
        rule: AdmissibilityRule.LIEN_UNTIL_FORCED_SALE,
      });
    });
  });

  describe("deduction (utleggstrekk): until its period has ended", () => {
    const deduction = {
      ...base,
      subject: ComplaintSubject.DEDUCTION,
      measure: { kind: MeasureKind.DEDUCTION, periodEnd: "2026-06-30" },
    };

    it("admits while the period runs, with its end as the deadline", () => {
      expect(admissibility(deduction)).toEqual({
        admissible: true,
        deadline: "2026-06-30",
        rule: AdmissibilityRule.DEDUCTION_UNTIL_PERIOD_END,
        reason: "The deduction period runs until 2026-06-30, so a complaint against it is admissible until then.",
      });
      expect(admissibility({ ...deduction, receivedOn: "2026-06-30" }).admissible).toBe(true);
    });

    it("admits an open-ended deduction", () => {
      const r = admissibility({ ...deduction, measure: { kind: MeasureKind.DEDUCTION, periodEnd: null } });
      expect(r).toMatchObject({ admissible: true, rule: AdmissibilityRule.DEDUCTION_UNTIL_PERIOD_END });
      expect(r.deadline).toBeUndefined();
    });

    it("refuses after the period ended", () => {
      expect(admissibility({ ...deduction, receivedOn: "2026-07-01" })).toEqual({
        admissible: false,
        deadline: "2026-06-30",
        rule: AdmissibilityRule.DEDUCTION_UNTIL_PERIOD_END,
        reason:
          "The deduction period ended on 2026-06-30; a complaint against the deduction had to arrive by then, and it arrived 2026-07-01.",
      });
    });

    it("refuses when enforcement is concluded though the period has not ended", () => {
      expect(admissibility({ ...deduction, enforcementConcluded: true })).toMatchObject({
        admissible: false,
        deadline: "2026-06-30",
        rule: AdmissibilityRule.DEDUCTION_UNTIL_PERIOD_END,
      });
    });
  });

  describe("choice of assets: one calendar month after notification", () => {
    const choice = {
      ...base,
      subject: ComplaintSubject.CHOICE_OF_ASSETS,
      measure: { kind: MeasureKind.LIEN },
      notifiedOn: "2026-03-15",
    };

    it("admits within the month and on its last day", () => {
      expect(admissibility({ ...choice, receivedOn: "2026-04-15" })).toEqual({
        admissible: true,
        deadline: "2026-04-15",
        rule: AdmissibilityRule.CHOICE_OF_ASSETS_ONE_MONTH,
        reason:
          "A complaint about the choice of assets may be made until 2026-04-15, one month after the notification on 2026-03-15.",
      });
    });

    it("refuses the day after", () => {
      expect(admissibility({ ...choice, receivedOn: "2026-04-16" })).toEqual({
        admissible: false,
        deadline: "2026-04-15",
        rule: AdmissibilityRule.CHOICE_OF_ASSETS_ONE_MONTH,
        reason:
          "The deadline for complaining about the choice of assets was 2026-04-15, one month after the notification on 2026-03-15; the complaint arrived 2026-04-16.",
      });
    });

    it("ends a month from 31 January on the last day of February (28th, or 29th in 2024)", () => {
      expect(admissibility({ ...choice, notifiedOn: "2025-01-31", receivedOn: "2025-02-28" })).toMatchObject({
        admissible: true,
        deadline: "2025-02-28",
      });
      expect(admissibility({ ...choice, notifiedOn: "2025-01-31", receivedOn: "2025-03-01" })).toMatchObject({
        admissible: false,
        deadline: "2025-02-28",
      });
      expect(admissibility({ ...choice, notifiedOn: "2024-01-31", receivedOn: "2024-02-29" })).toMatchObject({
        admissible: true,
        deadline: "2024-02-29",
      });
      expect(admissibility({ ...choice, notifiedOn: "2024-01-31", receivedOn: "2024-03-01" })).toMatchObject({
        admissible: false,
        deadline: "2024-02-29",
      });
    });

    it("moves a last day on a Saturday, Sunday or holiday to the next working day (domstolloven § 149)", () => {
      // 17 May 2025 is a Saturday (and Grunnlovsdagen): the deadline is Monday 19 May.
      expect(admissibility({ ...choice, notifiedOn: "2025-04-17", receivedOn: "2025-05-19" })).toMatchObject({
        admissible: true,
        deadline: "2025-05-19",
      });
      expect(admissibility({ ...choice, notifiedOn: "2025-04-17", receivedOn: "2025-05-20" })).toMatchObject({
        admissible: false,
        deadline: "2025-05-19",
      });
      // 18 April 2025 is Langfredag, then Easter: the deadline is Tuesday 22 April.
      expect(admissibility({ ...choice, notifiedOn: "2025-03-18", receivedOn: "2025-04-22" })).toMatchObject({
        admissible: true,
        deadline: "2025-04-22",
      });
    });

    it("rolls under each law a complaint deadline can come from", () => {
      for (const law of Object.values(ComplaintLaw)) {
        expect(COMPLAINT_DEADLINE_ROLLS[law]).toBe(true);
        expect(complaintDeadline("2026-04-25", 1, law)).toBe("2026-05-26"); // 25 May 2026 is Whit Monday
      }
      expect(
        admissibility({
          ...choice,
          notifiedOn: "2026-04-25",
          receivedOn: "2026-05-26",
          law: ComplaintLaw.INNKREVINGSLOVEN,
        }),
      ).toMatchObject({ admissible: true, deadline: "2026-05-26" });
    });

    it("crosses a year end", () => {
      expect(admissibility({ ...choice, notifiedOn: "2025-12-20", receivedOn: "2026-01-20" })).toMatchObject({
        admissible: true,
        deadline: "2026-01-20",
      });
    });

    it("falls back to the measure's rule when the notification date is unknown", () => {
      expect(admissibility({ ...choice, notifiedOn: null }).rule).toBe(AdmissibilityRule.LIEN_UNTIL_FORCED_SALE);
    });
  });

  describe("otherwise the letter's deadline", () => {
    const letter = { ...base, subject: ComplaintSubject.TAX_SET_OFF, letterDeadline: "2026-03-10" };

    it("admits on or before it", () => {
      expect(admissibility(letter)).toEqual({
        admissible: true,
        deadline: "2026-03-10",
        rule: AdmissibilityRule.LETTER_DEADLINE,
        reason: "The letter gives a complaint deadline of 2026-03-10; the complaint arrived 2026-03-10.",
      });
    });

    it("refuses after it, even while enforcement runs", () => {
      expect(admissibility({ ...letter, receivedOn: "2026-03-11" })).toEqual({
        admissible: false,
        deadline: "2026-03-10",
        rule: AdmissibilityRule.LETTER_DEADLINE,
        reason: "The letter gave a complaint deadline of 2026-03-10; the complaint arrived 2026-03-11.",
      });
    });

    it("does not override the measure's own rule", () => {
      const r = admissibility({
        ...letter,
        measure: { kind: MeasureKind.DEDUCTION, periodEnd: "2026-12-31" },
        receivedOn: "2026-04-01",
      });
      expect(r).toMatchObject({ admissible: true, rule: AdmissibilityRule.DEDUCTION_UNTIL_PERIOD_END });
    });
  });
});

describe("SLA", () => {
  it("is due 3 weeks after receipt", () => {
    expect(slaDueDate("2026-03-02")).toBe("2026-03-23");
    expect(slaDueDate("2026-12-20")).toBe("2027-01-10");
    expect(slaDueDate("2024-02-15")).toBe("2024-03-07");
  });

  it("is overdue only when undecided after the due date", () => {
    expect(isOverdue("2026-03-23", null, "2026-03-23")).toBe(false);
    expect(isOverdue("2026-03-23", null, "2026-03-24")).toBe(true);
    expect(isOverdue("2026-03-23", "2026-03-30", "2026-04-01")).toBe(false);
  });
});

describe("refundDue", () => {
  it("refunds what was paid beyond what is owed", () => {
    expect(refundDue({ paid: 800000, owedAfterDecision: 600000 })).toBe(200000);
    expect(refundDue({ paid: 350000, owedAfterDecision: 0 })).toBe(350000);
  });

  it("is never negative", () => {
    expect(refundDue({ paid: 100000, owedAfterDecision: 600000 })).toBe(0);
    expect(refundDue({ paid: 0, owedAfterDecision: 0 })).toBe(0);
    expect(refundDue({ paid: 600000, owedAfterDecision: 600000 })).toBe(0);
  });

  it("refuses amounts that are not whole non-negative øre", () => {
    expect(() => refundDue({ paid: -1, owedAfterDecision: 0 })).toThrow(RangeError);
    expect(() => refundDue({ paid: 10.5, owedAfterDecision: 0 })).toThrow(/whole, non-negative number of øre/);
  });
});

describe("decisionEffects", () => {
  it("changes nothing when rejected", () => {
    expect(decisionEffects(DecisionOutcome.REJECTED, { outcome: DesiredOutcome.DELETE_CLAIM })).toEqual({
      endsDeduction: false,
      deletesClaim: false,
      reducesClaimBy: 0,
      stopsCollection: false,
      refundApplies: false,
      needsManualFollowUp: false,
      summary: "Rejected: collection continues unchanged.",
    });
  });

  it("ends the deduction when upheld with STOP_DEDUCTION", () => {
    expect(decisionEffects(DecisionOutcome.UPHELD, { outcome: DesiredOutcome.STOP_DEDUCTION })).toMatchObject({
      endsDeduction: true,
      deletesClaim: false,
      reducesClaimBy: 0,
      stopsCollection: true,
      refundApplies: false,
    });
  });

  it("deletes the claim and stops collection when upheld with DELETE_CLAIM", () => {
    expect(decisionEffects(DecisionOutcome.UPHELD, { outcome: DesiredOutcome.DELETE_CLAIM })).toMatchObject({
      endsDeduction: false,
      deletesClaim: true,
      stopsCollection: true,
      refundApplies: true,
      summary: "Upheld: the claim is deleted and collection stops.",
    });
  });

  it("reduces the claim by the asked amount when upheld with REDUCE_CLAIM", () => {
    expect(
      decisionEffects(DecisionOutcome.UPHELD, { outcome: DesiredOutcome.REDUCE_CLAIM, reductionAmount: 150000 }),
    ).toMatchObject({
      reducesClaimBy: 150000,
      deletesClaim: false,
      stopsCollection: false,
      refundApplies: true,
      summary: "Upheld: the claim is reduced by 150000 øre; collection continues for the rest.",
    });
  });

  it("leaves OTHER to the caseworker", () => {
    expect(decisionEffects(DecisionOutcome.UPHELD, { outcome: DesiredOutcome.OTHER })).toMatchObject({
      needsManualFollowUp: true,
      stopsCollection: false,
      refundApplies: false,
    });
  });

  it("reduces by the granted amount when partly upheld", () => {
    expect(
      decisionEffects(DecisionOutcome.PARTLY_UPHELD, { outcome: DesiredOutcome.DELETE_CLAIM }, 50000),
    ).toMatchObject({
      reducesClaimBy: 50000,
      deletesClaim: false,
      stopsCollection: false,
      refundApplies: true,
      needsManualFollowUp: false,
    });
    expect(decisionEffects(DecisionOutcome.PARTLY_UPHELD, { outcome: DesiredOutcome.STOP_DEDUCTION })).toMatchObject({
      reducesClaimBy: 0,
      needsManualFollowUp: true,
      endsDeduction: false,
    });
  });
});
