import {
  ConciliationCaseCreateDocument,
  ConciliationCaseMarkSentDocument,
  ConciliationCaseMarkSignedDocument,
  InvoiceRegisterDocument,
  JudgmentRegisterDocument,
  type ConciliationCaseCreateInput,
  type JudgmentRegisterInput,
} from "../generated/graphql";
import { toGlobalId } from "../../src/shared/global-id";
import type { Creditor } from "../../src/modules/parties/creditor.entity";
import type { Debtor } from "../../src/modules/parties/debtor.entity";
import type { TestApp } from "./app";

let serial = 0;

/** Registers an invoice and returns its case's global id. */
export async function openCase(
  app: TestApp,
  creditor: Creditor,
  debtor: Debtor,
  fields: { dueDate: string; amount: number; issueDate?: string },
): Promise<string> {
  serial += 1;
  const data = await app.ok(InvoiceRegisterDocument, {
    input: {
      creditorId: toGlobalId("Creditor", creditor.id),
      debtorId: toGlobalId("Debtor", debtor.id),
      invoiceNumber: `10${String(serial).padStart(3, "0")}`,
      sourceSystem: "conta",
      externalId: `dispute-${process.env.JEST_WORKER_ID ?? 0}-${serial}-${Math.random().toString(36).slice(2)}`,
      issueDate: fields.issueDate ?? fields.dueDate,
      dueDate: fields.dueDate,
      amount: fields.amount,
    },
  });
  if (data.invoiceRegister.userErrors.length) throw new Error(JSON.stringify(data.invoiceRegister.userErrors));
  return data.invoiceRegister.case!.id;
}

export function draftInput(
  caseId: string,
  overrides: Partial<ConciliationCaseCreateInput> = {},
): ConciliationCaseCreateInput {
  return {
    caseId,
    category: "MONEY_CLAIM",
    factualDescription: "Klager leverte regnskapstjenester og sendte faktura. Innklagede har ikke betalt.",
    legalCostsRequested: 0,
    requestJudgmentInAbsence: true,
    ...overrides,
  };
}

export async function draft(app: TestApp, caseId: string, overrides: Partial<ConciliationCaseCreateInput> = {}) {
  const data = await app.ok(ConciliationCaseCreateDocument, { input: draftInput(caseId, overrides) });
  if (data.conciliationCaseCreate.userErrors.length)
    throw new Error(JSON.stringify(data.conciliationCaseCreate.userErrors));
  return data.conciliationCaseCreate.conciliationCase!;
}

/** A forliksklage drafted, signed and sent on the given dates; returns the conciliation case's id. */
export async function sent(
  app: TestApp,
  caseId: string,
  dates: { filingDate: string; signedOn?: string; sentOn?: string },
  overrides: Partial<ConciliationCaseCreateInput> = {},
): Promise<string> {
  const cc = await draft(app, caseId, { filingDate: dates.filingDate, ...overrides });
  const signed = await app.ok(ConciliationCaseMarkSignedDocument, {
    input: { id: cc.id, signedOn: dates.signedOn ?? dates.filingDate, signedBy: "Per Hansen" },
  });
  if (signed.conciliationCaseMarkSigned.userErrors.length)
    throw new Error(JSON.stringify(signed.conciliationCaseMarkSigned.userErrors));
  const posted = await app.ok(ConciliationCaseMarkSentDocument, {
    input: { id: cc.id, sentOn: dates.sentOn ?? dates.signedOn ?? dates.filingDate },
  });
  if (posted.conciliationCaseMarkSent.userErrors.length)
    throw new Error(JSON.stringify(posted.conciliationCaseMarkSent.userErrors));
  return cc.id;
}

export async function judge(app: TestApp, input: JudgmentRegisterInput) {
  const data = await app.ok(JudgmentRegisterDocument, { input });
  if (data.judgmentRegister.userErrors.length) throw new Error(JSON.stringify(data.judgmentRegister.userErrors));
  return data.judgmentRegister;
}

/** Lines of PDF text with page markers dropped and runs of whitespace made one space. */
export function pdfLines(text: string): string[] {
  return text
    .split("\n")
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter((l) => l !== "" && !/^-- \d+ of \d+ --$/.test(l));
}

export async function download(app: TestApp, path: string, key: string | null = app.adminKey): Promise<Response> {
  return fetch(`http://127.0.0.1:${app.server.port}${path}`, {
    headers: key ? { authorization: `Bearer ${key}` } : {},
  });
}

/** Uploads a small PDF for the creditor with POST /documents and returns its global id. */
export async function uploadPdf(app: TestApp, creditor: Creditor, filename: string): Promise<string> {
  const bytes = Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n` +
      `3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );
  const form = new FormData();
  form.append("creditorId", toGlobalId("Creditor", creditor.id));
  form.append("file", new Blob([new Uint8Array(bytes)], { type: "application/pdf" }), filename);
  const res = await fetch(`http://127.0.0.1:${app.server.port}/documents`, {
    method: "POST",
    headers: { authorization: `Bearer ${app.adminKey}` },
    body: form,
  });
  const body = (await res.json()) as { document?: { id: string }; userErrors?: unknown[] };
  if (!body.document) throw new Error(`upload failed (${res.status}): ${JSON.stringify(body)}`);
  return body.document.id;
}
