import type { EntityManager } from "@mikro-orm/postgresql";
import type { Recorder } from "../../../events/command";
import { ok } from "../../../shared/result";
import { refuse } from "../../../shared/outcome";
import type { Auth } from "../../access/auth";
import type { ConciliationFailure } from "../conciliation.errors";
import { isLocalDate } from "../../../shared/local-date";
import { DebtorKind } from "../../parties/debtor.entity";
import { attendanceDuty, type AttendanceInput } from "../attendance.rules";
import { ConciliationStatus, HearingAttendance, PartyRole, type ConciliationCase } from "../conciliation-case.entity";
import { boardArea, openForUpdate, type R } from "../conciliation.service";

export interface RepresentativeInput {
  party: PartyRole;
  name: string;
  role: string;
}

/** The forliksråd set (or moved) the hearing: each party's duty to attend is worked out from the register. */
export async function scheduleHearing(
  em: EntityManager,
  rec: Recorder,
  auth: Auth,
  input: { id: string; hearingDate: string; place: string; representatives?: RepresentativeInput[] | null },
): Promise<R<{ conciliationCase: ConciliationCase; attendance: HearingAttendance[] }>> {
  const found = await openForUpdate(
    em,
    auth,
    input.id,
    [ConciliationStatus.SENT, ConciliationStatus.HEARING_SCHEDULED],
    "scheduling a hearing",
  );
  if (!found.ok) return found;
  const cc = found.value;
  const errors: ConciliationFailure[] = [];
  if (!isLocalDate(input.hearingDate)) errors.push({ code: "INVALID_DATE", field: "hearingDate" });
  else if (input.hearingDate < cc.sentOn!) {
    const hearingDate = input.hearingDate;
    errors.push({ code: "DATE_OUT_OF_ORDER", field: "hearingDate", hearingDate, sentOn: cc.sentOn! });
  }
  const place = input.place.trim();
  if (place.length === 0) errors.push({ code: "MISSING_FIELD", field: "place" });
  const reps = input.representatives ?? [];
  const seen = new Set<PartyRole>();
  reps.forEach((r, index) => {
    const field = "representatives";
    if (seen.has(r.party)) errors.push({ code: "DUPLICATE_PARTY", field, index, party: r.party });
    seen.add(r.party);
    if (r.name.trim().length === 0) errors.push({ code: "MISSING_FIELD", field, index, part: "name" });
    if (r.role.trim().length === 0) errors.push({ code: "MISSING_FIELD", field, index, part: "role" });
  });
  if (errors.length > 0) return refuse(...errors);

  const c = cc.case;
  await em.populate(c, ["creditor.municipality", "debtor.municipality"]);
  const base = await boardArea(em, cc.board, input.hearingDate);
  if (base.boardKommuner.length === 0)
    return refuse({ code: "NO_BOARD_FOR_KOMMUNE", field: "id", board: cc.board.name });
  const debtorKommune = c.debtor.municipality.code;
  const creditorKommune = c.creditor.municipality.code;
  const duties: [PartyRole, AttendanceInput][] = [
    [PartyRole.CREDITOR, { ...base, businessKommune: creditorKommune }],
    [
      PartyRole.DEBTOR,
      c.debtor.kind === DebtorKind.PERSON
        ? { ...base, homeKommune: debtorKommune }
        : { ...base, businessKommune: debtorKommune },
    ],
  ];
  const existing = await em.find(HearingAttendance, { conciliationCase: cc });
  const attendance = duties.map(([party, facts]) => {
    const duty = attendanceDuty(facts);
    let row = existing.find((a) => a.party === party);
    if (row) {
      row.duty = duty.duty;
      row.reasonCode = duty.reason.code;
      row.reason = duty.reason.message;
    } else {
      row = new HearingAttendance(cc, party, duty.duty, duty.reason.code, duty.reason.message);
      em.persist(row);
    }
    row.kommune = duty.kommune;
    const rep = reps.find((r) => r.party === party);
    row.representativeName = rep ? rep.name.trim() : null;
    row.representativeRole = rep ? rep.role.trim() : null;
    return row;
  });
  const rescheduled = cc.status === ConciliationStatus.HEARING_SCHEDULED;
  cc.status = ConciliationStatus.HEARING_SCHEDULED;
  cc.hearingDate = input.hearingDate;
  cc.hearingPlace = place;
  rec.record(c, {
    type: "conciliation.hearing_scheduled",
    summary: `${rescheduled ? "Hearing moved to" : "Hearing set for"} ${input.hearingDate} at ${place}`,
    data: {
      conciliationCaseId: cc.globalId,
      hearingDate: input.hearingDate,
      place,
      attendance: attendance.map((a) => ({
        party: a.party,
        duty: a.duty,
        reasonCode: a.reasonCode,
        kommune: a.kommune,
        representativeName: a.representativeName,
        representativeRole: a.representativeRole,
      })),
    },
  });
  return ok({ conciliationCase: cc, attendance });
}
