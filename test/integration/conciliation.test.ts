import {
  BindingNemnderDocument,
  CaseDisputeDocument,
  CollectionStepRecordDocument,
  ConciliationBoardSearchDocument,
  ConciliationCaseChangeBoardDocument,
  ConciliationCaseCreateDocument,
  ConciliationCaseMarkSentDocument,
  ConciliationCaseMarkSignedDocument,
  ConciliationCasesDocument,
  ConciliationCaseScheduleHearingDocument,
  ConciliationEligibilityDocument,
  DisputeNodeDocument,
  EnforcementPetitionCreateDocument,
  JudgmentRegisterDocument,
  MunicipalityUpdateDocument,
  ObjectionRegisterDocument,
} from "../generated/graphql";
import { createCreditor, createDebtor } from "../support/factories";
import { download, draft, draftInput, openCase, pdfLines, sent, uploadPdf } from "../support/dispute";
import { pdfText } from "../support/pdf-text";
import { idOf, toGlobalId } from "../../src/shared/global-id";
import { Scope } from "../../src/modules/access/api-key.entity";
import { DebtorKind } from "../../src/modules/parties/debtor.entity";
import {
  app,
  bergenBoard,
  counts,
  creditor,
  debtor,
  startConciliationApp,
  stopConciliationApp,
} from "../support/conciliation";

beforeAll(startConciliationApp);
afterAll(stopConciliationApp);

describe("conciliationEligibility", () => {
  let caseId: string;
  beforeAll(async () => {
    caseId = await openCase(app, creditor, debtor, { dueDate: "2026-06-01", amount: 1_250_000 });
  });

  it("a money claim goes to the forliksråd; the tvistesum is the principal", async () => {
    const { conciliationEligibility: e } = await app.ok(ConciliationEligibilityDocument, {
      caseId,
      category: "MONEY_CLAIM",
    });
    expect(e).toEqual({
      eligible: true,
      reasons: [],
      instance: "FORLIKSRAAD",
      mayBypass: false,
      bypassThreshold: 20_000_000,
      claimAmount: 1_250_000,
    });
  });

  it("a family case goes to tingretten with its reason code", async () => {
    const { conciliationEligibility: e } = await app.ok(ConciliationEligibilityDocument, {
      caseId,
      category: "FAMILY",
    });
    expect(e).toMatchObject({ eligible: false, instance: "TINGRETT", mayBypass: false });
    expect(e!.reasons.map((r) => r.code)).toEqual(["FAMILY_CASE"]);
    expect(e!.reasons[0]!.message).toContain("§ 6-2 (1) a");
    expect(
      (await app.ok(ConciliationEligibilityDocument, { caseId, category: "FAMILY_MONEY_SETTLEMENT" }))
        .conciliationEligibility!.eligible,
    ).toBe(true);
  });

  it("lists every exclusion at once: IP rights, a binding nemnd, another statute, public law against the state", async () => {
    const { conciliationEligibility: e } = await app.ok(ConciliationEligibilityDocument, {
      caseId,
      category: "TRADEMARK",
      bindingNemnd: "HUSLEIETVISTUTVALGET",
      statutoryExclusion: "lov X § 1",
    });
    expect(e!.reasons.map((r) => r.code)).toEqual(["IP_RIGHTS", "BINDING_NEMND", "OTHER_STATUTORY"]);
    const publicLaw = await app.ok(ConciliationEligibilityDocument, {
      caseId,
      category: "PUBLIC_LAW",
      againstState: true,
    });
    expect(publicLaw.conciliationEligibility!.reasons.map((r) => r.code)).toEqual(["PUBLIC_LAW_AGAINST_STATE"]);
    const unknownNemnd = await app.ok(ConciliationEligibilityDocument, {
      caseId,
      category: "MONEY_CLAIM",
      bindingNemnd: "NO_SUCH_NEMND",
    });
    expect(unknownNemnd.conciliationEligibility!.eligible).toBe(true);
    const nemnder = await app.ok(BindingNemnderDocument, {});
    expect(nemnder.bindingNemnder.map((n) => n.code)).toEqual([
      "FORBRUKERKLAGEUTVALGET",
      "FORBRUKERTVISTUTVALGET",
      "HUSLEIETVISTUTVALGET",
      "TVISTELOSNINGSNEMNDA",
    ]);
  });

  it("a claim of 200 000 NOK or more may bypass the forliksråd only with lawyers on both sides", async () => {
    const big = await openCase(app, creditor, debtor, { dueDate: "2026-06-01", amount: 20_000_000 });
    expect(
      (
        await app.ok(ConciliationEligibilityDocument, {
          caseId: big,
          category: "MONEY_CLAIM",
          claimantHasLawyer: true,
          debtorHasLawyer: true,
        })
      ).conciliationEligibility,
    ).toMatchObject({
      eligible: true,
      instance: "FORLIKSRAAD",
      mayBypass: true,
    });
    expect(
      (
        await app.ok(ConciliationEligibilityDocument, {
          caseId: big,
          category: "MONEY_CLAIM",
          claimantHasLawyer: true,
          debtorHasLawyer: false,
        })
      ).conciliationEligibility!.mayBypass,
    ).toBe(false);
    expect(
      (
        await app.ok(ConciliationEligibilityDocument, {
          caseId,
          category: "MONEY_CLAIM",
          claimantHasLawyer: true,
          debtorHasLawyer: true,
        })
      ).conciliationEligibility!.mayBypass,
    ).toBe(false);
    // before 1 July 2020 the threshold was 125 000 NOK
    expect(
      (await app.ok(ConciliationEligibilityDocument, { caseId, category: "MONEY_CLAIM", filingDate: "2020-06-30" }))
        .conciliationEligibility!.bypassThreshold,
    ).toBe(12_500_000);
  });

  it("answers null for an unknown case or another tenant's", async () => {
    const other = await createCreditor(app, { name: "Annen AS" });
    const key = await app.createKey([Scope.READ], [other.id]);
    expect(
      (await app.ok(ConciliationEligibilityDocument, { caseId, category: "MONEY_CLAIM" }, key)).conciliationEligibility,
    ).toBeNull();
    expect(
      (await app.ok(ConciliationEligibilityDocument, { caseId: toGlobalId("Case", 999999), category: "MONEY_CLAIM" }))
        .conciliationEligibility,
    ).toBeNull();
  });
});

