/** The collection case as a state machine. Pure: no ORM, no GraphQL; `today` is an argument. */
import { addDays } from "../../shared/local-date";

export enum CaseStatus {
  ACTIVE = "ACTIVE",
  FROZEN = "FROZEN",
  IN_CONCILIATION = "IN_CONCILIATION",
  JUDGMENT = "JUDGMENT",
  ENFORCEMENT = "ENFORCEMENT",
  PAID = "PAID",
  CREDITED = "CREDITED",
  CLOSED = "CLOSED",
}

export enum CaseAction {
  SEND_COLLECTION_NOTICE = "SEND_COLLECTION_NOTICE",
  SEND_PAYMENT_DEMAND = "SEND_PAYMENT_DEMAND",
  REGISTER_PAYMENT = "REGISTER_PAYMENT",
  REGISTER_CREDIT_NOTE = "REGISTER_CREDIT_NOTE",
  REGISTER_OBJECTION = "REGISTER_OBJECTION",
  REQUEST_WRITTEN_OBJECTION = "REQUEST_WRITTEN_OBJECTION",
  WITHDRAW_OBJECTION = "WITHDRAW_OBJECTION",
  MARK_OBJECTION_UNFOUNDED = "MARK_OBJECTION_UNFOUNDED",
  RESOLVE_OBJECTION_BY_CREDIT = "RESOLVE_OBJECTION_BY_CREDIT",
  ESCALATE_TO_CONCILIATION = "ESCALATE_TO_CONCILIATION",
  CLOSE = "CLOSE",
  /** Utleggsbegjæring: offered exactly when the judgment may be enforced today. */
  CREATE_ENFORCEMENT_PETITION = "CREATE_ENFORCEMENT_PETITION",
}

/** Fee-bearing or escalating actions: none of them is offered while a written objection freezes the case. */
export const BLOCKED_WHILE_FROZEN: ReadonlySet<CaseAction> = new Set([
  CaseAction.SEND_COLLECTION_NOTICE,
  CaseAction.SEND_PAYMENT_DEMAND,
  CaseAction.CREATE_ENFORCEMENT_PETITION,
]);

/** Statuses in which the debtor's objection is registered on the case (before the forliksråd or a court has it). */
export const OBJECTION_STATUSES: ReadonlySet<CaseStatus> = new Set([CaseStatus.ACTIVE, CaseStatus.FROZEN]);

export enum CollectionStepKind {
  /** Inkassovarsel, inkassoloven § 9. */
  COLLECTION_NOTICE = "COLLECTION_NOTICE",
  /** Betalingsoppfordring, inkassoloven § 10. */
  PAYMENT_DEMAND = "PAYMENT_DEMAND",
}

/** Days the debtor has after a step (calendar days, no roll over weekends or holidays). */
export const STEP_MIN_DAYS = 14;

export const CLOSED_STATUSES: ReadonlySet<CaseStatus> = new Set([
  CaseStatus.PAID,
  CaseStatus.CREDITED,
  CaseStatus.CLOSED,
]);

/** Every status change the rules allow. */
export const TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  [CaseStatus.ACTIVE]: [
    CaseStatus.FROZEN,
    CaseStatus.IN_CONCILIATION,
    CaseStatus.PAID,
    CaseStatus.CREDITED,
    CaseStatus.CLOSED,
  ],
  [CaseStatus.FROZEN]: [
    CaseStatus.ACTIVE,
    CaseStatus.IN_CONCILIATION,
    CaseStatus.PAID,
    CaseStatus.CREDITED,
    CaseStatus.CLOSED,
  ],
  [CaseStatus.IN_CONCILIATION]: [
    CaseStatus.JUDGMENT,
    CaseStatus.ACTIVE,
    CaseStatus.PAID,
    CaseStatus.CREDITED,
    CaseStatus.CLOSED,
  ],
  [CaseStatus.JUDGMENT]: [CaseStatus.ENFORCEMENT, CaseStatus.PAID, CaseStatus.CREDITED, CaseStatus.CLOSED],
  [CaseStatus.ENFORCEMENT]: [CaseStatus.PAID, CaseStatus.CREDITED, CaseStatus.CLOSED],
  [CaseStatus.PAID]: [],
  [CaseStatus.CREDITED]: [],
  [CaseStatus.CLOSED]: [],
};

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** The statuses a case may leave for `to` (the rows a change to `to` may take). */
export function transitionSources(to: CaseStatus): CaseStatus[] {
  return Object.values(CaseStatus).filter((s) => s !== to && canTransition(s, to));
}

