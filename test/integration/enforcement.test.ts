import {
  CaseDisputeDocument,
  EnforcementNoticeRecordDocument,
  EnforcementPetitionCreateDocument,
  PaymentRegisterDocument,
  type JudgmentOutcome,
} from "../generated/graphql";
import { startTestApp, type TestApp } from "../support/app";
import { createCreditor, createDebtor } from "../support/factories";
import { download, judge, openCase, pdfLines, sent } from "../support/dispute";
import { pdfText } from "../support/pdf-text";
import { fixedClock } from "../../src/shared/clock";
import { DebtorKind } from "../../src/modules/parties/debtor.entity";
import { idOf, toGlobalId } from "../../src/shared/global-id";
import type { Creditor } from "../../src/modules/parties/creditor.entity";
import type { Debtor } from "../../src/modules/parties/debtor.entity";
import { PETITION_PREPARATION_BASIS } from "../../migrations/Migration20261203180442_petition_preparation_basis";

let app: TestApp;
let creditor: Creditor;
let debtor: Debtor;

// today is 23 Nov 2026
beforeAll(async () => {
  app = await startTestApp({ clock: fixedClock("2026-11-23T12:00:00Z") });
  creditor = await createCreditor(app);
  debtor = await createDebtor(app, creditor, { municipalityCode: "4601" });
});
afterAll(async () => app?.close());

const counts = async () => ({
  petitions: await app.count("enforcement_petition"),
  events: await app.count("case_event"),
  cases: await app.sql<{ s: string }>(
    "select string_agg(id || ':' || status || ':' || coalesce(judgment_amount::text, '-'), ',' order by id) as s from collection_case",
  ),
  notices: await app.sql<{ s: string }>(
    "select string_agg(id || ':' || coalesce(enforcement_notice_sent_on::text, '-'), ',' order by id) as s from judgment",
  ),
});

const SPLIT = { principal: 800_000, interest: 50_000, fees: 50_000, costs: 100_000 };
/** 1.21 × R 2026 (1 345 kr) = 1 627.45 kr, rounded down to whole kroner (rettsgebyrloven § 14). */
const FEE = 162_700;

/** A case with a registered judgment ordering 10 000 kr (split SPLIT) unless the outcome orders nothing. */
async function judgedCase(
  dates: { judgmentDate: string; serviceDate: string; paymentDueDate?: string },
  outcome: JudgmentOutcome = "WON",
  againstState = false,
  options: { debtor?: Debtor; transferredFromEnforcement?: boolean } = {},
): Promise<string> {
  const caseId = await openCase(app, creditor, options.debtor ?? debtor, { dueDate: "2025-06-01", amount: 800_000 });
  const ccId = await sent(
    app,
    caseId,
    { filingDate: "2025-08-01" },
    { againstState, transferredFromEnforcement: options.transferredFromEnforcement ?? null },
  );
  const orders = outcome === "WON" || outcome === "PARTLY_WON" || outcome === "JUDGMENT_IN_ABSENCE";
  await judge(app, {
    conciliationCaseId: ccId,
    outcome,
    judgmentDate: dates.judgmentDate,
    serviceDate: dates.serviceDate,
    ...(orders
      ? {
          amountOwed: 1_000_000,
          paymentDueDate: dates.paymentDueDate,
          breakdown: { ...SPLIT, interestTo: "2025-08-01" },
        }
      : {}),
  });
  return caseId;
}

const actions = async (caseId: string) => (await app.ok(CaseDisputeDocument, { id: caseId })).case!.availableActions;
const petition = (caseId: string, petitionDate = "2026-11-23") =>
  app.ok(EnforcementPetitionCreateDocument, { input: { caseId, petitionDate } });
const codes = (errs: { code: string; field?: string[] | null }[]) => errs.map((e) => [e.code, e.field]);