describe("the full flow: forliksklage → PDF → signed → sent → hearing → judgment → utleggsbegjæring", () => {
  let caseId: string;
  let ccId: string;

  it("drafts the forliksklage with the claim computed per the rules, for the debtor's forliksråd", async () => {
    caseId = await openCase(app, creditor, debtor, {
      dueDate: "2026-01-15",
      issueDate: "2026-01-01",
      amount: 1_250_000,
    });
    await app.ok(CollectionStepRecordDocument, { input: { caseId, kind: "COLLECTION_NOTICE", sentOn: "2026-01-20" } });
    await app.ok(CollectionStepRecordDocument, { input: { caseId, kind: "PAYMENT_DEMAND", sentOn: "2026-02-04" } });
    const invoicePdf = await uploadPdf(app, creditor, "faktura.pdf");
    await app.sql(
      `update invoice set pdf_document_id = ? where id = (select invoice_id from collection_case where id = ?)`,
      [idOf(invoicePdf, "Document"), idOf(caseId, "Case")],
    );
    const objection = await uploadPdf(app, creditor, "innsigelse.pdf");
    const before = await app.count("case_event");
    const data = await app.ok(ConciliationCaseCreateDocument, {
      input: draftInput(caseId, {
        filingDate: "2026-03-02",
        legalCostsRequested: 600_000,
        factualDescription:
          "Klager førte regnskap for innklagede i desember 2025. Fakturaen forfalt 15.01.2026 og er ikke betalt.",
        documentIds: [objection, invoicePdf],
      }),
    });
    expect(data.conciliationCaseCreate.userErrors).toEqual([]);
    const cc = data.conciliationCaseCreate.conciliationCase!;
    ccId = cc.id;
    expect(cc).toMatchObject({
      status: "DRAFT",
      category: "MONEY_CLAIM",
      subject: expect.stringMatching(/^Krav om betaling av faktura nr\. 10\d{3}$/),
      filingDate: "2026-03-02",
      requestJudgmentInAbsence: true,
      totalAmount: 1_498_004,
      signedOn: null,
      signedBy: null,
      sentOn: null,
      board: { id: toGlobalId("ConciliationBoard", await bergenBoard()), name: "Bergen forliksråd" },
      case: { id: caseId, status: "ACTIVE" },
      pdfUrl: `/conciliation-cases/${cc.id}/forliksklage.pdf`,
      attendance: [],
      documents: [
        { id: invoicePdf, filename: "faktura.pdf" },
        { id: objection, filename: "innsigelse.pdf" },
      ],
    });
    // 12 500 kr at 12.00 % (1H2026) for 16 Jan–2 Mar 2026 (46 days) = 189.04 kr; R 2026 = 1 345 kr: fee 1.1 R = 1 479 kr;
    // betalingsoppfordring 105 kr (inkassoforskriften § 1-2); collection fees are claimed, so costs are capped at
    // ½ R = 672.50 kr, rounded down to 672 kr (tvisteloven § 6-13 (1) d), not 4 R
    // total 12 500 + 189.04 + 1 479 + 35 + 105 + 672 = 14 980.04 kr
    const { basis, warnings, ...claim } = cc.claim;
    expect(basis.map((b) => [b.table, b.validFrom, b.value, b.confirmed])).toEqual([
      ["COURT_FEE", "2026-01-01", 134_500, false],
      ["COLLECTION_NOTICE_FEE", "2026-01-01", 3_500, false],
      ["PAYMENT_DEMAND_FEE", "2026-01-01", 10_500, false],
      ["CONCILIATION_FEE_FACTOR", "2024-07-01", 110, false],
      ["ENFORCEMENT_FEE_FACTOR", "2022-01-01", 121, true],
      ["LEGAL_COST_CAP_WITH_COLLECTION_FACTOR", "2021-01-01", 50, false],
    ]);
    expect(warnings).toHaveLength(5);
    expect(claim).toEqual({
      principal: 1_250_000,
      interest: 18_904,
      interestPeriods: [
        {
          from: "2026-01-16",
          to: "2026-03-02",
          days: 46,
          rateBasisPoints: 1200,
          rateConfirmed: true,
          amount: 18_904,
          validFrom: "2026-01-01",
          sourceTitle: expect.stringContaining("12,00 prosent"),
          sourceUrl: expect.stringMatching(/^https:\/\//),
        },
      ],
      conciliationFee: 147_900,
      conciliationFeeFactor: 1.1,
      courtFeeR: 134_500,
      standardCompensation: null,
      standardCompensationAvailable: null,
      extraFees: [
        { label: "Inkassovarsel 20.01.2026", amount: 3_500 },
        { label: "Betalingsoppfordring 04.02.2026", amount: 10_500 },
      ],
      fees: 161_900,
      legalCostsRequested: 600_000,
      legalCostsClaimed: 67_200,
      legalCostsCap: 67_200,
      legalCostsCapped: true,
      total: 1_498_004,
    });
    expect(await app.count("case_event")).toBe(before + 1);
    const dispute = await app.ok(CaseDisputeDocument, { id: caseId });
    expect(dispute.case!.conciliationCase).toEqual({ id: cc.id, status: "DRAFT" });
    expect(dispute.case!.timeline.nodes.at(-1)).toMatchObject({
      type: "conciliation.created",
      statusBefore: "ACTIVE",
      statusAfter: "ACTIVE",
      data: expect.objectContaining({ conciliationCaseId: cc.id, total: 1_498_004 }),
    });
  });

  it("serves the forliksklage PDF over HTTP with parties, board, amounts, claim and an empty signature line", async () => {
    const res = await download(app, `/conciliation-cases/${ccId}/forliksklage.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const text = pdfLines(await pdfText(Buffer.from(await res.arrayBuffer())));
    expect(text[text.indexOf("Til forliksrådet") + 1]).toBe("Bergen forliksråd");
    const k = text.indexOf("Klager");
    expect(text.slice(k, k + 5)).toEqual([
      "Klager",
      "Fjordkraft Regnskap AS",
      "Storgata 1",
      "0155 Oslo",
      "Organisasjonsnummer: 123456785",
    ]);
    const d = text.indexOf("Innklagede (klagemotpart)");
    expect(text.slice(d + 1, d + 5)).toEqual(["Kari Nordmann", "Bryggen 3", "5003 Bergen", "Fødselsdato: 17.05.1980"]);
    expect(text[text.indexOf("Kort beskrivelse av faktum") + 1]).toBe(
      "Klager førte regnskap for innklagede i desember 2025. Fakturaen forfalt 15.01.2026 og er ikke betalt.",
    );
    expect(text.slice(text.indexOf("Kravet"), text.indexOf("Påstand"))).toEqual([
      "Kravet",
      "Hovedstol 12 500,00 kr",
      "Forsinkelsesrente fra 16.01.2026 til 02.03.2026 189,04 kr",
      "16.01.2026–02.03.2026: 46 dager à 12 % p.a. = 189,04 kr",
      "Gebyr for forliksklage (1,1 × rettsgebyr) 1 479,00 kr",
      "Inkassovarsel 20.01.2026 35,00 kr",
      "Betalingsoppfordring 04.02.2026 105,00 kr",
      "Utgifter til juridisk bistand (begrenset til 672,00 kr, tvisteloven § 6-13) 672,00 kr",
      "Sum 14 980,04 kr",
    ]);
    expect(text.slice(text.indexOf("Påstand") + 1, text.indexOf("Fraværsdom")).join(" ")).toBe(
      "Kari Nordmann dømmes til å betale Fjordkraft Regnskap AS 14 980,04 kr, med tillegg av forsinkelsesrente etter forsinkelsesrenteloven § 3 av 12 500,00 kr fra 03.03.2026 til betaling skjer.",
    );
    expect(text[text.indexOf("Fraværsdom") + 1]).toBe(
      "Klager ber om fraværsdom dersom innklagede ikke gir tilsvar innen fristen eller ikke møter i forliksrådet.",
    );
    const v = text.indexOf("Vedlegg");
    expect(text.slice(v + 1, v + 3)).toEqual([
      expect.stringMatching(/^1\. Faktura nr\. 10\d{3} \(faktura\.pdf\)$/),
      "2. innsigelse.pdf",
    ]);
    expect(text.slice(text.lastIndexOf("Underskrift") + 1)).toEqual(["Sted og dato Klagers underskrift"]);
  });

  it("reads the key of a PDF route from Authorization as /graphql does: with or without Bearer", async () => {
    const get = (authorization: string) =>
      fetch(`http://127.0.0.1:${app.server.port}/conciliation-cases/${ccId}/forliksklage.pdf`, {
        headers: { authorization },
      });
    expect((await get(`Bearer ${app.adminKey}`)).status).toBe(200);
    expect((await get(app.adminKey)).status).toBe(200);
    expect((await get("Bearer")).status).toBe(401);
  });

  it("records the creditor's signature and the posting: the case goes IN_CONCILIATION with conciliation.sent", async () => {
    const signed = await app.ok(ConciliationCaseMarkSignedDocument, {
      input: { id: ccId, signedOn: "2026-03-03", signedBy: "  Per Hansen, daglig leder " },
    });
    expect(signed.conciliationCaseMarkSigned.conciliationCase).toMatchObject({
      status: "SIGNED",
      signedOn: "2026-03-03",
      signedBy: "Per Hansen, daglig leder",
      case: { status: "ACTIVE" },
    });
    // the PDF stays unsigned: tvist never signs
    const text = pdfLines(
      await pdfText(
        Buffer.from(await (await download(app, `/conciliation-cases/${ccId}/forliksklage.pdf`)).arrayBuffer()),
      ),
    );
    expect(text.filter((l) => l.includes("Per Hansen"))).toEqual([]);
    const posted = await app.ok(ConciliationCaseMarkSentDocument, { input: { id: ccId, sentOn: "2026-03-04" } });
    expect(posted.conciliationCaseMarkSent.conciliationCase).toMatchObject({
      status: "SENT",
      sentOn: "2026-03-04",
      case: { status: "IN_CONCILIATION" },
    });
    const dispute = await app.ok(CaseDisputeDocument, { id: caseId });
    expect(dispute.case!.timeline.nodes.slice(-2).map((e) => [e.type, e.statusBefore, e.statusAfter])).toEqual([
      ["conciliation.signed", "ACTIVE", "ACTIVE"],
      ["conciliation.sent", "ACTIVE", "IN_CONCILIATION"],
    ]);
    expect(dispute.case!.availableActions).toEqual(["REGISTER_PAYMENT", "REGISTER_CREDIT_NOTE", "CLOSE"]);
  });

  it("schedules the hearing with each party's møteplikt and representative", async () => {
    const data = await app.ok(ConciliationCaseScheduleHearingDocument, {
      input: {
        id: ccId,
        hearingDate: "2026-04-20",
        place: "Bergen rådhus",
        representatives: [{ party: "CREDITOR", name: "Ola Stedfortreder", role: "stedfortreder" }],
      },
    });
    expect(data.conciliationCaseScheduleHearing.userErrors).toEqual([]);
    const cc = data.conciliationCaseScheduleHearing.conciliationCase!;
    expect(cc).toMatchObject({ status: "HEARING_SCHEDULED", hearingDate: "2026-04-20", hearingPlace: "Bergen rådhus" });
    expect(cc.attendance.map(({ reason: _r, ...a }) => a)).toEqual([
      {
        party: "CREDITOR",
        duty: "MAY_SEND_SUBSTITUTE",
        reasonCode: "OUTSIDE_AREA",
        kommune: "0301",
        representativeName: "Ola Stedfortreder",
        representativeRole: "stedfortreder",
      },
      {
        party: "DEBTOR",
        duty: "MUST_ATTEND",
        reasonCode: "IN_BOARD_KOMMUNE",
        kommune: "4601",
        representativeName: null,
        representativeRole: null,
      },
    ]);
    const dispute = await app.ok(CaseDisputeDocument, { id: caseId });
    expect(dispute.case!.timeline.nodes.at(-1)).toMatchObject({
      type: "conciliation.hearing_scheduled",
      statusAfter: "IN_CONCILIATION",
    });
    // rescheduling replaces the rows, it does not add more
    const again = await app.ok(ConciliationCaseScheduleHearingDocument, {
      input: { id: ccId, hearingDate: "2026-04-21", place: "Bergen rådhus, sal 2" },
    });
    expect(again.conciliationCaseScheduleHearing.conciliationCase!.attendance.map((a) => a.representativeName)).toEqual(
      [null, null],
    );
    expect(
      await app.count(
        "hearing_attendance",
        `conciliation_case_id = ${Number(Buffer.from(ccId, "base64url").toString().split(":")[1])}`,
      ),
    ).toBe(2);
  });

  it("registers the judgment and then the utleggsbegjæring with the claim split and the 1.21 R fee", async () => {
    const judged = await app.ok(JudgmentRegisterDocument, {
      input: {
        conciliationCaseId: ccId,
        judgmentDate: "2026-04-21",
        serviceDate: "2026-04-24",
        outcome: "WON",
        amountOwed: 1_498_004,
        paymentDueDate: "2026-05-08",
        caseNumber: "26-004711FOR-BERG",
      },
    });
    expect(judged.judgmentRegister.userErrors).toEqual([]);
    expect(judged.judgmentRegister.judgment).toMatchObject({
      outcome: "WON",
      amountOwed: 1_498_004,
      split: { principal: 1_250_000, interest: 18_904, fees: 161_900, costs: 67_200, total: 1_498_004 },
      interestTo: "2026-03-02",
      // 24 May 2026 is a Sunday and 25 May Whit Monday
      reviewDeadline: "2026-05-26",
      finalOn: "2026-05-27",
      conciliationCase: { id: ccId, status: "DECIDED" },
    });
    expect(judged.judgmentRegister.case).toMatchObject({
      status: "JUDGMENT",
      outstandingAmount: 1_498_004,
      availableActions: ["REGISTER_PAYMENT", "REGISTER_CREDIT_NOTE", "CREATE_ENFORCEMENT_PETITION", "CLOSE"],
    });

    const petition = await app.ok(EnforcementPetitionCreateDocument, { input: { caseId, petitionDate: "2026-11-20" } });
    expect(petition.enforcementPetitionCreate.userErrors).toEqual([]);
    const p = petition.enforcementPetitionCreate.enforcementPetition!;
    expect(p).toMatchObject({
      petitionDate: "2026-11-20",
      // 1.21 × R 2026 (1 345 kr) = 1 627.45 kr, rounded down (rettsgebyrloven § 14), though under a year old
      amounts: {
        principal: 1_250_000,
        interest: 18_904,
        fees: 161_900 + 162_700,
        costs: 67_200,
        total: 1_498_004 + 162_700,
      },
      enforcementFee: 162_700,
      underOneYear: true,
      noticeSentOn: null,
      interestTo: "2026-03-02",
      judgment: { id: judged.judgmentRegister.judgment!.id },
    });
    expect(p.feeBasis.map((b) => [b.table, b.validFrom, b.value, b.confirmed])).toEqual([
      ["COURT_FEE", "2026-01-01", 134_500, false],
      ["ENFORCEMENT_FEE_FACTOR", "2022-01-01", 121, true],
    ]);
    expect(petition.enforcementPetitionCreate.case).toMatchObject({
      status: "ENFORCEMENT",
      availableActions: ["REGISTER_PAYMENT", "REGISTER_CREDIT_NOTE", "CLOSE"],
    });

    const res = await download(app, p.pdfUrl);
    expect(res.status).toBe(200);
    const text = pdfLines(await pdfText(Buffer.from(await res.arrayBuffer())));
    const s = text.indexOf("Saksøker (kreditor)");
    expect(text.slice(s + 1, s + 5)).toEqual([
      "Fjordkraft Regnskap AS",
      "Storgata 1",
      "0155 Oslo",
      "Organisasjonsnummer: 123456785",
    ]);
    const d = text.indexOf("Saksøkte (skyldner)");
    expect(text.slice(d + 1, d + 5)).toEqual(["Kari Nordmann", "Bryggen 3", "5003 Bergen", "Fødselsdato: 17.05.1980"]);
    const t = text.indexOf("Tvangsgrunnlag");
    expect(text.slice(t + 1, t + 4)).toEqual([
      "Dom fra Bergen forliksråd, avsagt 21.04.2026, saksnummer 26-004711FOR-BERG.",
      "Forkynt: 24.04.2026.",
      "Oppfyllelsesfrist: 08.05.2026. Kravet er ikke betalt innen fristen.",
    ]);
    const k = text.indexOf("Kravet");
    expect(text.slice(k + 1, k + 7)).toEqual([
      "Hovedstol 12 500,00 kr",
      "Renter til og med 02.03.2026 189,04 kr",
      "Gebyrer 3 246,00 kr",
      "Sakskostnader 672,00 kr",
      "Sum 16 607,04 kr",
      "Med tillegg av forsinkelsesrente av hovedstolen fra 03.03.2026 til betaling skjer.",
    ]);
    expect(text.slice(text.lastIndexOf("Underskrift") + 1)).toEqual(["Sted og dato Saksøkers underskrift"]);

    const dispute = await app.ok(CaseDisputeDocument, { id: caseId });
    expect(dispute.case).toMatchObject({
      status: "ENFORCEMENT",
      judgment: { outcome: "WON" },
      enforcementPetition: { id: p.id },
    });
    expect(dispute.case!.timeline.nodes.slice(-2).map((e) => [e.type, e.statusBefore, e.statusAfter])).toEqual([
      ["judgment.registered", "IN_CONCILIATION", "JUDGMENT"],
      ["enforcement.requested", "JUDGMENT", "ENFORCEMENT"],
    ]);
    for (const id of [ccId, judged.judgmentRegister.judgment!.id, p.id])
      expect((await app.ok(DisputeNodeDocument, { id })).node!.id).toBe(id);
  });
});