/** The closed_at a change into `to` at `now` stamps: entering a closed status closes the case; null keeps what it has. */
export function closedAtOn(to: CaseStatus, now: Date): Date | null {
  return CLOSED_STATUSES.has(to) ? now : null;
}

export interface StatusState {
  status: CaseStatus;
  closedAt: Date | null;
}

/** A case's status and closed_at after a change to `to` at `now`; null when the rules do not allow it. */
export function changeStatus(state: StatusState, to: CaseStatus, now: Date): StatusState | null {
  if (state.status === to) return state;
  if (!canTransition(state.status, to)) return null;
  return { status: to, closedAt: closedAtOn(to, now) ?? state.closedAt };
}

/**
 * What each recorded change adds to a case's counters: its timeline's sequence and its row version (optimistic lock;
 * the ORM adds its own 1 on every update, which write-parity.test.ts holds the SQL path to).
 */
export const CASE_STEP = { sequence: 1, version: 1 } as const;

/** The sequence of the event appended to a timeline whose last event has `last` (0: none yet). */
export function nextSequence(last: number): number {
  return last + CASE_STEP.sequence;
}

/** The values a new case starts with, besides its invoice, creditor, debtor and principal (entity and bulk insert). */
export const NEW_CASE = {
  status: CaseStatus.ACTIVE,
  frozenFromStatus: null,
  feesAmount: 0,
  paidAmount: 0,
  creditedAmount: 0,
  judgmentAmount: null,
  reducedBeforeJudgment: 0,
  lastSequence: 0,
  closedAt: null,
  enforcementConcludedOn: null,
  version: 1,
} as const;

export interface StepFact {
  kind: CollectionStepKind;
  sentOn: string;
  deadline: string;
}

/** An objection (innsigelse) that still matters to the case: open, or escalated and awaiting the forliksklage. */
export interface ObjectionFact {
  /** Written, or oral with the written objection uploaded: it holds a freeze. */
  written: boolean;
  /** Awaiting the creditor's answer (not yet escalated to the forliksråd). */
  open: boolean;
  receivedOn: string;
}

export interface CaseFacts {
  status: CaseStatus;
  /** Øre still owed. */
  outstanding: number;
  dueDate: string;
  steps: readonly StepFact[];
  /** Live objections only; withdrawn, unfounded and credited ones are left out. */
  objections: readonly ObjectionFact[];
  /** A registered judgment may be enforced today (enforcementAvailability in the conciliation claim rules). */
  enforcementAvailable?: boolean;
}

/** Configurable numbers the rules need (from the configuration). */
export interface CasePolicy {
  /** Calendar days the creditor has to answer an objection (OBJECTION_RESPONSE_DAYS). */
  objectionResponseDays: number;
}

export type StepRefusal =
  | { code: "CASE_CLOSED"; message: string }
  | { code: "CASE_FROZEN"; message: string }
  | { code: "STEP_OUT_OF_ORDER"; message: string }
  | { code: "DEADLINE_NOT_PASSED"; message: string }
  | { code: "NOT_DUE"; message: string }
  | { code: "DEADLINE_TOO_SHORT"; message: string };

