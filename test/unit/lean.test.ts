import { parseTimestamptz } from "../../src/graphql/fast/lean";

describe("parseTimestamptz", () => {
  it.each([
    "2026-01-21 02:46:40+00",
    "2026-01-21 02:46:40.1+00",
    "2026-01-21 02:46:40.12+00",
    "2026-01-21 02:46:40.123+00",
    "2026-01-21 02:46:40.123456+00",
    "2026-01-21 02:46:40.999999+00",
    "2026-12-31 23:59:59.5+02",
    "2026-03-29 00:30:00-05",
    "1999-02-28 12:00:00+14",
    "2026-06-15 08:00:00+05:30",
    "0999-01-01 00:00:00+00",
    "2026-01-21T02:46:40Z",
    "infinity",
  ])("reads %s as new Date does", (text) => {
    const a = parseTimestamptz(text).getTime();
    const b = new Date(text).getTime();
    if (Number.isNaN(b)) expect(a).toBeNaN();
    else expect(a).toBe(b);
  });
});
