import { formatDate, formatFactor, formatKroner, formatOre, formatPercent } from "../../src/shared/format-no";

describe("Norwegian formats", () => {
  it.each([
    [0, "0,00 kr"],
    [5, "0,05 kr"],
    [99, "0,99 kr"],
    [100, "1,00 kr"],
    [123_450, "1 234,50 kr"],
    [100_000_000, "1 000 000,00 kr"],
    [-123_450, "-1 234,50 kr"],
  ])("formats %d øre as %s", (ore, text) => {
    expect(formatOre(ore)).toBe(text);
  });

  it("formats kroner without the unit and refuses fractions of an øre", () => {
    expect(formatKroner(12_345_678)).toBe("123 456,78");
    expect(() => formatOre(1.5)).toThrow(/whole øre/);
  });

  it("formats dates as dd.mm.yyyy", () => {
    expect(formatDate("2025-05-17")).toBe("17.05.2025");
    expect(formatDate("2024-02-29")).toBe("29.02.2024");
    expect(() => formatDate("17.05.2025")).toThrow(/ISO date/);
  });

  it("formats rates and factors with a decimal comma", () => {
    expect(formatPercent(1250)).toBe("12,5 %");
    expect(formatPercent(1225)).toBe("12,25 %");
    expect(formatPercent(1075)).toBe("10,75 %");
    expect(formatPercent(1000)).toBe("10 %");
    expect(formatFactor(1.1)).toBe("1,1");
    expect(formatFactor(4)).toBe("4");
  });
});
