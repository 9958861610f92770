/**
 * Møteplikt before the forliksråd. Pure. A party whose home or business is in a kommune the board serves, or in a
 * kommune next to one of them, must attend (in person or by stedfortreder); a party from elsewhere may send a
 * substitute instead. Neighbours are reference data the caller passes in.
 */

export enum AttendanceDuty {
  MUST_ATTEND = "MUST_ATTEND",
  MAY_SEND_SUBSTITUTE = "MAY_SEND_SUBSTITUTE",
}

export enum AttendanceReasonCode {
  /** Home or business in a kommune the board serves. */
  IN_BOARD_KOMMUNE = "IN_BOARD_KOMMUNE",
  /** Home or business in a kommune next to one the board serves. */
  IN_NEIGHBOUR_KOMMUNE = "IN_NEIGHBOUR_KOMMUNE",
  /** Home and business outside the board's kommuner and their neighbours. */
  OUTSIDE_AREA = "OUTSIDE_AREA",
  /** No kommune is known for the party: assume the duty rather than risk a dismissal or a fraværsdom. */
  KOMMUNE_UNKNOWN = "KOMMUNE_UNKNOWN",
}

export interface AttendanceInput {
  /** Kommunenummer of every kommune the board serves (at least one). */
  boardKommuner: readonly string[];
  /** Pairs of neighbouring kommuner; order within a pair does not matter. */
  neighbours: ReadonlyArray<readonly [string, string]>;
  /** The party's home kommune (bopel), if known. */
  homeKommune?: string | null;
  /** The party's business kommune (forretningssted), if any. */
  businessKommune?: string | null;
}

export interface Attendance {
  duty: AttendanceDuty;
  reason: { code: AttendanceReasonCode; message: string };
  /** The party's kommune that decided the duty, if any. */
  kommune: string | null;
}

/** Every kommune next to one of `kommuner` (excluding those themselves). */
export function neighboursOf(kommuner: readonly string[], neighbours: AttendanceInput["neighbours"]): Set<string> {
  const own = new Set(kommuner);
  const result = new Set<string>();
  for (const [a, b] of neighbours) {
    if (own.has(a) && !own.has(b)) result.add(b);
    if (own.has(b) && !own.has(a)) result.add(a);
  }
  return result;
}

export function attendanceDuty(input: AttendanceInput): Attendance {
  if (input.boardKommuner.length === 0) throw new Error("A forliksråd serves at least one kommune");
  const partyKommuner = [input.homeKommune, input.businessKommune].filter((k): k is string => !!k);
  if (partyKommuner.length === 0) {
    return {
      duty: AttendanceDuty.MUST_ATTEND,
      reason: {
        code: AttendanceReasonCode.KOMMUNE_UNKNOWN,
        message:
          "No home or business kommune is known for the party: it must attend, in person or by stedfortreder, unless its address shows otherwise.",
      },
      kommune: null,
    };
  }
  const board = new Set(input.boardKommuner);
  const inBoard = partyKommuner.find((k) => board.has(k));
  if (inBoard) {
    return {
      duty: AttendanceDuty.MUST_ATTEND,
      reason: {
        code: AttendanceReasonCode.IN_BOARD_KOMMUNE,
        message: `The party lives or does business in kommune ${inBoard}, which the forliksråd serves: it must attend, in person or by stedfortreder.`,
      },
      kommune: inBoard,
    };
  }
  const near = neighboursOf(input.boardKommuner, input.neighbours);
  const inNeighbour = partyKommuner.find((k) => near.has(k));
  if (inNeighbour) {
    return {
      duty: AttendanceDuty.MUST_ATTEND,
      reason: {
        code: AttendanceReasonCode.IN_NEIGHBOUR_KOMMUNE,
        message: `The party lives or does business in kommune ${inNeighbour}, next to the forliksråd's area: it must attend, in person or by stedfortreder.`,
      },
      kommune: inNeighbour,
    };
  }
  return {
    duty: AttendanceDuty.MAY_SEND_SUBSTITUTE,
    reason: {
      code: AttendanceReasonCode.OUTSIDE_AREA,
      message: `The party's kommune (${partyKommuner.join(", ")}) is neither served by the forliksråd nor next to it: it may send a substitute (stedfortreder), which is recommended.`,
    },
    kommune: partyKommuner[0] ?? null,
  };
}
