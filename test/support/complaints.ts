import { randomUUID } from "node:crypto";
import {
  ComplaintSubmitDocument,
  EnforcementMeasureRecordDocument,
  InvoiceRegisterDocument,
  PaymentRegisterDocument,
  type ComplaintSubmitInput,
  type EnforcementMeasureRecordInput,
} from "../generated/graphql";
import { Document } from "../../src/modules/documents/document.entity";
import { Creditor } from "../../src/modules/parties/creditor.entity";
import { toGlobalId } from "../../src/shared/global-id";
import type { TestApp } from "./app";
import { createCreditor, createDebtor } from "./factories";

/** A creditor with a debtor, and an opener of collection cases for them through invoiceRegister. */
export async function complaintFixture(app: TestApp) {
  const creditor = await createCreditor(app, { name: "Statens Innkreving AS" });
  const debtor = await createDebtor(app, creditor);
  let n = 0;

  /** An ACTIVE case for `amount` øre, optionally with a payment registered. */
  const openCase = async (options: { amount?: number; paid?: number; key?: string } = {}) => {
    n += 1;
    const data = await app.ok(
      InvoiceRegisterDocument,
      {
        input: {
          creditorId: toGlobalId("Creditor", creditor.id),
          debtorId: toGlobalId("Debtor", debtor.id),
          invoiceNumber: `K-${randomUUID().slice(0, 8)}-${n}`,
          sourceSystem: "si",
          externalId: `klage-${randomUUID()}`,
          issueDate: "2025-10-01",
          dueDate: "2025-10-15",
          amount: options.amount ?? 250_000,
        },
      },
      options.key,
    );
    expect(data.invoiceRegister.userErrors).toEqual([]);
    const caseId = data.invoiceRegister.case!.id;
    if (options.paid) {
      const paid = await app.ok(
        PaymentRegisterDocument,
        { input: { caseId, amount: options.paid, paidOn: "2026-01-10" } },
        options.key,
      );
      expect(paid.paymentRegister.userErrors).toEqual([]);
    }
    return caseId;
  };

  /** A document row of this creditor (as if uploaded with POST /documents); its global id. */
  const document = async (owner: Creditor = creditor) => {
    const em = app.orm.em.fork();
    const doc = new Document({
      creditor: em.getReference(Creditor, owner.id),
      filename: "klage.pdf",
      contentType: "application/pdf",
      size: 1234,
      sha256: "0".repeat(64),
      storageKey: `${owner.id}/${randomUUID()}`,
      uploadedBy: "test",
    });
    await em.persist(doc).flush();
    return doc.globalId;
  };

  const measure = async (caseId: string, input: Omit<EnforcementMeasureRecordInput, "caseId">) => {
    const data = await app.ok(EnforcementMeasureRecordDocument, { input: { caseId, ...input } });
    expect(data.enforcementMeasureRecord.userErrors).toEqual([]);
    return data.enforcementMeasureRecord.measure!.id;
  };

  const deduction = (caseId: string, periodEnd: string | null = "2026-12-31", notifiedOn = "2026-02-01") =>
    measure(caseId, {
      kind: "DEDUCTION",
      notifiedOn,
      deduction: { deductor: "EMPLOYER", periodStart: "2026-02-01", periodEnd },
    });

  const lien = (
    caseId: string,
    notifiedOn = "2026-03-02",
    extra: { forcedSaleRequestedOn?: string; letterDeadline?: string } = {},
  ) =>
    measure(caseId, {
      kind: "LIEN",
      notifiedOn,
      letterDeadline: extra.letterDeadline,
      lien: {
        assetKind: "REAL_ESTATE",
        assetDescription: "gnr 12 bnr 34, Oslo",
        registeredOn: notifiedOn,
        forcedSaleRequestedOn: extra.forcedSaleRequestedOn,
      },
    });

  /** A complete complaint against the case (about the case handling, to delete the claim) with one attachment. */
  const complaintInput = async (
    caseId: string,
    overrides: Partial<ComplaintSubmitInput> = {},
  ): Promise<ComplaintSubmitInput> => ({
    caseId,
    channel: "LETTER",
    receivedOn: "2026-06-01",
    subject: "CASE_HANDLING",
    reason: "Kravet er allerede betalt til oppdragsgiver.",
    desiredOutcome: "DELETE_CLAIM",
    signature: { signerName: "Kari Nordmann", signedAt: "2026-05-30T09:00:00.000Z" },
    attachmentDocumentIds: [await document()],
    ...overrides,
  });

  const submit = async (caseId: string, overrides: Partial<ComplaintSubmitInput> = {}, key?: string) => {
    const data = await app.ok(ComplaintSubmitDocument, { input: await complaintInput(caseId, overrides) }, key);
    return data.complaintSubmit;
  };

  /** A stored complaint; fails the test on userErrors. */
  const submitted = async (caseId: string, overrides: Partial<ComplaintSubmitInput> = {}) => {
    const result = await submit(caseId, overrides);
    expect(result.userErrors).toEqual([]);
    return result.complaint!;
  };

  const counts = async () => ({
    complaints: await app.count("complaint"),
    attachments: await app.count("complaint_attachment"),
    measures: await app.count("enforcement_measure"),
    events: await app.count("case_event"),
    cases: await app.count("collection_case"),
  });

  return { creditor, debtor, openCase, document, measure, deduction, lien, complaintInput, submit, submitted, counts };
}

export type ComplaintFixture = Awaited<ReturnType<typeof complaintFixture>>;