describe("conciliationCaseChangeBoard", () => {
  it("swaps the forliksråd of a draft after a search, and only of a draft", async () => {
    const caseId = await openCase(app, creditor, debtor, { dueDate: "2026-08-01", amount: 200_000 });
    const cc = await draft(app, caseId, { filingDate: "2026-09-01" });
    const found = await app.ok(ConciliationBoardSearchDocument, { search: "Askøy", first: 5 });
    expect(found.conciliationBoards.nodes.map((b) => b.name)).toEqual(["Askøy forliksråd"]);
    const byCode = await app.ok(ConciliationBoardSearchDocument, { search: "4627", first: 5 });
    expect(byCode.conciliationBoards.nodes).toEqual(found.conciliationBoards.nodes);
    const askoy = found.conciliationBoards.nodes[0]!;

    const before = await counts();
    const unknown = await app.ok(ConciliationCaseChangeBoardDocument, {
      input: { conciliationCaseId: cc.id, boardId: toGlobalId("ConciliationBoard", 999999) },
    });
    expect(unknown.conciliationCaseChangeBoard.userErrors).toEqual([
      expect.objectContaining({ code: "UNKNOWN_BOARD", field: ["input", "boardId"] }),
    ]);
    const wrongId = await app.ok(ConciliationCaseChangeBoardDocument, {
      input: { conciliationCaseId: caseId, boardId: askoy.id },
    });
    expect(wrongId.conciliationCaseChangeBoard.userErrors).toEqual([
      expect.objectContaining({ code: "UNKNOWN_CONCILIATION_CASE", field: ["input", "conciliationCaseId"] }),
    ]);
    expect(await counts()).toEqual(before);

    const changed = await app.ok(ConciliationCaseChangeBoardDocument, {
      input: { conciliationCaseId: cc.id, boardId: askoy.id },
    });
    expect(changed.conciliationCaseChangeBoard.conciliationCase!.board).toEqual(askoy);
    const dispute = await app.ok(CaseDisputeDocument, { id: caseId });
    expect(dispute.case!.timeline.nodes.at(-1)).toMatchObject({
      type: "conciliation.board_changed",
      data: { from: toGlobalId("ConciliationBoard", await bergenBoard()), to: askoy.id },
    });
    const pdf = pdfLines(await pdfText(Buffer.from(await (await download(app, cc.pdfUrl)).arrayBuffer())));
    expect(pdf[pdf.indexOf("Til forliksrådet") + 1]).toBe("Askøy forliksråd");

    await app.ok(ConciliationCaseMarkSignedDocument, {
      input: { id: cc.id, signedOn: "2026-09-02", signedBy: "Per Hansen" },
    });
    const mid = await counts();
    const late = await app.ok(ConciliationCaseChangeBoardDocument, {
      input: { conciliationCaseId: cc.id, boardId: toGlobalId("ConciliationBoard", await bergenBoard()) },
    });
    expect(late.conciliationCaseChangeBoard.userErrors).toEqual([expect.objectContaining({ code: "WRONG_STATUS" })]);
    expect(await counts()).toEqual(mid);
  });
});