describe("CREATE_ENFORCEMENT_PETITION is offered exactly when the rules allow it", () => {
  it("not before the payment due date (and not before the judgment is final)", async () => {
    const caseId = await judgedCase({
      judgmentDate: "2026-11-16",
      serviceDate: "2026-11-17",
      paymentDueDate: "2026-12-01",
    });
    expect(await actions(caseId)).toEqual(["REGISTER_PAYMENT", "REGISTER_CREDIT_NOTE", "CLOSE"]);
    const before = await counts();
    const refused = await petition(caseId);
    expect(codes(refused.enforcementPetitionCreate.userErrors)).toEqual([
      ["PAYMENT_NOT_DUE", ["input", "petitionDate"]],
      ["NOT_FINAL", ["input", "petitionDate"]],
    ]);
    expect(refused.enforcementPetitionCreate.userErrors[0]!.message).toContain("2026-12-02");
    expect(await counts()).toEqual(before);
  });

  it("not after the due date while the judgment can still be brought before tingretten", async () => {
    const caseId = await judgedCase({
      judgmentDate: "2026-10-30",
      serviceDate: "2026-11-02",
      paymentDueDate: "2026-11-16",
    });
    expect(await actions(caseId)).toEqual(["REGISTER_PAYMENT", "REGISTER_CREDIT_NOTE", "CLOSE"]);
    const refused = await petition(caseId);
    expect(codes(refused.enforcementPetitionCreate.userErrors)).toEqual([["NOT_FINAL", ["input", "petitionDate"]]]);
    expect(refused.enforcementPetitionCreate.userErrors[0]!.message).toContain("2026-12-03");
  });

  it("once due and final and unpaid; a partial payment leaves it, covering costs first", async () => {
    const caseId = await judgedCase({
      judgmentDate: "2026-08-28",
      serviceDate: "2026-09-01",
      paymentDueDate: "2026-09-15",
    });
    expect(await actions(caseId)).toEqual([
      "REGISTER_PAYMENT",
      "REGISTER_CREDIT_NOTE",
      "CREATE_ENFORCEMENT_PETITION",
      "CLOSE",
    ]);
    await app.ok(PaymentRegisterDocument, { input: { caseId, amount: 120_000, paidOn: "2026-10-01" } });
    expect(await actions(caseId)).toEqual([
      "REGISTER_PAYMENT",
      "REGISTER_CREDIT_NOTE",
      "CREATE_ENFORCEMENT_PETITION",
      "CLOSE",
    ]);
    const data = await petition(caseId, "2026-11-20");
    expect(data.enforcementPetitionCreate.userErrors).toEqual([]);
    // 1 200 kr paid: 1 000 kr costs, then 200 kr of the fees
    // The utleggsbegjæring fee, 1.21 R (rettsgebyrloven § 14), applies to a young judgment too.
    expect(data.enforcementPetitionCreate.enforcementPetition).toMatchObject({
      amounts: { principal: 800_000, interest: 50_000, fees: 30_000 + FEE, costs: 0, total: 880_000 + FEE },
      enforcementFee: FEE,
      underOneYear: true,
      interestTo: "2025-08-01",
    });
    expect(data.enforcementPetitionCreate.case).toMatchObject({
      status: "ENFORCEMENT",
      availableActions: ["REGISTER_PAYMENT", "REGISTER_CREDIT_NOTE", "CLOSE"],
    });
    const before = await counts();
    expect(codes((await petition(caseId)).enforcementPetitionCreate.userErrors)).toEqual([
      ["WRONG_STATUS", ["input", "caseId"]],
    ]);
    expect(await counts()).toEqual(before);
  });

  it("not when paid in full", async () => {
    const caseId = await judgedCase({
      judgmentDate: "2026-08-28",
      serviceDate: "2026-09-01",
      paymentDueDate: "2026-09-15",
    });
    const paid = await app.ok(PaymentRegisterDocument, { input: { caseId, amount: 1_000_000, paidOn: "2026-10-01" } });
    expect(paid.paymentRegister.case).toMatchObject({ status: "PAID", outstandingAmount: 0, availableActions: [] });
    const before = await counts();
    expect(codes((await petition(caseId)).enforcementPetitionCreate.userErrors)).toEqual([
      ["CASE_CLOSED", ["input", "caseId"]],
    ]);
    expect(await counts()).toEqual(before);
  });

  it("not when the creditor lost or the claim was dismissed", async () => {
    for (const outcome of ["LOST", "DISMISSED"] as const) {
      const caseId = await judgedCase({ judgmentDate: "2026-08-28", serviceDate: "2026-09-01" }, outcome);
      expect(await actions(caseId)).not.toContain("CREATE_ENFORCEMENT_PETITION");
      const before = await counts();
      expect(codes((await petition(caseId)).enforcementPetitionCreate.userErrors)).toEqual([
        ["OUTCOME_NOT_ENFORCEABLE", ["input", "caseId"]],
      ]);
      expect(await counts()).toEqual(before);
    }
  });

  it("not against the state", async () => {
    const caseId = await judgedCase(
      { judgmentDate: "2026-08-28", serviceDate: "2026-09-01", paymentDueDate: "2026-09-15" },
      "WON",
      true,
    );
    expect(await actions(caseId)).not.toContain("CREATE_ENFORCEMENT_PETITION");
    expect(codes((await petition(caseId)).enforcementPetitionCreate.userErrors)).toEqual([
      ["AGAINST_STATE", ["input", "caseId"]],
    ]);
  });
});

