import { lateInterest as lateInterestOf, type InterestRateRow } from "../../src/modules/conciliation/interest.rules";
import { groupRows, LegalTable } from "../../src/modules/legal-tables/legal-table.rules";
import { LEGAL_TABLE_SEED } from "../../src/modules/legal-tables/legal-table.seed";

const SEEDED = groupRows(LEGAL_TABLE_SEED)[LegalTable.LATE_INTEREST_RATE];
const row = (validFrom: string, value: number, confirmed = true): InterestRateRow => ({
  validFrom,
  value,
  confirmed,
  sourceTitle: "test",
  sourceUrl: "https://example.org",
});
/** The computation with the seeded rates unless a table is given; fails the test on a typed error. */
function lateInterest(principal: number, dueDate: string, toDate: string, table: readonly InterestRateRow[] = SEEDED) {
  const r = lateInterestOf(principal, dueDate, toDate, table);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}
const basic = (p: {
  from: string;
  to: string;
  days: number;
  rateBasisPoints: number;
  rateConfirmed: boolean;
  amount: number;
}) => ({
  from: p.from,
  to: p.to,
  days: p.days,
  rateBasisPoints: p.rateBasisPoints,
  rateConfirmed: p.rateConfirmed,
  amount: p.amount,
});

describe("late-payment interest (forsinkelsesrente)", () => {
  it("runs from the day after the due date to the filing date, actual/365", () => {
    // 10 000 kr at 12.5 % for 30 days: 1 000 000 * 0.125 * 30 / 365 = 10 273.97 øre
    const r = lateInterest(1_000_000, "2025-01-31", "2025-03-02");
    expect(r.days).toBe(30);
    expect(r.periods.map(basic)).toEqual([
      { from: "2025-02-01", to: "2025-03-02", days: 30, rateBasisPoints: 1250, rateConfirmed: true, amount: 10_274 },
    ]);
    expect(r.total).toBe(10_274);
  });

  it("splits at a rate change and gives each period its own rate", () => {
    // 15 days at 10.75 % (4 417.81) + 15 days at 11.75 % (4 828.77) = 9 246.58
    const r = lateInterest(1_000_000, "2023-06-15", "2023-07-15");
    expect(r.periods.map(basic)).toEqual([
      { from: "2023-06-16", to: "2023-06-30", days: 15, rateBasisPoints: 1075, rateConfirmed: true, amount: 4_418 },
      { from: "2023-07-01", to: "2023-07-15", days: 15, rateBasisPoints: 1175, rateConfirmed: true, amount: 4_829 },
    ]);
    expect(r.total).toBe(9_247);
    expect(r.days).toBe(30);
  });

  it("breaks at every half-year across several rate changes", () => {
    const r = lateInterest(5_000_000, "2023-12-01", "2024-07-31");
    expect(r.periods.map((p) => [p.from, p.to, p.days, p.rateBasisPoints])).toEqual([
      ["2023-12-02", "2023-12-31", 30, 1175],
      ["2024-01-01", "2024-06-30", 182, 1250],
      ["2024-07-01", "2024-07-31", 31, 1250],
    ]);
    // exact: 5e6 * (1175*30 + 1250*182 + 1250*31) / 3 650 000 = 5e6 * 301 500 / 3 650 000 = 413 013.70
    expect(r.total).toBe(413_014);
    expect(r.days).toBe(243);
  });

  it("rounds the exact total half-up once, not the sum of rounded periods", () => {
    // each period is 0.49... øre on its own (rounds to 0) but the sum is more than 0.5
    const table: InterestRateRow[] = [row("2025-01-01", 1000), row("2025-01-03", 1000)];
    const r = lateInterest(1_800, "2025-01-01", "2025-01-03", table);
    expect(r.periods.map((p) => p.amount)).toEqual([0, 0]);
    expect(r.total).toBe(1);
  });

  it("rounds half an øre up and less than half down", () => {
    // 1 460 øre * 12.5 % * 1 / 365 = exactly 0.5 øre
    expect(lateInterest(1_460, "2025-03-01", "2025-03-02").total).toBe(1);
    expect(lateInterest(1_459, "2025-03-01", "2025-03-02").total).toBe(0);
  });

  it("uses 365 days also in a leap year and counts 29 February", () => {
    const r = lateInterest(3_650_000, "2024-02-28", "2024-03-01");
    expect(r.days).toBe(2);
    // 3 650 000 * 0.125 * 2 / 365 = 2 500
    expect(r.total).toBe(2_500);
  });

  it("is nothing when filed on or before the due date", () => {
    expect(lateInterest(1_000_000, "2025-03-01", "2025-03-01")).toEqual({
      principal: 1_000_000,
      dueDate: "2025-03-01",
      toDate: "2025-03-01",
      days: 0,
      periods: [],
      total: 0,
    });
    expect(lateInterest(1_000_000, "2025-03-01", "2025-02-01").total).toBe(0);
  });

  it("flags a half-year without a table row as unconfirmed and carries the last rate", () => {
    const r = lateInterest(1_000_000, "2025-06-29", "2025-07-02", [row("2025-01-01", 1250)]);
    expect(r.periods.map((p) => [p.from, p.rateBasisPoints, p.rateConfirmed])).toEqual([
      ["2025-06-30", 1250, true],
      ["2025-07-01", 1250, false],
    ]);
  });

  it("refuses money that is not whole øre", () => {
    expect(() => lateInterest(10.5, "2025-01-01", "2025-02-01")).toThrow(/whole øre/);
    expect(() => lateInterest(-1, "2025-01-01", "2025-02-01")).toThrow(/whole øre/);
  });
});