describe("møteplikt with neighbours from the register", () => {
  it("a party in a kommune next to the board's has møteplikt; a business debtor by its business kommune", async () => {
    const ids = await app.sql<{ code: string; id: string }>(
      `select code, id from municipality where code in ('4601', '4627')`,
    );
    const gid = (code: string) => toGlobalId("Municipality", ids.find((r) => r.code === code)!.id);
    const update = await app.ok(MunicipalityUpdateDocument, {
      input: { id: gid("4601"), neighbourIds: [gid("4627")] },
    });
    expect(update.municipalityUpdate.userErrors).toEqual([]);
    const askoyCreditor = await createCreditor(app, { name: "Askøy Regnskap AS", municipalityCode: "4627" });
    const bergenCompany = await createDebtor(app, askoyCreditor, {
      kind: DebtorKind.ORGANISATION,
      name: "Bryggen Bygg AS",
      municipalityCode: "4601",
    });
    const caseId = await openCase(app, askoyCreditor, bergenCompany, { dueDate: "2026-08-01", amount: 100_000 });
    const ccId = await sent(app, caseId, { filingDate: "2026-09-01" });
    const data = await app.ok(ConciliationCaseScheduleHearingDocument, {
      input: { id: ccId, hearingDate: "2026-10-05", place: "Bergen rådhus" },
    });
    expect(
      data.conciliationCaseScheduleHearing.conciliationCase!.attendance.map((a) => [
        a.party,
        a.duty,
        a.reasonCode,
        a.kommune,
      ]),
    ).toEqual([
      ["CREDITOR", "MUST_ATTEND", "IN_NEIGHBOUR_KOMMUNE", "4627"],
      ["DEBTOR", "MUST_ATTEND", "IN_BOARD_KOMMUNE", "4601"],
    ]);
  });
});