describe("a judgment a year old or more needs a 14-day notice first, and adds the enforcement fee", () => {
  const old = { judgmentDate: "2025-10-01", serviceDate: "2025-10-03", paymentDueDate: "2025-10-17" };

  it("without a notice, and while the notice runs, enforcement is refused", async () => {
    const caseId = await judgedCase(old);
    expect(await actions(caseId)).not.toContain("CREATE_ENFORCEMENT_PETITION");
    const before = await counts();
    expect(codes((await petition(caseId)).enforcementPetitionCreate.userErrors)).toEqual([
      ["NOTICE_REQUIRED", ["input", "caseId"]],
    ]);
    expect(await counts()).toEqual(before);
    const notice = await app.ok(EnforcementNoticeRecordDocument, { input: { caseId, sentOn: "2026-11-15" } });
    expect(notice.enforcementNoticeRecord.judgment).toMatchObject({ enforcementNoticeSentOn: "2026-11-15" });
    expect(await actions(caseId)).not.toContain("CREATE_ENFORCEMENT_PETITION");
    const running = await petition(caseId);
    expect(codes(running.enforcementPetitionCreate.userErrors)).toEqual([
      ["NOTICE_RUNNING", ["input", "petitionDate"]],
    ]);
    expect(running.enforcementPetitionCreate.userErrors[0]!.message).toContain("2026-11-29");
    const dispute = await app.ok(CaseDisputeDocument, { id: caseId });
    expect(dispute.case!.timeline.nodes.at(-1)).toMatchObject({
      type: "enforcement.notice_sent",
      statusAfter: "JUDGMENT",
      data: { sentOn: "2026-11-15" },
    });
    const mid = await counts();
    expect(
      codes(
        (await app.ok(EnforcementNoticeRecordDocument, { input: { caseId, sentOn: "2026-11-16" } }))
          .enforcementNoticeRecord.userErrors,
      ),
    ).toEqual([["NOTICE_ALREADY_SENT", ["input", "caseId"]]]);
    expect(await counts()).toEqual(mid);
  });

  it("after the notice has run: the petition with the 1.21 R fee, the notice date, and the PDF", async () => {
    const caseId = await judgedCase(old);
    // Final on 2025-11-04, so a year has passed on 2026-11-04 (§ 4-19 counts from enforceability).
    await app.ok(EnforcementNoticeRecordDocument, { input: { caseId, sentOn: "2026-11-05" } });
    expect(await actions(caseId)).toEqual([
      "REGISTER_PAYMENT",
      "REGISTER_CREDIT_NOTE",
      "CREATE_ENFORCEMENT_PETITION",
      "CLOSE",
    ]);
    const data = await petition(caseId, "2026-11-19");
    expect(data.enforcementPetitionCreate.userErrors).toEqual([]);
    const p = data.enforcementPetitionCreate.enforcementPetition!;
    // 1.21 × R 2026 (1 345 kr) = 1 627.45 kr, rounded down to 1 627 kr
    expect(p).toMatchObject({
      amounts: { principal: 800_000, interest: 50_000, fees: 212_700, costs: 100_000, total: 1_162_700 },
      enforcementFee: 162_700,
      underOneYear: false,
      noticeSentOn: "2026-11-05",
    });
    expect((await app.ok(CaseDisputeDocument, { id: caseId })).case!.outstandingAmount).toBe(1_162_700);
    expect(p.feeBasis.map((b) => [b.table, b.validFrom, b.value, b.confirmed])).toEqual([
      ["COURT_FEE", "2026-01-01", 134_500, false],
      ["ENFORCEMENT_FEE_FACTOR", "2022-01-01", 121, true],
    ]);
    const text = pdfLines(await pdfText(Buffer.from(await (await download(app, p.pdfUrl)).arrayBuffer())));
    expect(text).toContain("Varsel om tvangsfullbyrdelse ble sendt saksøkte 05.11.2026.");
    expect(text).toContain("Dom fra Bergen forliksråd, avsagt 01.10.2025, saksnummer ikke oppgitt.");
    const k = text.indexOf("Kravet");
    expect(text.slice(k + 1, k + 6)).toEqual([
      "Hovedstol 8 000,00 kr",
      "Renter til og med 01.08.2025 500,00 kr",
      "Gebyrer 2 127,00 kr",
      "Sakskostnader 1 000,00 kr",
      "Sum 11 627,00 kr",
    ]);
  });

  it("a notice is refused when not needed, in the future or before the judgment", async () => {
    const young = await judgedCase({
      judgmentDate: "2026-08-28",
      serviceDate: "2026-09-01",
      paymentDueDate: "2026-09-15",
    });
    const oldCase = await judgedCase(old);
    const before = await counts();
    const notice = (caseId: string, sentOn: string) =>
      app.ok(EnforcementNoticeRecordDocument, { input: { caseId, sentOn } });
    expect(codes((await notice(young, "2026-11-20")).enforcementNoticeRecord.userErrors)).toEqual([
      ["NOTICE_NOT_NEEDED", ["input", "sentOn"]],
    ]);
    expect(codes((await notice(oldCase, "2026-09-30")).enforcementNoticeRecord.userErrors)).toEqual([
      ["NOTICE_NOT_NEEDED", ["input", "sentOn"]],
    ]);
    expect(codes((await notice(oldCase, "2026-11-24")).enforcementNoticeRecord.userErrors)).toEqual([
      ["DATE_IN_FUTURE", ["input", "sentOn"]],
    ]);
    expect(codes((await notice(oldCase, "2025-09-30")).enforcementNoticeRecord.userErrors)).toEqual([
      ["DATE_OUT_OF_ORDER", ["input", "sentOn"]],
    ]);
    expect(await counts()).toEqual(before);
  });
});

