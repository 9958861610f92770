import { formatKroner, isIsoDate, numberToOre, parseKroner, PayloadReader } from "@tvist/plugin-sdk";

describe("plugin port: money", () => {
  it.each([
    ["1250.50", 125_050],
    ["1250,5", 125_050],
    ["0", 0],
    ["0.01", 1],
    ["007.5", 750],
    ["90071992547409.91", Number.MAX_SAFE_INTEGER],
  ])("parseKroner(%j) is %d øre", (text, ore) => {
    expect(parseKroner(text)).toEqual({ ok: true, ore });
  });

  it.each(["1.234", "-1", "+1", "NaN", "1e2", "", " 1", "1 000", "1,000.00", "1.", ".1", "90071992547409.92", "１２"])(
    "parseKroner(%j) is refused with a reason",
    (text) => {
      const result = parseKroner(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problem.length).toBeGreaterThan(5);
    },
  );

  it("refuses a decimal comma when told to", () => {
    expect(parseKroner("1,50", { decimalComma: false }).ok).toBe(false);
    expect(parseKroner("1.50", { decimalComma: false })).toEqual({ ok: true, ore: 150 });
  });

  it("numberToOre is exact for every 2-decimal amount up to 20 000 kr, where * 100 and truncation are not", () => {
    const wrong: number[] = [];
    let naiveWrong = 0;
    for (let ore = 0; ore <= 2_000_000; ore++) {
      const kroner = Number(`${Math.floor(ore / 100)}.${String(ore % 100).padStart(2, "0")}`);
      const result = numberToOre(kroner);
      if (!result.ok || result.ore !== ore) wrong.push(ore);
      if (Math.trunc(kroner * 100) !== ore) naiveWrong++;
    }
    expect(wrong).toEqual([]);
    expect(naiveWrong).toBeGreaterThan(1000);
  });

  it.each([1.005, 0.1 + 0.2, -0.01, Number.NaN, Number.NEGATIVE_INFINITY, 1e-7, 1e21, 123.456])(
    "numberToOre(%d) is refused",
    (n) => {
      expect(numberToOre(n).ok).toBe(false);
    },
  );

  it.each([
    [125_050, "1250.50"],
    [5, "0.05"],
    [0, "0.00"],
    [-5, "-0.05"],
    [Number.MAX_SAFE_INTEGER, "90071992547409.91"],
  ])("formatKroner(%d) is %s", (ore, text) => {
    expect(formatKroner(ore)).toBe(text);
  });

  it("formatKroner refuses fractions of øre", () => {
    expect(() => formatKroner(1.5)).toThrow(RangeError);
  });
});

describe("plugin port: PayloadReader", () => {
  it("reports every problem with its path, and trims strings", () => {
    const r = new PayloadReader({ a: { b: "  x  " }, n: 5, d: "2026-02-29", blank: "   " });
    expect(r.string(["a", "b"])).toBe("x");
    expect(r.string(["n"])).toBeUndefined();
    expect(r.date(["d"])).toBeUndefined();
    expect(r.string(["blank"])).toBeUndefined();
    expect(r.string(["a", "missing"], { required: false })).toBeUndefined();
    expect(r.object(["a", "b"])).toBeUndefined();
    expect(r.errors.map((e) => [e.code, e.field])).toEqual([
      ["INVALID_FORMAT", ["n"]],
      ["INVALID_DATE", ["d"]],
      ["MISSING_FIELD", ["blank"]],
      ["INVALID_FORMAT", ["a", "b"]],
    ]);
  });

  it("refuses a payload that is not an object", () => {
    expect(new PayloadReader([1]).errors).toEqual([
      { code: "INVALID_FORMAT", field: [], message: "The payload must be a JSON object." },
    ]);
  });

  it("isIsoDate knows the calendar", () => {
    expect(["2028-02-29", "2026-12-31"].every(isIsoDate)).toBe(true);
    expect(["2026-02-29", "2026-13-01", "26-01-01", "2026-1-1", 20260101].some(isIsoDate)).toBe(false);
  });
});
