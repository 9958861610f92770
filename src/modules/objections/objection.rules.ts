/** Objections (innsigelser) and the freeze they cause. Pure: no ORM, no GraphQL; dates are arguments. */
import { CaseStatus, CLOSED_STATUSES, OBJECTION_STATUSES, type ObjectionFact } from "../cases/case.rules";

export enum ObjectionChannel {
  LETTER = "LETTER",
  EMAIL = "EMAIL",
  PORTAL = "PORTAL",
  ORAL = "ORAL",
}

export enum ObjectionStatus {
  OPEN = "OPEN",
  WITHDRAWN = "WITHDRAWN",
  UNFOUNDED = "UNFOUNDED",
  RESOLVED_BY_CREDIT = "RESOLVED_BY_CREDIT",
  ESCALATED = "ESCALATED",
}

/** The ways out of an objection; each is also the objection's final status. */
export type Resolution = Exclude<ObjectionStatus, ObjectionStatus.OPEN>;

export const WRITTEN_CHANNELS: ReadonlySet<ObjectionChannel> = new Set([
  ObjectionChannel.LETTER,
  ObjectionChannel.EMAIL,
  ObjectionChannel.PORTAL,
]);

/** Shortest reason for marking an objection unfounded (åpenbart grunnløs), in characters after trimming. */
export const MIN_REASON_LENGTH = 10;

/** Written when it came in writing, or when the debtor's written objection was uploaded to an oral one. */
export function isWritten(channel: ObjectionChannel, documentCount: number): boolean {
  return WRITTEN_CHANNELS.has(channel) || documentCount > 0;
}

/** Open, or escalated and waiting for the forliksklage: such an objection still holds the case (a written one holds the freeze). */
export const LIVE_OBJECTION_STATUSES: readonly ObjectionStatus[] = [ObjectionStatus.OPEN, ObjectionStatus.ESCALATED];

export function isLive(status: ObjectionStatus): boolean {
  return LIVE_OBJECTION_STATUSES.includes(status);
}

export interface ObjectionState {
  written: boolean;
  status: ObjectionStatus;
  receivedOn: string;
}

/** What the case rules need to know about an objection; null once it no longer matters. */
export function objectionFact(o: ObjectionState): ObjectionFact | null {
  return isLive(o.status)
    ? { written: o.written, open: o.status === ObjectionStatus.OPEN, receivedOn: o.receivedOn }
    : null;
}

export function objectionFacts(objections: readonly ObjectionState[]): ObjectionFact[] {
  return objections.map(objectionFact).filter((f): f is ObjectionFact => f !== null);
}

export type RegisterRefusal = { code: "CASE_CLOSED" | "CASE_IN_LEGAL_PROCESS"; status: CaseStatus };

/** Why no objection may be registered on a case in `status` (closed, or the dispute is before the forliksråd or the courts), or null when it may. */
export function refuseRegistration(status: CaseStatus): RegisterRefusal | null {
  if (CLOSED_STATUSES.has(status)) return { code: "CASE_CLOSED", status };
  if (!OBJECTION_STATUSES.has(status)) return { code: "CASE_IN_LEGAL_PROCESS", status };
  return null;
}

/** A new objection freezes the case when it is written and collection is running. A second one on a frozen case does not freeze again. */
export function freezesOnRegistration(status: CaseStatus, written: boolean): boolean {
  return written && status === CaseStatus.ACTIVE;
}

/** Why an objection in `status` cannot take `resolution`, or null when it can. */
export function refuseResolution(
  status: ObjectionStatus,
  resolution: Resolution,
): { code: "OBJECTION_NOT_OPEN"; message: string } | null {
  // the debtor may withdraw, and the parties may agree on a credit note, also after an escalation
  const from: readonly ObjectionStatus[] =
    resolution === ObjectionStatus.WITHDRAWN || resolution === ObjectionStatus.RESOLVED_BY_CREDIT
      ? [ObjectionStatus.OPEN, ObjectionStatus.ESCALATED]
      : [ObjectionStatus.OPEN];
  if (from.includes(status)) return null;
  return {
    code: "OBJECTION_NOT_OPEN",
    message: `The objection is ${status} already: only ${from.join(" or ")} objections can become ${resolution}.`,
  };
}

/** After an objection ends: the freeze ends when the case is frozen and no other written objection holds it. */
export function unfreezes(status: CaseStatus, remaining: readonly ObjectionFact[]): boolean {
  return status === CaseStatus.FROZEN && !remaining.some((o) => o.written);
}

/** A problem with an unfounded-decision's reason, or null. */
export function refuseReason(reason: string | null | undefined): string | null {
  const length = (reason ?? "").trim().length;
  return length >= MIN_REASON_LENGTH
    ? null
    : `Give the reason the objection is obviously unfounded (åpenbart grunnløs), at least ${MIN_REASON_LENGTH} characters: it is recorded with who decided.`;
}

export type CreditPlan = { kind: "FULL"; reissue: boolean } | { kind: "PARTIAL"; remainder: number };

/** `field` is the path below the mutation's input. */
export interface CreditRefusal {
  code: "INVALID_AMOUNT" | "AMOUNT_EXCEEDS_OUTSTANDING" | "MISSING_NEW_INVOICE" | "AMOUNT_MISMATCH";
  field: string[];
  message: string;
}

/**
 * What an agreed credit note does. In full it closes the case as CREDITED (a new invoice may then replace it with
 * the agreed amount). In part it needs a new invoice for exactly what remains, which replaces the closed case.
 * Amounts in øre.
 */
export function planCredit(
  outstanding: number,
  creditAmount: number,
  newInvoiceAmount: number | null,
): CreditPlan | CreditRefusal {
  if (!Number.isSafeInteger(creditAmount) || creditAmount <= 0) {
    return {
      code: "INVALID_AMOUNT",
      field: ["creditNoteAmount"],
      message: "creditNoteAmount must be a whole number of øre above 0.",
    };
  }
  if (creditAmount > outstanding) {
    return {
      code: "AMOUNT_EXCEEDS_OUTSTANDING",
      field: ["creditNoteAmount"],
      message: `A credit note cannot exceed what is owed (${outstanding} øre): credit at most that.`,
    };
  }
  if (newInvoiceAmount !== null && (!Number.isSafeInteger(newInvoiceAmount) || newInvoiceAmount <= 0)) {
    return {
      code: "INVALID_AMOUNT",
      field: ["newInvoice", "amount"],
      message: "newInvoice.amount must be a whole number of øre above 0.",
    };
  }
  if (creditAmount === outstanding) return { kind: "FULL", reissue: newInvoiceAmount !== null };
  const remainder = outstanding - creditAmount;
  if (newInvoiceAmount === null) {
    return {
      code: "MISSING_NEW_INVOICE",
      field: ["newInvoice"],
      message: `A partial credit note needs the new invoice for the agreed amount (${remainder} øre): give newInvoice, or credit all ${outstanding} øre.`,
    };
  }
  if (newInvoiceAmount !== remainder) {
    return {
      code: "AMOUNT_MISMATCH",
      field: ["newInvoice", "amount"],
      message: `The new invoice must carry what remains after the credit note, ${remainder} øre (${outstanding} − ${creditAmount}): correct newInvoice.amount or creditNoteAmount.`,
    };
  }
  return { kind: "PARTIAL", remainder };
}