describe("enforcement refuses other bad inputs and writes nothing", () => {
  it("an unknown case, no judgment, a frozen case, dates in the future or before the judgment", async () => {
    const judged = await judgedCase({
      judgmentDate: "2026-08-28",
      serviceDate: "2026-09-01",
      paymentDueDate: "2026-09-15",
    });
    const plain = await openCase(app, creditor, debtor, { dueDate: "2026-06-01", amount: 100_000 });
    const frozen = await openCase(app, creditor, debtor, { dueDate: "2026-06-01", amount: 100_000 });
    await app.sql(`update collection_case set status = 'FROZEN', frozen_from_status = 'ACTIVE' where id = ?`, [
      idOf(frozen, "Case"),
    ]);
    const before = await counts();
    expect(codes((await petition(toGlobalId("Case", 999999))).enforcementPetitionCreate.userErrors)).toEqual([
      ["UNKNOWN_CASE", ["input", "caseId"]],
    ]);
    expect(codes((await petition(plain)).enforcementPetitionCreate.userErrors)).toEqual([
      ["NO_JUDGMENT", ["input", "caseId"]],
    ]);
    expect(codes((await petition(frozen)).enforcementPetitionCreate.userErrors)).toEqual([
      ["CASE_FROZEN", ["input", "caseId"]],
    ]);
    expect(
      codes(
        (await app.ok(EnforcementNoticeRecordDocument, { input: { caseId: frozen, sentOn: "2026-11-20" } }))
          .enforcementNoticeRecord.userErrors,
      ),
    ).toEqual([["CASE_FROZEN", ["input", "caseId"]]]);
    expect(codes((await petition(judged, "2026-11-24")).enforcementPetitionCreate.userErrors)).toEqual([
      ["DATE_IN_FUTURE", ["input", "petitionDate"]],
    ]);
    expect(codes((await petition(judged, "2026-08-27")).enforcementPetitionCreate.userErrors)).toEqual([
      ["DATE_OUT_OF_ORDER", ["input", "petitionDate"]],
    ]);
    expect(codes((await petition(judged, "yesterday")).enforcementPetitionCreate.userErrors)).toEqual([
      ["INVALID_DATE", ["input", "petitionDate"]],
    ]);
    expect(await counts()).toEqual(before);
    expect(await actions(frozen)).not.toContain("CREATE_ENFORCEMENT_PETITION");
  });
});

