import { checkPostalCodeRow, kommuneWarnings, venueCheck } from "../../src/modules/register/postal-code.rules";

const paths = { kommunenummer: ["input", "kommunenummer"], postalCode: ["input", "address", "postalCode"] };

describe("venueCheck", () => {
  it("needs no check for a street-address postnummer on the mainland", () => {
    expect(venueCheck({ kommunenummer: "4601", postalCode: "5003", country: "NO" }, "G")).toBeNull();
  });

  it("flags a postbox-only postnummer, and only for a Norwegian address", () => {
    expect(venueCheck({ kommunenummer: "0301", postalCode: "0001", country: "NO" }, "P")?.reason).toBe(
      "POSTBOX_ONLY_POSTAL_CODE",
    );
    expect(venueCheck({ kommunenummer: "0301", postalCode: "0001", country: "SE" }, "P")).toBeNull();
  });

  it("answers Svalbard and Jan Mayen as outside the mainland, whatever the postnummer", () => {
    expect(venueCheck({ kommunenummer: "2100", postalCode: "9171", country: "NO" }, "P")?.reason).toBe(
      "OUTSIDE_MAINLAND",
    );
    expect(venueCheck({ kommunenummer: "2211", postalCode: "8099", country: "NO" }, "G")?.message).toContain(
      "Jan Mayen",
    );
  });
});

describe("kommuneWarnings", () => {
  const bergen = { code: "5003", place: "BERGEN", kommunenummer: "4601", category: "G" as const };

  it("warns when the kommune given differs from the postnummer's, not when it matches or is taken from it", () => {
    expect(kommuneWarnings("0301", bergen, paths).map((w) => [w.code, w.field])).toEqual([
      ["KOMMUNE_DIFFERS_FROM_POSTAL_CODE", paths.kommunenummer],
    ]);
    expect(kommuneWarnings("4601", bergen, paths)).toEqual([]);
    expect(kommuneWarnings(null, bergen, paths)).toEqual([]);
  });

  it("warns about a postbox-only postnummer", () => {
    expect(kommuneWarnings(null, { ...bergen, category: "P" }, paths).map((w) => w.code)).toEqual([
      "POSTBOX_ONLY_POSTAL_CODE",
    ]);
  });
});

describe("checkPostalCodeRow", () => {
  it("wants 4 digits, a poststed and a 4-digit kommunenummer", () => {
    expect(checkPostalCodeRow({ code: "0154", place: "OSLO", kommunenummer: "0301" }, ["input"])).toEqual([]);
    expect(checkPostalCodeRow({ code: "154", place: "", kommunenummer: "301" }, ["input"]).map((e) => e.code)).toEqual([
      "INVALID_POSTAL_CODE",
      "MISSING_PLACE",
      "UNKNOWN_KOMMUNE",
    ]);
  });
});
