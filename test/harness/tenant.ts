import {
  ApiKeyCreateDocument,
  CaseSetClaimOriginDocument,
  CollectionStepRecordDocument,
  ComplaintSubmitDocument,
  EnforcementMeasureRecordDocument,
  EnforcementPetitionCreateDocument,
  ObjectionRegisterDocument,
  PaymentRegisterDocument,
  WebhookEndpointCreateDocument,
} from "../generated/graphql";
import type { TestApp } from "../support/app";
import { draft, judge, openCase, sent, uploadPdf } from "../support/dispute";
import { createCreditor, createDebtor } from "../support/factories";
import { toGlobalId } from "../../src/shared/global-id";
import type { IdType } from "./schema-values";

/** A creditor with one of everything tvist stores for a tenant, and the strings that are its data alone. */
export interface Tenant {
  creditorId: number;
  orgNumber: string;
  ids: Record<IdType, string>;
  /** Every id of the tenant's rows, by type (a type can have several). */
  allIds: Record<string, string[]>;
  /** Strings only this tenant's answers may contain: names, numbers, texts, amounts, ids. */
  secrets: string[];
}

const fail = (what: string, errors: unknown) => {
  throw new Error(`${what}: ${JSON.stringify(errors)}`);
};

async function ok<T>(app: TestApp, run: () => Promise<T>, errorsOf: (t: T) => unknown[], what: string): Promise<T> {
  const t = await run();
  const errors = errorsOf(t);
  if (errors.length) fail(what, errors);
  return t;
}

/**
 * Builds a tenant through the API (admin key): webhook endpoint first so its events have deliveries, then four
 * cases — one with a payment, a collection step, a claim origin, a deduction and a complaint; one frozen by a
 * written objection; one with a judgment and an enforcement petition; one with a draft forliksklage.
 */
