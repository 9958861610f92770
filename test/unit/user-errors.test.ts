import "reflect-metadata";
import { caseUserErrors } from "../../src/modules/cases/case.errors";
import { CaseStatus } from "../../src/modules/cases/case.rules";
import { conciliationUserErrors } from "../../src/modules/conciliation/conciliation.errors";
import { PartyRole } from "../../src/modules/conciliation/conciliation-case.entity";
import { EligibilityReasonCode, Instance } from "../../src/modules/conciliation/eligibility.rules";
import { invoiceUserErrors } from "../../src/modules/invoices/invoice.errors";
import { objectionUserErrors } from "../../src/modules/objections/objection.errors";

// Domain failures carry no input path and no final text: each module's mapping writes both.
describe("the userError mappings", () => {
  it("objections: the path under input, and a message per field and problem", () => {
    expect(
      objectionUserErrors([
        { code: "CASE_CLOSED", field: "caseId", status: CaseStatus.PAID },
        { code: "CASE_CLOSED", field: "objectionId", status: CaseStatus.PAID },
        { code: "INVALID_DATE", field: "receivedOn", problem: "FUTURE", receivedOn: "2026-03-02", today: "2026-03-01" },
        { code: "INVOICE_EXISTS", field: ["newInvoice", "externalId"], externalId: "F-1", sourceSystem: "conta" },
        { code: "NEW_INVOICE", field: "newInvoice", problem: { code: "INVALID_KID", field: "kid" } },
      ]),
    ).toEqual([
      {
        code: "CASE_CLOSED",
        field: ["input", "caseId"],
        message: "The case is PAID and closed: there is no claim left to object to.",
      },
      {
        code: "CASE_CLOSED",
        field: ["input", "objectionId"],
        message: "The case is PAID and closed: nothing more can be registered on it.",
      },
      {
        code: "INVALID_DATE",
        field: ["input", "receivedOn"],
        message: "receivedOn 2026-03-02 is in the future: give the date the objection came in (today is 2026-03-01).",
      },
      {
        code: "INVOICE_EXISTS",
        field: ["input", "newInvoice", "externalId"],
        message:
          "This creditor has an invoice with externalId F-1 from conta already: give the new invoice's own externalId.",
      },
      {
        code: "INVALID_KID",
        field: ["input", "newInvoice", "kid"],
        message:
          "The KID must be 2–25 digits whose last digit is a MOD10 or MOD11 check digit: check it against the invoice.",
      },
    ]);
  });

  it("invoices: the same failure under input or inside a push item", () => {
    const f = { code: "DUE_BEFORE_ISSUE", field: "dueDate", dueDate: "2026-01-01", issueDate: "2026-01-05" } as const;
    const message = "The due date 2026-01-01 is before the issue date 2026-01-05: correct one of them.";
    expect(invoiceUserErrors([f])).toEqual([{ code: f.code, field: ["input", "dueDate"], message }]);
    expect(invoiceUserErrors([f], [])).toEqual([{ code: f.code, field: ["dueDate"], message }]);
  });

  it("cases: a sum out of range names the sum", () => {
    expect(
      caseUserErrors([{ code: "AMOUNT_OUT_OF_RANGE", field: "amount", sum: "paid", was: 999_999_999_999, amount: 2 }]),
    ).toEqual([
      {
        code: "AMOUNT_OUT_OF_RANGE",
        field: ["input", "amount"],
        message:
          "The case's paid sum would be 1000000000001 øre, more than 1000000000000 øre, the most tvist keeps: check the amount (in øre).",
      },
    ]);
  });

  it("conciliation: representatives by index, and NOT_ELIGIBLE with its reason and instance", () => {
    expect(
      conciliationUserErrors([
        { code: "DUPLICATE_PARTY", field: "representatives", index: 1, party: PartyRole.DEBTOR },
        { code: "MISSING_FIELD", field: "representatives", index: 2, part: "role" },
        {
          code: "NOT_ELIGIBLE",
          field: "category",
          reason: EligibilityReasonCode.FAMILY_CASE,
          message: "Not here.",
          instance: Instance.TINGRETT,
        },
      ]),
    ).toEqual([
      {
        code: "DUPLICATE_PARTY",
        field: ["input", "representatives", "1", "party"],
        message: "DEBTOR is given twice: give one representative per party.",
        eligibilityReason: null,
        instance: null,
      },
      {
        code: "MISSING_FIELD",
        field: ["input", "representatives", "2", "role"],
        message: "Give the representative's role, e.g. daglig leder, stedfortreder or advokat.",
        eligibilityReason: null,
        instance: null,
      },
      {
        code: "NOT_ELIGIBLE",
        field: ["input", "category"],
        message: "FAMILY_CASE: Not here.",
        eligibilityReason: "FAMILY_CASE",
        instance: "TINGRETT",
      },
    ]);
  });
});
