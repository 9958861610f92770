import { boardNameFor, isValidOn, periodsOverlap } from "../../src/modules/register/register.rules";
import { checkCode, checkNoOverlap, checkPeriod } from "../../src/modules/register/register.errors";

describe("dated register rows", () => {
  const closed = { validFrom: "2020-01-01", validTo: "2023-12-31" };
  const open = { validFrom: "2024-01-01", validTo: null };

  it("are valid from validFrom through validTo, both inclusive", () => {
    expect(isValidOn(closed, "2019-12-31")).toBe(false);
    expect(isValidOn(closed, "2020-01-01")).toBe(true);
    expect(isValidOn(closed, "2023-12-31")).toBe(true);
    expect(isValidOn(closed, "2024-01-01")).toBe(false);
    expect(isValidOn(open, "2099-12-31")).toBe(true);
  });

  it("overlap when they share a day", () => {
    expect(periodsOverlap(closed, open)).toBe(false);
    expect(periodsOverlap(closed, { validFrom: "2023-12-31", validTo: null })).toBe(true);
    expect(periodsOverlap(open, { validFrom: "2030-01-01", validTo: "2030-01-01" })).toBe(true);
    expect(periodsOverlap({ validFrom: "2019-01-01", validTo: "2019-12-31" }, closed)).toBe(false);
    expect(periodsOverlap({ validFrom: "2019-01-01", validTo: "2020-01-01" }, closed)).toBe(true);
  });

  it("refuses a new period that overlaps another row of the code, naming that row", () => {
    expect(checkNoOverlap("1580", { validFrom: "2024-01-01", validTo: null }, [closed], ["input"])).toEqual([]);
    expect(
      checkNoOverlap("1580", { validFrom: "2023-06-01", validTo: null }, [closed, open], ["input", "validFrom"]),
    ).toEqual([
      {
        code: "OVERLAPPING_VALIDITY",
        field: ["input", "validFrom"],
        message:
          "Kommunenummer 1580 is already valid from 2020-01-01 to 2023-12-31: set validTo on that row first, or start the new period after it.",
      },
    ]);
    expect(checkNoOverlap("1580", { validFrom: "2025-01-01", validTo: null }, [open], ["input"])[0]?.message).toMatch(
      /from 2024-01-01 \(still in force\)/,
    );
  });
});

describe("kommunenummer and periods", () => {
  it("checks the code and that its first two digits are the county", () => {
    expect(checkCode("0301", "03", ["input"])).toEqual([]);
    expect(checkCode("301", "03", ["input"]).map((e) => [e.code, e.field])).toEqual([
      ["INVALID_CODE", ["input", "code"]],
    ]);
    expect(checkCode("0301", "3", ["input"]).map((e) => [e.code, e.field])).toEqual([
      ["INVALID_COUNTY", ["input", "countyCode"]],
    ]);
    expect(checkCode("0301", "46", ["input"])[0]?.message).toBe(
      "Kommunenummer 0301 belongs to fylke 03, not 46: the first two digits of the code are the county.",
    );
  });

  it("checks the dates and their order", () => {
    expect(checkPeriod("2024-01-01", null, ["input"])).toEqual([]);
    expect(checkPeriod("2024-01-01", "2024-01-01", ["input"])).toEqual([]);
    expect(checkPeriod("2024-02-30", "2024-13-01", ["input"]).map((e) => [e.code, e.field])).toEqual([
      ["INVALID_DATE", ["input", "validFrom"]],
      ["INVALID_DATE", ["input", "validTo"]],
    ]);
    expect(checkPeriod("2024-01-02", "2024-01-01", ["input"]).map((e) => [e.code, e.field])).toEqual([
      ["INVALID_PERIOD", ["input", "validTo"]],
    ]);
  });
});

describe("boardNameFor", () => {
  it("names a kommune's own board after its whole official name, parallel forms included", () => {
    expect(boardNameFor("Aarborte - Hattfjelldal")).toBe("Aarborte - Hattfjelldal forliksråd");
    expect(boardNameFor("Bergen")).toBe("Bergen forliksråd");
    expect(boardNameFor(" Deatnu - Tana ")).toBe("Deatnu - Tana forliksråd");
  });
});