export async function buildTenant(
  app: TestApp,
  label: string,
  options: { municipalityCode: string; amount: number; paid: number; orgNumber?: string },
): Promise<Tenant> {
  const creditor = await createCreditor(app, { name: `${label} Kreditor AS`, orgNumber: options.orgNumber });
  const debtor = await createDebtor(app, creditor, {
    name: `${label} Skyldnersen`,
    municipalityCode: options.municipalityCode,
  });
  const creditorGid = toGlobalId("Creditor", creditor.id);
  const secrets = [`${label} Kreditor AS`, `${label} Skyldnersen`, creditor.orgNumber];

  const endpointUrl = `http://127.0.0.1:9/${label.toLowerCase()}-receiver`;
  secrets.push(endpointUrl);
  const endpoint = await ok(
    app,
    () =>
      app.ok(WebhookEndpointCreateDocument, { input: { creditorId: creditorGid, url: endpointUrl, eventTypes: [] } }),
    (d) => d.webhookEndpointCreate.userErrors,
    "webhookEndpointCreate",
  );
  const keyName = `${label} integrasjonsnøkkel`;
  secrets.push(keyName);
  const key = await ok(
    app,
    () => app.ok(ApiKeyCreateDocument, { input: { name: keyName, scopes: ["READ"], creditorIds: [creditorGid] } }),
    (d) => d.apiKeyCreate.userErrors,
    "apiKeyCreate",
  );
  const documentId = await uploadPdf(app, creditor, `${label.toLowerCase()}-bilag.pdf`);
  secrets.push(`${label.toLowerCase()}-bilag.pdf`);

  // Case 1: payment, collection step, claim origin, deduction, complaint.
  const case1 = await openCase(app, creditor, debtor, { dueDate: "2025-10-15", amount: options.amount });
  secrets.push(String(options.amount));
  const payment = await ok(
    app,
    () =>
      app.ok(PaymentRegisterDocument, {
        input: { caseId: case1, amount: options.paid, paidOn: "2026-01-10", reference: `${label}-innbetaling` },
      }),
    (d) => d.paymentRegister.userErrors,
    "paymentRegister",
  );
  secrets.push(String(options.paid), `${label}-innbetaling`);
  const step = await ok(
    app,
    () =>
      app.ok(CollectionStepRecordDocument, {
        input: { caseId: case1, kind: "COLLECTION_NOTICE", sentOn: "2025-10-20" },
      }),
    (d) => d.collectionStepRecord.userErrors,
    "collectionStepRecord",
  );
  await ok(
    app,
    () =>
      app.ok(CaseSetClaimOriginDocument, {
        input: { caseId: case1, originator: { kind: "PUBLIC_BODY", name: `${label} Oppdragsgiver` } },
      }),
    (d) => d.caseSetClaimOrigin.userErrors,
    "caseSetClaimOrigin",
  );
  secrets.push(`${label} Oppdragsgiver`);
  const measure = await ok(
    app,
    () =>
      app.ok(EnforcementMeasureRecordDocument, {
        input: {
          caseId: case1,
          kind: "DEDUCTION",
          notifiedOn: "2026-02-01",
          deduction: { deductor: "EMPLOYER", periodStart: "2026-02-01", periodEnd: "2026-12-31" },
        },
      }),
    (d) => d.enforcementMeasureRecord.userErrors,
    "enforcementMeasureRecord",
  );
  const complaintReason = `${label} klagegrunn: trekket er for høyt`;
  secrets.push(complaintReason);
  const complaint = await ok(
    app,
    () =>
      app.ok(ComplaintSubmitDocument, {
        input: {
          caseId: case1,
          channel: "LETTER",
          receivedOn: "2026-06-01",
          subject: "DEDUCTION",
          measureId: measure.enforcementMeasureRecord.measure!.id,
          reason: complaintReason,
          desiredOutcome: "STOP_DEDUCTION",
          signature: { signerName: `${label} Skyldnersen`, signedAt: "2026-05-30T09:00:00.000Z" },
          attachmentDocumentIds: [documentId],
        },
      }),
    (d) => d.complaintSubmit.userErrors,
    "complaintSubmit",
  );

  // Case 2: frozen by a written objection with the document.
  const case2 = await openCase(app, creditor, debtor, { dueDate: "2025-11-01", amount: options.amount + 1 });
  const objectionText = `${label} innsigelse: jeg har aldri bestilt dette`;
  secrets.push(objectionText);
  const objection = await ok(
    app,
    () =>
      app.ok(ObjectionRegisterDocument, {
        input: {
          caseId: case2,
          channel: "LETTER",
          receivedOn: "2026-06-01",
          text: objectionText,
          documentIds: [documentId],
        },
      }),
    (d) => d.objectionRegister.userErrors,
    "objectionRegister",
  );

  // Case 3: judgment won, due and unpaid, enforcement petition.
  const case3 = await openCase(app, creditor, debtor, { dueDate: "2025-08-01", amount: options.amount + 2 });
  const ccJudged = await sent(app, case3, { filingDate: "2025-09-01" });
  const caseNumber = `25-${label}-FORL`;
  secrets.push(caseNumber);
  const judged = await judge(app, {
    conciliationCaseId: ccJudged,
    judgmentDate: "2026-03-02",
    serviceDate: "2026-03-04",
    outcome: "WON",
    amountOwed: options.amount + 2,
    breakdown: { principal: options.amount + 2, interest: 0, fees: 0, costs: 0 },
    paymentDueDate: "2026-03-18",
    caseNumber,
  });
  const petition = await ok(
    app,
    () => app.ok(EnforcementPetitionCreateDocument, { input: { caseId: case3, petitionDate: "2026-11-23" } }),
    (d) => d.enforcementPetitionCreate.userErrors,
    "enforcementPetitionCreate",
  );

  // Case 4: a draft forliksklage.
  const case4 = await openCase(app, creditor, debtor, { dueDate: "2025-09-01", amount: options.amount + 3 });
  const drafted = await draft(app, case4, { filingDate: "2025-10-01" });

  const one = async (q: string) => {
    const rows = await app.sql<{ id: string }>(q, [creditor.id]);
    if (!rows[0]) throw new Error(`no row for ${q}`);
    return rows[0].id;
  };
  const ids: Record<IdType, string> = {
    ApiKey: key.apiKeyCreate.apiKey!.id,
    Case: case1,
    CaseEvent: toGlobalId(
      "CaseEvent",
      await one(`select id from case_event where creditor_id = ? order by id desc limit 1`),
    ),
    CaseTransaction: payment.paymentRegister.transaction!.id,
    CollectionStep: step.collectionStepRecord.step!.id,
    Complaint: complaint.complaintSubmit.complaint!.id,
    ConciliationBoard: toGlobalId(
      "ConciliationBoard",
      await one(`select board_id as id from conciliation_case where creditor_id = ? limit 1`),
    ),
    ConciliationCase: drafted.id,
    Creditor: creditorGid,
    Debtor: toGlobalId("Debtor", debtor.id),
    Document: documentId,
    EnforcementMeasure: measure.enforcementMeasureRecord.measure!.id,
    EnforcementPetition: petition.enforcementPetitionCreate.enforcementPetition!.id,
    Invoice: toGlobalId(
      "Invoice",
      await one(`select invoice_id as id from collection_case where creditor_id = ? order by id limit 1`),
    ),
    Judgment: judged.judgment!.id,
    Municipality: toGlobalId(
      "Municipality",
      await one(`select municipality_id as id from debtor where creditor_id = ? limit 1`),
    ),
    Objection: objection.objectionRegister.objection!.id,
    WebhookDelivery: toGlobalId(
      "WebhookDelivery",
      await one(
        `select d.id from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id where e.creditor_id = ? order by d.id limit 1`,
      ),
    ),
    WebhookEndpoint: endpoint.webhookEndpointCreate.webhookEndpoint!.id,
  };
  const allIds: Record<string, string[]> = Object.fromEntries(Object.entries(ids).map(([t, id]) => [t, [id]]));
  allIds.Case = [case1, case2, case3, case4];
  allIds.ConciliationCase = [drafted.id, ccJudged];
  const invoiceRows = await app.sql<{ id: string; external_id: string }>(
    `select id, external_id from invoice where creditor_id = ?`,
    [creditor.id],
  );
  allIds.Invoice = invoiceRows.map((r) => toGlobalId("Invoice", r.id));
  secrets.push(...invoiceRows.map((r) => r.external_id));
  for (const [type, list] of Object.entries(allIds))
    if (type !== "ConciliationBoard" && type !== "Municipality") secrets.push(...list);
  return { creditorId: creditor.id, orgNumber: creditor.orgNumber, ids, allIds, secrets };
}