describe("the utleggsbegjæring fee and the one-year point (rettsgebyrloven § 14; tvangsfullbyrdelsesloven §§ 4-18, 4-19, 7-7)", () => {
  const young = { judgmentDate: "2026-08-28", serviceDate: "2026-09-01", paymentDueDate: "2026-09-15" };

  it("adds no new fee when namsmannen sent the case to the forliksråd (§ 7-7)", async () => {
    const caseId = await judgedCase(young, "WON", false, { transferredFromEnforcement: true });
    const p = (await petition(caseId, "2026-11-20")).enforcementPetitionCreate.enforcementPetition!;
    expect(p).toMatchObject({ enforcementFee: 0, amounts: { fees: 50_000, total: 1_000_000 } });
  });

  it("counts the year from the day the judgment became enforceable, not from the judgment date", async () => {
    // Given 2025-11-10 and served 2025-11-12: final on 2025-12-13, so a year has not passed by 2026-11-23
    // although the judgment is more than a year old.
    const caseId = await judgedCase({
      judgmentDate: "2025-11-10",
      serviceDate: "2025-11-12",
      paymentDueDate: "2025-11-26",
    });
    expect(await actions(caseId)).toContain("CREATE_ENFORCEMENT_PETITION");
    const data = await petition(caseId);
    expect(data.enforcementPetitionCreate.userErrors).toEqual([]);
    expect(data.enforcementPetitionCreate.enforcementPetition).toMatchObject({
      underOneYear: true,
      noticeSentOn: null,
      enforcementFee: FEE,
    });
  });
});

