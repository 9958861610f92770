import {
  attendanceDuty,
  AttendanceDuty,
  AttendanceReasonCode,
  neighboursOf,
} from "../../src/modules/conciliation/attendance.rules";

// Oslo (0301) borders Bærum (3201) and Nordre Follo (3207); Asker (3203) borders Bærum but not Oslo.
const neighbours: Array<[string, string]> = [
  ["0301", "3201"],
  ["3207", "0301"],
  ["3201", "3203"],
];
const oslo = { boardKommuner: ["0301"], neighbours };

describe("møteplikt", () => {
  it("binds a party living in the board's kommune", () => {
    expect(attendanceDuty({ ...oslo, homeKommune: "0301" })).toEqual({
      duty: AttendanceDuty.MUST_ATTEND,
      reason: { code: AttendanceReasonCode.IN_BOARD_KOMMUNE, message: expect.stringContaining("0301") },
      kommune: "0301",
    });
  });

  it("binds a party in a neighbouring kommune, whichever way the pair is written", () => {
    expect(attendanceDuty({ ...oslo, homeKommune: "3201" })).toMatchObject({
      duty: AttendanceDuty.MUST_ATTEND,
      reason: { code: AttendanceReasonCode.IN_NEIGHBOUR_KOMMUNE },
      kommune: "3201",
    });
    expect(attendanceDuty({ ...oslo, homeKommune: "3207" })).toMatchObject({
      duty: AttendanceDuty.MUST_ATTEND,
      reason: { code: AttendanceReasonCode.IN_NEIGHBOUR_KOMMUNE },
      kommune: "3207",
    });
  });

  it("lets a party from further away send a substitute", () => {
    expect(attendanceDuty({ ...oslo, homeKommune: "3203" })).toMatchObject({
      duty: AttendanceDuty.MAY_SEND_SUBSTITUTE,
      reason: { code: AttendanceReasonCode.OUTSIDE_AREA },
      kommune: "3203",
    });
    expect(attendanceDuty({ ...oslo, homeKommune: "4601" }).duty).toBe(AttendanceDuty.MAY_SEND_SUBSTITUTE);
  });

  it("counts the business address too", () => {
    expect(attendanceDuty({ ...oslo, homeKommune: "4601", businessKommune: "0301" })).toMatchObject({
      duty: AttendanceDuty.MUST_ATTEND,
      reason: { code: AttendanceReasonCode.IN_BOARD_KOMMUNE },
      kommune: "0301",
    });
    expect(attendanceDuty({ ...oslo, businessKommune: "3201" })).toMatchObject({
      duty: AttendanceDuty.MUST_ATTEND,
      kommune: "3201",
    });
  });

  it("covers every kommune of a board that serves several, and their neighbours", () => {
    const shared = { boardKommuner: ["4601", "4602"], neighbours: [["4602", "4611"] as [string, string]] };
    expect(attendanceDuty({ ...shared, homeKommune: "4601" }).reason.code).toBe(AttendanceReasonCode.IN_BOARD_KOMMUNE);
    expect(attendanceDuty({ ...shared, homeKommune: "4602" }).reason.code).toBe(AttendanceReasonCode.IN_BOARD_KOMMUNE);
    expect(attendanceDuty({ ...shared, homeKommune: "4611" }).reason.code).toBe(
      AttendanceReasonCode.IN_NEIGHBOUR_KOMMUNE,
    );
    expect(attendanceDuty({ ...shared, homeKommune: "0301" }).reason.code).toBe(AttendanceReasonCode.OUTSIDE_AREA);
  });

  it("assumes the duty when no kommune is known", () => {
    expect(attendanceDuty({ ...oslo, homeKommune: null })).toMatchObject({
      duty: AttendanceDuty.MUST_ATTEND,
      reason: { code: AttendanceReasonCode.KOMMUNE_UNKNOWN },
      kommune: null,
    });
  });

  it("lists neighbours without the board's own kommuner", () => {
    expect([...neighboursOf(["0301", "3201"], neighbours)].sort()).toEqual(["3203", "3207"]);
  });

  it("refuses a board without kommuner", () => {
    expect(() => attendanceDuty({ boardKommuner: [], neighbours, homeKommune: "0301" })).toThrow(
      /at least one kommune/,
    );
  });
});