describe("a case frozen by a written objection", () => {
  it("may go to the forliksråd (the way out of a freeze): the objection is escalated, its document attached, and sending moves the case FROZEN → IN_CONCILIATION", async () => {
    const caseId = await openCase(app, creditor, debtor, { dueDate: "2026-08-01", amount: 400_000 });
    const letter = await uploadPdf(app, creditor, "innsigelse-brev.pdf");
    const objection = await app.ok(ObjectionRegisterDocument, {
      input: {
        caseId,
        channel: "LETTER",
        receivedOn: "2026-08-20",
        text: "Jeg har aldri bestilt dette.",
        documentIds: [letter],
      },
    });
    expect(objection.objectionRegister.case!.status).toBe("FROZEN");
    const cc = await draft(app, caseId, { filingDate: "2026-09-01" });
    expect(cc.case.status).toBe("FROZEN");
    expect(cc.documents).toEqual([{ id: letter, filename: "innsigelse-brev.pdf" }]);
    const frozen = await app.ok(CaseDisputeDocument, { id: caseId });
    expect(
      frozen
        .case!.timeline.nodes.slice(-2)
        .map((e) => [e.type, e.statusBefore, e.statusAfter, (e.data as { resolution?: string }).resolution ?? null]),
    ).toEqual([
      ["objection.resolved", "FROZEN", "FROZEN", "ESCALATED"],
      ["conciliation.created", "FROZEN", "FROZEN", null],
    ]);
    expect(frozen.case!.timeline.nodes.at(-1)!.data).toMatchObject({
      escalatedObjectionIds: [objection.objectionRegister.objection!.id],
    });
    await app.ok(ConciliationCaseMarkSignedDocument, {
      input: { id: cc.id, signedOn: "2026-09-02", signedBy: "Per Hansen" },
    });
    const posted = await app.ok(ConciliationCaseMarkSentDocument, { input: { id: cc.id, sentOn: "2026-09-03" } });
    expect(posted.conciliationCaseMarkSent.conciliationCase!.case.status).toBe("IN_CONCILIATION");
    const dispute = await app.ok(CaseDisputeDocument, { id: caseId });
    expect(dispute.case!.timeline.nodes.at(-1)).toMatchObject({
      type: "conciliation.sent",
      statusBefore: "FROZEN",
      statusAfter: "IN_CONCILIATION",
    });
    expect(
      (
        await app.sql<{ f: string | null }>(`select frozen_from_status as f from collection_case where id = ?`, [
          idOf(caseId, "Case"),
        ])
      )[0]!.f,
    ).toBeNull();
  });
});