describe("the petition's preparation cost (at most ½ R) and an enkeltpersonforetak's owner", () => {
  const young = { judgmentDate: "2026-08-28", serviceDate: "2026-09-01", paymentDueDate: "2026-09-15" };
  // ½ × R 2026 (1 345 kr) = 672.50 kr, rounded down to whole kroner
  const half = 67_200;
  const owner = {
    birthNumber: "15076500565",
    privateAddress: { street: "Heimveien 3", postalCode: "5003", city: "Bergen" },
  };

  it("claims the creditor's preparation cost up to ½ R, in costs, and shows the cap", async () => {
    const caseId = await judgedCase(young);
    const data = await app.ok(EnforcementPetitionCreateDocument, {
      input: { caseId, petitionDate: "2026-11-20", preparationCostsRequested: 150_000 },
    });
    expect(data.enforcementPetitionCreate.userErrors).toEqual([]);
    expect(data.enforcementPetitionCreate.enforcementPetition).toMatchObject({
      preparationCosts: half,
      preparationCostsCap: half,
      amounts: { costs: 100_000 + half, fees: 50_000 + FEE, total: 1_000_000 + FEE + half },
    });
    expect((await app.ok(CaseDisputeDocument, { id: caseId })).case!.outstandingAmount).toBe(1_000_000 + FEE + half);
    // the cap's basis: R and the cap factor in force on the petition date, as stored with the petition
    const basis = data.enforcementPetitionCreate.enforcementPetition!.preparationCostsBasis;
    expect(basis.map((b) => [b.table, b.validFrom, b.value, b.confirmed])).toEqual([
      ["COURT_FEE", "2026-01-01", 134_500, false],
      ["PETITION_COST_CAP_FACTOR", "2021-01-01", 50, false],
    ]);
    expect(basis.every((b) => b.sourceUrl.startsWith("http") && b.sourceTitle.length > 3)).toBe(true);
    // what the migration fills in for petitions made before the basis was stored is what the service stores
    const [stored] = await app.sql<{ stored: unknown[]; backfilled: unknown[] }>(
      `select p.preparation_costs_basis as stored, ${PETITION_PREPARATION_BASIS} as backfilled from enforcement_petition p order by p.id desc limit 1`,
    );
    expect(stored!.stored).toHaveLength(2);
    expect(stored!.backfilled).toEqual(stored!.stored);
  });

  it("names the owner of an enkeltpersonforetak by fødselsnummer and private address on the petition", async () => {
    const enk = await createDebtor(app, creditor, {
      kind: DebtorKind.ORGANISATION,
      name: "Hansen Snekkerservice",
      municipalityCode: "4601",
    });
    const caseId = await judgedCase(young, "WON", false, { debtor: enk });
    const data = await app.ok(EnforcementPetitionCreateDocument, {
      input: { caseId, petitionDate: "2026-11-20", soleProprietorOwner: owner },
    });
    expect(data.enforcementPetitionCreate.userErrors).toEqual([]);
    const p = data.enforcementPetitionCreate.enforcementPetition!;
    expect(p).toMatchObject({
      soleProprietorship: true,
      ownerAddress: { street: "Heimveien 3", postalCode: "5003", city: "Bergen", country: "NO" },
    });
    const text = pdfLines(await pdfText(Buffer.from(await (await download(app, p.pdfUrl)).arrayBuffer())));
    expect(text).toContain("Enkeltpersonforetak. Innehaverens fødselsnummer: 15076500565");
    expect(text).toContain("Innehaverens privatadresse: Heimveien 3, 5003 Bergen");
  });

  it("refuses missing or bad owner data, a person debtor, or a bad cost, and writes nothing", async () => {
    const enk = await createDebtor(app, creditor, {
      kind: DebtorKind.ORGANISATION,
      name: "Hansen Snekkerservice",
      municipalityCode: "4601",
    });
    const enkCase = await judgedCase(young, "WON", false, { debtor: enk });
    const personCase = await judgedCase(young);
    const before = await counts();
    const create = (input: Record<string, unknown>) =>
      app.ok(EnforcementPetitionCreateDocument, { input: { petitionDate: "2026-11-20", ...input } as never });
    const missing = await create({ caseId: enkCase, soleProprietorOwner: {} });
    expect(codes(missing.enforcementPetitionCreate.userErrors)).toEqual([
      ["MISSING_OWNER_BIRTH_NUMBER", ["input", "soleProprietorOwner", "birthNumber"]],
      ["MISSING_OWNER_ADDRESS", ["input", "soleProprietorOwner", "privateAddress"]],
    ]);
    expect(missing.enforcementPetitionCreate.userErrors[0]!.message).toContain("fødselsnummer");
    expect(
      codes(
        (await create({ caseId: enkCase, soleProprietorOwner: { ...owner, birthNumber: "15076500566" } }))
          .enforcementPetitionCreate.userErrors,
      ),
    ).toEqual([["INVALID_BIRTH_NUMBER", ["input", "soleProprietorOwner", "birthNumber"]]]);
    expect(
      codes(
        (
          await create({
            caseId: enkCase,
            soleProprietorOwner: {
              ...owner,
              privateAddress: { street: "Heimveien 3", postalCode: "50", city: "Bergen" },
            },
          })
        ).enforcementPetitionCreate.userErrors,
      ),
    ).toEqual([["INVALID_POSTAL_CODE", ["input", "soleProprietorOwner", "privateAddress", "postalCode"]]]);
    expect(
      codes((await create({ caseId: personCase, soleProprietorOwner: owner })).enforcementPetitionCreate.userErrors),
    ).toEqual([["NOT_A_SOLE_PROPRIETORSHIP", ["input", "soleProprietorOwner"]]]);
    expect(
      codes((await create({ caseId: personCase, preparationCostsRequested: -1 })).enforcementPetitionCreate.userErrors),
    ).toEqual([["INVALID_AMOUNT", ["input", "preparationCostsRequested"]]]);
    expect(await counts()).toEqual(before);
  });
});
