import {
  courtDeadline,
  courtHolidayOn,
  courtHolidays,
  easterSunday,
  finalDate,
  isPublicHoliday,
  isWorkingDay,
  publicHolidays,
  reviewDeadline,
  rollToWorkingDay,
  type CourtHolidayRow,
} from "../../src/modules/calendar/court-calendar.rules";

describe("public holidays (date-holidays, type public)", () => {
  it("lists exactly the Norwegian public holidays of 2025", () => {
    expect(publicHolidays(2025)).toEqual([
      { date: "2025-01-01", name: "Første nyttårsdag" },
      { date: "2025-04-17", name: "Skjærtorsdag" },
      { date: "2025-04-18", name: "Langfredag" },
      { date: "2025-04-20", name: "Første påskedag" },
      { date: "2025-04-21", name: "Andre påskedag" },
      { date: "2025-05-01", name: "Arbeidernes dag" },
      { date: "2025-05-17", name: "Grunnlovsdagen" },
      { date: "2025-05-29", name: "Kristi himmelfartsdag" },
      { date: "2025-06-08", name: "Første pinsedag" },
      { date: "2025-06-09", name: "Andre pinsedag" },
      { date: "2025-12-25", name: "Første juledag" },
      { date: "2025-12-26", name: "Andre juledag" },
    ]);
  });

  it("moves Easter, Ascension and Whitsun with Easter in 2026", () => {
    expect(publicHolidays(2026).map((h) => h.date)).toEqual([
      "2026-01-01",
      "2026-04-02",
      "2026-04-03",
      "2026-04-05",
      "2026-04-06",
      "2026-05-01",
      "2026-05-14",
      "2026-05-17",
      "2026-05-24",
      "2026-05-25",
      "2026-12-25",
      "2026-12-26",
    ]);
  });

  it("does not count julaften, nyttårsaften, påskeaften or 8 May as holidays", () => {
    for (const d of ["2025-12-24", "2025-12-31", "2025-04-19", "2025-05-08", "2025-04-16"])
      expect(isPublicHoliday(d)).toBe(false);
    expect(isWorkingDay("2025-12-24")).toBe(true);
    expect(isWorkingDay("2025-12-31")).toBe(true);
  });

  it("computes Easter Sunday as date-holidays does", () => {
    for (let year = 2020; year <= 2030; year++) {
      const easter = publicHolidays(year).find((h) => h.name === "Første påskedag");
      expect(easter?.date).toBe(easterSunday(year));
    }
  });

  it("computes Easter Sunday at the extremes of its range", () => {
    expect(easterSunday(2008)).toBe("2008-03-23");
    expect(easterSunday(2038)).toBe("2038-04-25");
    expect(easterSunday(2285)).toBe("2285-03-22");
  });
});

describe("working days and § 149 roll", () => {
  it.each([
    ["2025-04-16", "2025-04-16"], // Wednesday before Easter: a working day
    ["2025-04-17", "2025-04-22"], // Skjærtorsdag -> after Easter Monday
    ["2025-04-18", "2025-04-22"], // Langfredag
    ["2025-04-19", "2025-04-22"], // Easter Saturday
    ["2026-04-02", "2026-04-07"], // Skjærtorsdag 2026
    ["2026-04-06", "2026-04-07"], // Easter Monday 2026
    ["2025-05-17", "2025-05-19"], // 17 May on a Saturday
    ["2026-05-17", "2026-05-18"], // 17 May on a Sunday
    ["2027-05-17", "2027-05-18"], // 17 May on a Monday
    ["2025-05-29", "2025-05-30"], // Ascension
    ["2025-06-09", "2025-06-10"], // Whit Monday
    ["2025-12-25", "2025-12-29"], // Christmas Day, Boxing Day, weekend
    ["2025-12-26", "2025-12-29"],
    ["2026-01-01", "2026-01-02"], // New Year's Day on a Thursday
    ["2027-01-01", "2027-01-04"], // New Year's Day on a Friday
    ["2025-05-01", "2025-05-02"], // 1 May
  ])("%s rolls to %s", (date, expected) => {
    expect(rollToWorkingDay(date)).toBe(expected);
  });

  it("treats weekends as non-working", () => {
    expect(isWorkingDay("2025-03-01")).toBe(false);
    expect(isWorkingDay("2025-03-02")).toBe(false);
    expect(isWorkingDay("2025-03-03")).toBe(true);
  });
});

describe("court holidays (domstolloven § 140)", () => {
  it("lists the periods touching 2025, the Christmas one from 2024 included", () => {
    expect(courtHolidays(2025)).toEqual([
      { name: "Jul", from: "2024-12-24", to: "2025-01-03" },
      { name: "Påske", from: "2025-04-12", to: "2025-04-21" },
      { name: "Sommer", from: "2025-07-01", to: "2025-08-15" },
      { name: "Jul", from: "2025-12-24", to: "2026-01-03" },
    ]);
  });

  it("starts Easter on the Saturday before Palm Sunday (2026: Palm Sunday 29 March)", () => {
    expect(courtHolidays(2026)[1]).toEqual({ name: "Påske", from: "2026-03-28", to: "2026-04-06" });
  });

  it("finds the period of a date, bounds included", () => {
    expect(courtHolidayOn("2025-04-11")).toBeUndefined();
    expect(courtHolidayOn("2025-04-12")?.name).toBe("Påske");
    expect(courtHolidayOn("2025-04-21")?.name).toBe("Påske");
    expect(courtHolidayOn("2025-04-22")).toBeUndefined();
    expect(courtHolidayOn("2025-08-15")?.name).toBe("Sommer");
    expect(courtHolidayOn("2026-01-03")?.name).toBe("Jul");
    expect(courtHolidayOn("2026-01-04")).toBeUndefined();
  });
});