describe("conciliationCases and tenant isolation", () => {
  it("pages the caller's forliksklager and filters them", async () => {
    const all = await app.ok(ConciliationCasesDocument, { first: 100 });
    const total = all.conciliationCases.nodes.length;
    expect(total).toBe(await app.count("conciliation_case"));
    const page1 = await app.ok(ConciliationCasesDocument, { first: 2 });
    const page2 = await app.ok(ConciliationCasesDocument, {
      first: 2,
      after: page1.conciliationCases.pageInfo.endCursor,
    });
    expect([...page1.conciliationCases.nodes, ...page2.conciliationCases.nodes].map((n) => n.id)).toEqual(
      all.conciliationCases.nodes.slice(0, 4).map((n) => n.id),
    );
    const decided = await app.ok(ConciliationCasesDocument, { first: 100, filter: { status: ["DECIDED"] } });
    expect(decided.conciliationCases.nodes.map((n) => n.status)).toEqual(["DECIDED"]);
  });

  it("another tenant sees none of it: queries answer null or empty, writes are unknown, PDFs 404", async () => {
    const caseId = await openCase(app, creditor, debtor, { dueDate: "2026-08-01", amount: 600_000 });
    const cc = await draft(app, caseId, { filingDate: "2026-09-01" });
    const other = await createCreditor(app, { name: "Annen Kreditor AS" });
    await createDebtor(app, other, { kind: DebtorKind.ORGANISATION, name: "Annen Skyldner AS" });
    const key = await app.createKey([Scope.WRITE], [other.id]);
    const before = await counts();

    expect((await app.ok(DisputeNodeDocument, { id: cc.id }, key)).node).toBeNull();
    expect((await app.ok(ConciliationCasesDocument, { first: 100 }, key)).conciliationCases.nodes).toEqual([]);
    expect(
      (await app.ok(ConciliationCaseCreateDocument, { input: draftInput(caseId) }, key)).conciliationCaseCreate
        .userErrors,
    ).toEqual([expect.objectContaining({ code: "UNKNOWN_CASE" })]);
    expect(
      (
        await app.ok(
          ConciliationCaseMarkSignedDocument,
          { input: { id: cc.id, signedOn: "2026-09-02", signedBy: "X" } },
          key,
        )
      ).conciliationCaseMarkSigned.userErrors,
    ).toEqual([expect.objectContaining({ code: "UNKNOWN_CONCILIATION_CASE" })]);
    expect(
      (
        await app.ok(
          ConciliationCaseChangeBoardDocument,
          { input: { conciliationCaseId: cc.id, boardId: cc.board.id } },
          key,
        )
      ).conciliationCaseChangeBoard.userErrors[0]!.code,
    ).toBe("UNKNOWN_CONCILIATION_CASE");
    expect(
      (
        await app.ok(
          JudgmentRegisterDocument,
          {
            input: {
              conciliationCaseId: cc.id,
              judgmentDate: "2026-10-01",
              serviceDate: "2026-10-02",
              outcome: "LOST",
            },
          },
          key,
        )
      ).judgmentRegister.userErrors[0]!.code,
    ).toBe("UNKNOWN_CONCILIATION_CASE");
    expect(
      (await app.ok(EnforcementPetitionCreateDocument, { input: { caseId, petitionDate: "2026-11-01" } }, key))
        .enforcementPetitionCreate.userErrors[0]!.code,
    ).toBe("UNKNOWN_CASE");
    expect(await counts()).toEqual(before);

    // the other tenant's document cannot be attached either
    const foreignDoc = await uploadPdf(app, other, "annen.pdf");
    const second = await openCase(app, creditor, debtor, { dueDate: "2026-08-01", amount: 600_000 });
    const mid = await counts();
    expect(
      (await app.ok(ConciliationCaseCreateDocument, { input: draftInput(second, { documentIds: [foreignDoc] }) }))
        .conciliationCaseCreate.userErrors,
    ).toEqual([expect.objectContaining({ code: "UNKNOWN_DOCUMENT", field: ["input", "documentIds", "0"] })]);
    expect(await counts()).toEqual(mid);

    const foreign = await download(app, cc.pdfUrl, key);
    expect(foreign.status).toBe(404);
    expect(((await foreign.json()) as { userErrors: { code: string }[] }).userErrors[0]!.code).toBe(
      "UNKNOWN_CONCILIATION_CASE",
    );
    expect((await download(app, cc.pdfUrl, null)).status).toBe(401);
    expect((await download(app, cc.pdfUrl, "tvk_not_a_real_key_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")).status).toBe(401);
    expect((await download(app, "/conciliation-cases/garbage/forliksklage.pdf")).status).toBe(404);
    expect((await download(app, "/enforcement-petitions/garbage/utleggsbegjaering.pdf")).status).toBe(404);
  });
});
