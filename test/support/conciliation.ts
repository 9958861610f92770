/** The set-up and helpers the conciliation test files share. */
import { startTestApp, type TestApp } from "./app";
import { createCreditor, createDebtor } from "./factories";
import { fixedClock } from "../../src/shared/clock";
import { type Debtor } from "../../src/modules/parties/debtor.entity";
import type { Creditor } from "../../src/modules/parties/creditor.entity";
import { PostalAddress } from "../../src/modules/parties/address";

export let app: TestApp;
export let creditor: Creditor;
export let debtor: Debtor;

/** beforeAll of a conciliation test file: a server on a fixed clock, a creditor in Oslo and a debtor in Bergen. */
export async function startConciliationApp(): Promise<void> {
  app = await startTestApp({ clock: fixedClock("2026-11-23T12:00:00Z") });
  creditor = await createCreditor(app, {
    name: "Fjordkraft Regnskap AS",
    orgNumber: "123456785",
    address: new PostalAddress("Storgata 1", "0155", "Oslo"),
  });
  debtor = await createDebtor(app, creditor, {
    municipalityCode: "4601",
    address: new PostalAddress("Bryggen 3", "5003", "Bergen"),
  });
}
export const stopConciliationApp = async () => app?.close();

export const counts = async () => ({
  conciliation: await app.count("conciliation_case"),
  attendance: await app.count("hearing_attendance"),
  judgments: await app.count("judgment"),
  petitions: await app.count("enforcement_petition"),
  events: await app.count("case_event"),
  cases: await app.sql<{ s: string }>(
    "select string_agg(id || ':' || status || ':' || version, ',' order by id) as s from collection_case",
  ),
  drafts: await app.sql<{ s: string }>(
    "select string_agg(id || ':' || status || ':' || board_id || ':' || coalesce(signed_by, '-'), ',' order by id) as s from conciliation_case",
  ),
});

export const bergenBoard = async () =>
  (await app.sql<{ id: string }>(`select board_id as id from municipality where code = '4601'`))[0]!.id;