/** Why a collection step may not be taken on `sentOn` with `deadline`, or null when it may. */
export function refuseStep(
  facts: CaseFacts,
  kind: CollectionStepKind,
  sentOn: string,
  deadline: string,
): StepRefusal | null {
  if (CLOSED_STATUSES.has(facts.status))
    return { code: "CASE_CLOSED", message: `The case is ${facts.status}: no collection steps are possible.` };
  if (facts.status === CaseStatus.FROZEN) {
    return {
      code: "CASE_FROZEN",
      message:
        "Collection is frozen by a written objection: resolve the objection (withdrawn, unfounded, credit note or forliksråd) first.",
    };
  }
  if (facts.status !== CaseStatus.ACTIVE)
    return {
      code: "STEP_OUT_OF_ORDER",
      message: `Collection steps belong before the dispute; the case is ${facts.status}.`,
    };
  if (deadline < addDays(sentOn, STEP_MIN_DAYS)) {
    return {
      code: "DEADLINE_TOO_SHORT",
      message: `The debtor must get at least ${STEP_MIN_DAYS} calendar days: set the deadline to ${addDays(sentOn, STEP_MIN_DAYS)} or later.`,
    };
  }
  const notice = facts.steps.find((s) => s.kind === CollectionStepKind.COLLECTION_NOTICE);
  const demand = facts.steps.find((s) => s.kind === CollectionStepKind.PAYMENT_DEMAND);
  if (kind === CollectionStepKind.COLLECTION_NOTICE) {
    if (notice)
      return {
        code: "STEP_OUT_OF_ORDER",
        message: `An inkassovarsel was already sent on ${notice.sentOn}; the next step is a betalingsoppfordring.`,
      };
    if (sentOn <= facts.dueDate)
      return {
        code: "NOT_DUE",
        message: `The invoice falls due on ${facts.dueDate}: send the inkassovarsel after that date.`,
      };
    return null;
  }
  if (!notice)
    return {
      code: "STEP_OUT_OF_ORDER",
      message: "Send an inkassovarsel first: a betalingsoppfordring must follow one.",
    };
  if (demand)
    return { code: "STEP_OUT_OF_ORDER", message: `A betalingsoppfordring was already sent on ${demand.sentOn}.` };
  if (sentOn <= notice.deadline) {
    return {
      code: "DEADLINE_NOT_PASSED",
      message: `The inkassovarsel's deadline runs to ${notice.deadline}: send the betalingsoppfordring after that date.`,
    };
  }
  return null;
}

export function availableActions(facts: CaseFacts, today: string): CaseAction[] {
  if (CLOSED_STATUSES.has(facts.status)) return [];
  const actions: CaseAction[] = [];
  const probe = (kind: CollectionStepKind) => refuseStep(facts, kind, today, addDays(today, STEP_MIN_DAYS)) === null;
  if (probe(CollectionStepKind.COLLECTION_NOTICE)) actions.push(CaseAction.SEND_COLLECTION_NOTICE);
  if (probe(CollectionStepKind.PAYMENT_DEMAND)) actions.push(CaseAction.SEND_PAYMENT_DEMAND);
  if (facts.outstanding > 0) actions.push(CaseAction.REGISTER_PAYMENT, CaseAction.REGISTER_CREDIT_NOTE);
  if (OBJECTION_STATUSES.has(facts.status)) {
    const open = facts.objections.filter((o) => o.open);
    actions.push(CaseAction.REGISTER_OBJECTION);
    if (open.some((o) => !o.written) && !facts.objections.some((o) => o.written))
      actions.push(CaseAction.REQUEST_WRITTEN_OBJECTION);
    if (facts.objections.length > 0) actions.push(CaseAction.WITHDRAW_OBJECTION);
    if (open.length > 0) actions.push(CaseAction.MARK_OBJECTION_UNFOUNDED);
    if (facts.objections.length > 0 && facts.outstanding > 0) actions.push(CaseAction.RESOLVE_OBJECTION_BY_CREDIT);
    if (open.length > 0) actions.push(CaseAction.ESCALATE_TO_CONCILIATION);
  }
  if (facts.status === CaseStatus.JUDGMENT && facts.enforcementAvailable)
    actions.push(CaseAction.CREATE_ENFORCEMENT_PETITION);
  actions.push(CaseAction.CLOSE);
  return facts.status === CaseStatus.FROZEN ? actions.filter((a) => !BLOCKED_WHILE_FROZEN.has(a)) : actions;
}

