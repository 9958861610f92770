import { inputPath } from "../../src/shared/outcome";
import { dateFailureMessage, pastDateFailure } from "../../src/shared/event-date";
import { CaseStatus } from "../../src/modules/cases/case.rules";
import { enforcementUserErrors, type EnforcementFailure } from "../../src/modules/enforcement/enforcement.errors";

describe("domain failures", () => {
  it("a field of the input becomes its GraphQL path; no field is the input itself", () => {
    expect(inputPath("lien.registeredOn")).toEqual(["input", "lien", "registeredOn"]);
    expect(inputPath("caseId")).toEqual(["input", "caseId"]);
    expect(inputPath(null)).toEqual(["input"]);
  });

  it("a past date is a calendar date no later than today, and its message names the field itself", () => {
    expect(pastDateFailure("2026-11-23", "end.endedOn", "2026-11-23")).toBeNull();
    const future = pastDateFailure("2026-11-24", "end.endedOn", "2026-11-23")!;
    expect(dateFailureMessage(future)).toBe(
      "endedOn 2026-11-24 is in the future: give the day it happened (today is 2026-11-23).",
    );
    expect(dateFailureMessage(pastDateFailure("23.11.2026", "notifiedOn", "2026-11-23")!)).toBe(
      "notifiedOn must be a calendar date as YYYY-MM-DD.",
    );
  });
});

describe("enforcementUserErrors", () => {
  it("words each failure once and places it under input", () => {
    const failures: EnforcementFailure[] = [
      { code: "NOTHING_TO_UPDATE", field: null },
      { code: "CASE_CLOSED", field: "measureId", status: CaseStatus.PAID },
      { code: "CASE_CLOSED", field: "caseId", status: CaseStatus.PAID, nothingToEnforce: true },
      { code: "INVALID_PERIOD", field: "end.endedOn", end: "2026-01-01", start: "2026-02-01" },
    ];
    expect(enforcementUserErrors(failures)).toEqual([
      {
        code: "NOTHING_TO_UPDATE",
        field: ["input"],
        message: "Give forcedSaleRequestedOn, end or enforcementConcludedOn: there is nothing to change.",
      },
      {
        code: "CASE_CLOSED",
        field: ["input", "measureId"],
        message: "The case is PAID and closed: nothing more can be registered on it.",
      },
      {
        code: "CASE_CLOSED",
        field: ["input", "caseId"],
        message: "The case is PAID and closed: there is nothing to enforce.",
      },
      {
        code: "INVALID_PERIOD",
        field: ["input", "end", "endedOn"],
        message: "The measure cannot end (2026-01-01) before it began (2026-02-01).",
      },
    ]);
  });
});
