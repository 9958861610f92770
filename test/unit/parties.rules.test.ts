import { checkAddress, normaliseAddress } from "../../src/modules/parties/address.rules";
import { checkDebtorIdentity, checkName, normaliseOrgNumber } from "../../src/modules/parties/parties.rules";

const today = "2025-06-01";
const codes = (errors: { code: string; field: string[] | null }[]) => errors.map((e) => [e.code, e.field]);

describe("debtor identity", () => {
  it("accepts a person born on or before today with no org.nr", () => {
    expect(checkDebtorIdentity({ kind: "PERSON", orgNumber: null, birthDate: "1980-04-30" }, today, ["input"])).toEqual(
      [],
    );
    expect(checkDebtorIdentity({ kind: "PERSON", orgNumber: null, birthDate: today }, today, ["input"])).toEqual([]);
  });

  it("refuses a person without a real, past birth date or with an org.nr", () => {
    expect(
      codes(checkDebtorIdentity({ kind: "PERSON", orgNumber: null, birthDate: "2025-06-02" }, today, ["input"])),
    ).toEqual([["INVALID_BIRTH_DATE", ["input", "birthDate"]]]);
    expect(
      codes(checkDebtorIdentity({ kind: "PERSON", orgNumber: null, birthDate: "2024-02-30" }, today, ["input"])),
    ).toEqual([["INVALID_BIRTH_DATE", ["input", "birthDate"]]]);
    expect(codes(checkDebtorIdentity({ kind: "PERSON", orgNumber: null, birthDate: null }, today, ["input"]))).toEqual([
      ["INVALID_BIRTH_DATE", ["input", "birthDate"]],
    ]);
    expect(
      codes(checkDebtorIdentity({ kind: "PERSON", orgNumber: "123456785", birthDate: "1980-01-01" }, today, ["input"])),
    ).toEqual([["UNEXPECTED_ORG_NUMBER", ["input", "orgNumber"]]]);
  });

  it("accepts an organisation with a MOD11-valid org.nr and refuses anything else", () => {
    expect(
      checkDebtorIdentity({ kind: "ORGANISATION", orgNumber: "123456785", birthDate: null }, today, ["input"]),
    ).toEqual([]);
    expect(
      codes(checkDebtorIdentity({ kind: "ORGANISATION", orgNumber: "123456789", birthDate: null }, today, ["input"])),
    ).toEqual([["INVALID_ORG_NUMBER", ["input", "orgNumber"]]]);
    expect(
      codes(checkDebtorIdentity({ kind: "ORGANISATION", orgNumber: null, birthDate: "1990-01-01" }, today, ["input"])),
    ).toEqual([
      ["UNEXPECTED_BIRTH_DATE", ["input", "birthDate"]],
      ["INVALID_ORG_NUMBER", ["input", "orgNumber"]],
    ]);
  });

  it("normalises org.nr and checks names", () => {
    expect(normaliseOrgNumber(" 123 456\t785 ")).toBe("123456785");
    expect(codes(checkName("", ["input", "name"]))).toEqual([["MISSING_NAME", ["input", "name"]]]);
    expect(codes(checkName("x".repeat(256), ["input", "name"]))).toEqual([["NAME_TOO_LONG", ["input", "name"]]]);
    expect(checkName("x".repeat(255), ["input", "name"])).toEqual([]);
  });
});

describe("postal addresses", () => {
  const path = ["input", "address"];
  it("normalises spaces and the country's case", () => {
    expect(
      normaliseAddress({ street: " Storgata 1 ", postalCode: " 01 55 ", city: " Oslo ", country: " no " }),
    ).toEqual({ street: "Storgata 1", postalCode: "0155", city: "Oslo", country: "NO" });
  });

  it("wants 4 digits in Norway and 1 to 12 characters elsewhere", () => {
    const a = (postalCode: string, country = "NO") =>
      codes(checkAddress({ street: "S", postalCode, city: "C", country }, path));
    expect(a("0155")).toEqual([]);
    expect(a("155")).toEqual([["INVALID_POSTAL_CODE", ["input", "address", "postalCode"]]]);
    expect(a("01550")).toEqual([["INVALID_POSTAL_CODE", ["input", "address", "postalCode"]]]);
    expect(a("SW1A1AA", "GB")).toEqual([]);
    expect(a("", "GB")).toEqual([["INVALID_POSTAL_CODE", ["input", "address", "postalCode"]]]);
  });

  it("wants a street, a city and a two-letter country", () => {
    expect(codes(checkAddress({ street: "", postalCode: "0155", city: "", country: "NOR" }, path))).toEqual([
      ["INVALID_ADDRESS", ["input", "address", "country"]],
      ["INVALID_ADDRESS", ["input", "address", "street"]],
      ["INVALID_ADDRESS", ["input", "address", "city"]],
    ]);
  });
});
