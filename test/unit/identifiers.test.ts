import {
  isValidBirthNumber,
  isValidKid,
  isValidOrgNumber,
  kidScheme,
  mod10CheckDigit,
  mod11CheckDigit,
} from "../../src/modules/parties/identifiers.rules";

describe("organisasjonsnummer", () => {
  it.each(["123456785", "974760673", "923609016", "889640782"])("accepts %s", (n) =>
    expect(isValidOrgNumber(n)).toBe(true),
  );
  it.each(["123456789", "12345678", "1234567850", "12345678a", "", "974760674"])("rejects %s", (n) =>
    expect(isValidOrgNumber(n)).toBe(false),
  );
  it("rejects a number whose remainder is 1", () => {
    // 00000001x: sum = 2*1 = 2 -> no; find a body with remainder 1: 100000000 -> 3*1 = 3; 200000000 -> 6; 400000000 -> 12 % 11 = 1
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].some((d) => isValidOrgNumber(`40000000${d}`))).toBe(false);
  });
  it("gives check digit 0 for remainder 0", () => {
    // 11 * k: 3*d1 ... choose body 000000000 -> sum 0 -> check 0
    expect(isValidOrgNumber("000000000")).toBe(true);
  });
});

describe("KID", () => {
  it("computes Luhn (MOD10) check digits, including 0", () => {
    expect(mod10CheckDigit("7992739871")).toBe(3);
    expect(mod10CheckDigit("1234567")).toBe(4);
    expect(mod10CheckDigit("0000000")).toBe(0);
    expect(mod10CheckDigit("123459")).toBe(0);
  });
  it("accepts MOD10 KIDs whose check digit is 0", () => {
    expect(isValidKid("1234590")).toBe(true);
    expect(kidScheme("1234590")).toBe("MOD10");
  });
  it("computes MOD11 check digits with weights 2..7 from the right", () => {
    // 12345678: 8*2+7*3+6*4+5*5+4*6+3*7+2*2+1*3 = 16+21+24+25+24+21+4+3 = 138; 138 % 11 = 6; 11-6 = 5
    expect(mod11CheckDigit("12345678")).toBe(5);
    expect(isValidKid("123456785")).toBe(true);
  });
  it("accepts a MOD11 KID whose check is '-' and one whose check is 0", () => {
    const dashBody = Array.from({ length: 1000 }, (_, i) => String(i).padStart(4, "0")).find(
      (b) => mod11CheckDigit(b) === "-",
    )!;
    expect(kidScheme(`${dashBody}-`)).toBe("MOD11");
    const zeroBody = Array.from({ length: 1000 }, (_, i) => String(i + 1).padStart(4, "0")).find(
      (b) => mod11CheckDigit(b) === 0 && mod10CheckDigit(b) !== 0,
    )!;
    expect(kidScheme(`${zeroBody}0`)).toBe("MOD11");
  });
  it.each(["1", "12", "abc", "1234567", "12345678901234567890123456", "12-4"])("rejects %s", (kid) =>
    expect(isValidKid(kid)).toBe(false),
  );
});

describe("fødselsnummer", () => {
  it("accepts 11 digits with both MOD11 check digits right", () => {
    expect(isValidBirthNumber("15076500565")).toBe(true);
    expect(isValidBirthNumber("24129945148")).toBe(true);
  });

  it("refuses a wrong check digit, the wrong length or other characters", () => {
    expect(isValidBirthNumber("15076500566")).toBe(false);
    expect(isValidBirthNumber("15076500575")).toBe(false);
    expect(isValidBirthNumber("1507650056")).toBe(false);
    expect(isValidBirthNumber("150765 0565")).toBe(false);
  });
});