describe("review deadline: one month from service (§ 148) rolled (§ 149)", () => {
  it.each([
    ["2025-01-31", "2025-02-28"], // 31 Jan + 1 month = last day of February (a Friday)
    ["2024-01-31", "2024-02-29"], // leap year
    ["2024-02-29", "2024-04-02"], // 29 Mar 2024 is Langfredag -> weekend -> Easter Monday -> Tuesday
    ["2025-04-30", "2025-05-30"],
    ["2025-03-31", "2025-04-30"], // April has no 31st
    ["2025-03-21", "2025-04-22"], // Easter Monday 2025
    ["2026-03-06", "2026-04-07"], // Easter Monday 2026
    ["2025-04-17", "2025-05-19"], // 17 May 2025 on a Saturday
    ["2026-04-17", "2026-05-18"], // 17 May 2026 on a Sunday
    ["2025-04-29", "2025-05-30"], // Ascension Day
    ["2025-11-26", "2025-12-29"], // Boxing Day, then the weekend
    ["2025-12-01", "2026-01-02"], // New Year's Day
    ["2025-06-20", "2025-07-21"], // without suspendInCourtHolidays (the rules' default) it runs through the summer court holiday
  ])("served %s: last day %s", (served, deadline) => {
    expect(reviewDeadline(served)).toBe(deadline);
  });

  it("becomes final the day after the deadline", () => {
    expect(finalDate("2025-01-31")).toBe("2025-03-01");
    expect(finalDate("2025-03-21")).toBe("2025-04-23");
    expect(finalDate("2025-11-26")).toBe("2025-12-30");
  });
});

describe("deadlines suspended in court holidays (§ 140 (2))", () => {
  const suspend = { suspendInCourtHolidays: true };

  it("continues the part left at the start of the summer holiday after 15 August", () => {
    // 10 of the 30 days run 21–30 June; the other 20 run 16 August – 4 September.
    expect(courtDeadline("2025-06-20", { months: 1 }, suspend)).toBe("2025-09-04");
  });

  it("starts a deadline served during a court holiday on the first day after it", () => {
    // Runs from 16 August: one month later is 16 September.
    expect(courtDeadline("2025-07-10", { months: 1 }, suspend)).toBe("2025-09-16");
    // Easter holiday 2025 ends 21 April: runs from 22 April.
    expect(reviewDeadline("2025-04-15", suspend)).toBe("2025-05-22");
    // A day deadline does not count its first day (§ 148 (1)): 14 days from 16 August end 30 August, a Saturday.
    expect(courtDeadline("2025-07-10", { days: 14 }, suspend)).toBe("2025-09-01");
  });

  it("counts a forliksråd judgment served 2021-03-29, inside the Easter holiday, to expire 2021-05-06 (published case)", () => {
    expect(courtHolidayOn("2021-03-29")).toEqual({ name: "Påske", from: "2021-03-27", to: "2021-04-05" });
    expect(reviewDeadline("2021-03-29", suspend)).toBe("2021-05-06");
    expect(finalDate("2021-03-29", suspend)).toBe("2021-05-07");
  });

  it("skips the Easter holiday (2026) and the Christmas holiday", () => {
    expect(courtDeadline("2026-03-20", { months: 1 }, suspend)).toBe("2026-04-30");
    expect(courtDeadline("2025-12-10", { months: 1 }, suspend)).toBe("2026-01-21");
  });

  it("counts day deadlines the same way and still rolls to a working day", () => {
    // 5 days in June, 9 after 15 August: ends Sunday 24 August -> Monday.
    expect(courtDeadline("2025-06-25", { days: 14 }, suspend)).toBe("2025-08-25");
  });

  it("passes through more than one court holiday", () => {
    // 1 month from 20 June 2025 suspended over summer ends 4 September; 6 months crosses summer and Christmas.
    expect(courtDeadline("2025-06-20", { months: 6 }, suspend)).toBe("2026-02-16");
  });

  it("uses a replaced court-holiday table", () => {
    const onlySummer: CourtHolidayRow[] = [
      { validFrom: "2008-01-01", periods: [{ name: "Sommer", kind: "FIXED", from: "07-01", to: "07-31" }] },
    ];
    expect(courtDeadline("2025-06-20", { months: 1 }, { ...suspend, courtHolidayTable: onlySummer })).toBe(
      "2025-08-20",
    );
    expect(courtDeadline("2025-12-10", { months: 1 }, { ...suspend, courtHolidayTable: onlySummer })).toBe(
      "2026-01-12",
    );
  });
});
