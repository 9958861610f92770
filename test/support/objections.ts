/** The set-up and helpers the objections test files share. */
import {
  CaseObjectionsDocument,
  InvoiceRegisterDocument,
  ObjectionRegisterDocument,
  type InvoiceRegisterInput,
  type ObjectionChannel,
  type ObjectionRegisterInput,
} from "../generated/graphql";
import { startTestApp, type TestApp } from "./app";
import { createCreditor, createDebtor } from "./factories";
import { fixedClock } from "../../src/shared/clock";
import type { Creditor } from "../../src/modules/parties/creditor.entity";
import type { Debtor } from "../../src/modules/parties/debtor.entity";
/** 1×1 PNG: a scanned written objection, as far as the upload check can tell. */
export const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);
export const NOW = "2026-11-23T12:00:00.000Z";
export const TODAY = "2026-11-23";

export let app: TestApp;
export let creditor: Creditor;
export let debtor: Debtor;
/** Counts the cases opened, for unique invoice numbers and external ids. */
export let n = 0;

/** beforeAll of an objections test file: a server on the clock NOW, with one creditor and debtor. */
export async function startObjectionsApp(): Promise<void> {
  app = await startTestApp({ clock: fixedClock(NOW) });
  creditor = await createCreditor(app);
  debtor = await createDebtor(app, creditor);
}
export const stopObjectionsApp = async () => app?.close();

export async function openCase(
  target: TestApp,
  owner: { creditor: Creditor; debtor: Debtor },
  overrides: Partial<InvoiceRegisterInput> = {},
) {
  n += 1;
  const input: InvoiceRegisterInput = {
    creditorId: owner.creditor.globalId,
    debtorId: owner.debtor.globalId,
    invoiceNumber: `F-${2000 + n}`,
    sourceSystem: "conta",
    externalId: `obj-${n}`,
    issueDate: "2026-09-01",
    dueDate: "2026-09-15",
    amount: 125_000,
    ...overrides,
  };
  const data = await target.ok(InvoiceRegisterDocument, { input });
  expect(data.invoiceRegister.userErrors).toEqual([]);
  return { caseId: data.invoiceRegister.case!.id, invoiceId: data.invoiceRegister.invoice!.id };
}
export const newCase = (overrides: Partial<InvoiceRegisterInput> = {}) =>
  openCase(app, { creditor, debtor }, overrides).then((c) => c.caseId);

export async function object(
  caseId: string,
  channel: ObjectionChannel,
  over: Partial<ObjectionRegisterInput> = {},
  target = app,
  key?: string,
) {
  const input = {
    caseId,
    channel,
    receivedOn: "2026-11-20",
    text: "Varen ble returnert 3. oktober; jeg skylder ingenting.",
    ...over,
  };
  return (await target.ok(ObjectionRegisterDocument, { input }, key)).objectionRegister;
}
export async function objectOk(
  caseId: string,
  channel: ObjectionChannel,
  over: Partial<ObjectionRegisterInput> = {},
  target = app,
) {
  const result = await object(caseId, channel, over, target);
  expect(result.userErrors).toEqual([]);
  return result;
}
export const read = async (caseId: string, key?: string) =>
  (await app.ok(CaseObjectionsDocument, { id: caseId }, key)).case;
export const timeline = async (caseId: string) =>
  (await read(caseId))!.timeline.nodes.map((e) => [e.type, e.statusBefore, e.statusAfter]);

export async function upload(owner: Creditor, key = app.adminKey): Promise<string> {
  const form = new FormData();
  form.append("creditorId", owner.globalId);
  form.append("file", new Blob([new Uint8Array(PNG)], { type: "image/png" }), "innsigelse-skannet.png");
  const res = await fetch(`http://127.0.0.1:${app.server.port}/documents`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}` },
    body: form,
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { document: { id: string } }).document.id;
}

export const counts = async () => ({
  objections: await app.count("objection"),
  attachments: await app.count("objection_document"),
  events: await app.count("case_event"),
  cases: await app.count("collection_case"),
  invoices: await app.count("invoice"),
  transactions: await app.count("case_transaction"),
  steps: await app.count("collection_step"),
});

export const FROZEN_ACTIONS = [
  "REGISTER_PAYMENT",
  "REGISTER_CREDIT_NOTE",
  "REGISTER_OBJECTION",
  "WITHDRAW_OBJECTION",
  "MARK_OBJECTION_UNFOUNDED",
  "RESOLVE_OBJECTION_BY_CREDIT",
  "ESCALATE_TO_CONCILIATION",
  "CLOSE",
];