export enum DeadlineKind {
  INVOICE_DUE = "INVOICE_DUE",
  COLLECTION_NOTICE_DEADLINE = "COLLECTION_NOTICE_DEADLINE",
  PAYMENT_DEMAND_DEADLINE = "PAYMENT_DEMAND_DEADLINE",
  OBJECTION_RESPONSE_DUE = "OBJECTION_RESPONSE_DUE",
}

export interface Deadline {
  kind: DeadlineKind;
  dueAt: string;
  pastDue: boolean;
}

/**
 * The deadline that matters next for an open case. Frozen: the creditor's answer to the oldest open written
 * objection (none once every one is escalated). Otherwise the latest step's, else the invoice's due date.
 */
export function nextDeadline(facts: CaseFacts, today: string, policy: CasePolicy): Deadline | null {
  if (CLOSED_STATUSES.has(facts.status)) return null;
  if (facts.status === CaseStatus.FROZEN) {
    const oldest = facts.objections
      .filter((o) => o.open && o.written)
      .map((o) => o.receivedOn)
      .sort()[0];
    if (oldest === undefined) return null;
    const dueAt = addDays(oldest, policy.objectionResponseDays);
    return { kind: DeadlineKind.OBJECTION_RESPONSE_DUE, dueAt, pastDue: today > dueAt };
  }
  const demand = facts.steps.find((s) => s.kind === CollectionStepKind.PAYMENT_DEMAND);
  const notice = facts.steps.find((s) => s.kind === CollectionStepKind.COLLECTION_NOTICE);
  const [kind, dueAt] = demand
    ? [DeadlineKind.PAYMENT_DEMAND_DEADLINE, demand.deadline]
    : notice
      ? [DeadlineKind.COLLECTION_NOTICE_DEADLINE, notice.deadline]
      : [DeadlineKind.INVOICE_DUE, facts.dueDate];
  return { kind, dueAt, pastDue: today > dueAt };
}

/** A case's money, in øre. */
export interface CaseBalance {
  principalAmount: number;
  feesAmount: number;
  paidAmount: number;
  creditedAmount: number;
  /** What a registered judgment orders (plus enforcement fees since); null before a judgment that decides the claim. */
  judgmentAmount: number | null;
  /** Paid and credited before the judgment: the judgment already accounts for them. */
  reducedBeforeJudgment: number;
}

/** Øre still owed, never negative: principal and fees, or after a judgment what it orders, less payments and credits. */
export function outstanding(b: CaseBalance): number {
  if (b.judgmentAmount !== null)
    return Math.max(0, b.judgmentAmount - (b.paidAmount + b.creditedAmount - b.reducedBeforeJudgment));
  return Math.max(0, b.principalAmount + b.feesAmount - b.paidAmount - b.creditedAmount);
}

export type MoneyOutcome = { status: CaseStatus; outstanding: number };

/** What a payment or a credit note does: reduces what is owed; in full, it closes the case as PAID or CREDITED. */
export function applyReduction(
  facts: Pick<CaseFacts, "status" | "outstanding">,
  amount: number,
  kind: "payment" | "credit",
): MoneyOutcome {
  const outstanding = Math.max(0, facts.outstanding - amount);
  if (outstanding > 0) return { status: facts.status, outstanding };
  return { status: kind === "payment" ? CaseStatus.PAID : CaseStatus.CREDITED, outstanding: 0 };
}
