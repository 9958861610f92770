import { randomInt } from "node:crypto";
import type { MikroORM } from "@mikro-orm/postgresql";
import { runCommand, type EventInput, type EventSink } from "../../src/events/command";
import type { EventType } from "../../src/events/catalogue";
import type { CaseStatus } from "../../src/modules/cases/case.rules";
import { CollectionCase } from "../../src/modules/cases/collection-case.entity";
import { Invoice } from "../../src/modules/invoices/invoice.entity";
import { PostalAddress } from "../../src/modules/parties/address";
import { Creditor } from "../../src/modules/parties/creditor.entity";
import { Debtor, DebtorKind } from "../../src/modules/parties/debtor.entity";
import { Municipality } from "../../src/modules/register/municipality.entity";
import { fail, failure, ok, type Result } from "../../src/shared/result";

/** A creditor with a unique organisation number, in the first municipality of the register. */
export async function createCreditor(orm: MikroORM, name = "Fjord Regnskap AS"): Promise<Creditor> {
  const em = orm.em.fork();
  const municipality = await em.findOneOrFail(Municipality, { code: "0301" }, { orderBy: { validFrom: "desc" } });
  const creditor = new Creditor(
    name,
    String(randomInt(800_000_000, 999_999_999)),
    new PostalAddress("Storgata 1", "0155", "Oslo"),
    municipality,
  );
  await em.persist(creditor).flush();
  return creditor;
}

let invoiceNo = 0;

/** A debtor, an invoice and its collection case (no events yet). */
export async function createCase(orm: MikroORM, creditorId: number, amount = 125_000): Promise<CollectionCase> {
  const em = orm.em.fork();
  const creditor = await em.findOneOrFail(Creditor, { id: creditorId });
  const debtor = new Debtor(
    creditor,
    DebtorKind.PERSON,
    "Kari Nordmann",
    new PostalAddress("Lillegata 2", "0155", "Oslo"),
    creditor.municipality,
  );
  invoiceNo += 1;
  const invoice = new Invoice(creditor, debtor, {
    invoiceNumber: `F-${invoiceNo}`,
    sourceSystem: "test",
    externalId: `ext-${invoiceNo}-${randomInt(1_000_000)}`,
    issueDate: "2026-01-05",
    dueDate: "2026-01-19",
    amount,
  });
  const collectionCase = new CollectionCase(invoice);
  await em.persist([debtor, invoice, collectionCase]).flush();
  return collectionCase;
}

export interface EmitOptions {
  /** Status to move to (a transition); otherwise the event only records. */
  to?: CaseStatus;
  summary?: string;
  data?: Record<string, unknown>;
  /** Make the command fail (returns a failed Result: nothing may be written). */
  fail?: boolean;
  /** Sinks to run instead of the app's. */
  sinks?: readonly EventSink[];
}

/** Runs one command that appends `types` (in order) to a case's timeline; returns the new event ids. */
export async function emit(
  app: { orm: MikroORM; services: { eventSinks: EventSink[] } },
  caseId: number,
  types: EventType | EventType[],
  options: EmitOptions = {},
): Promise<Result<number[], "REFUSED" | "CONCURRENT_UPDATE">> {
  const list = Array.isArray(types) ? types : [types];
  const result = await runCommand(
    { em: app.orm.em.fork(), actor: "test key", now: new Date(), sinks: options.sinks ?? app.services.eventSinks },
    async (em, rec) => {
      const c = await em.findOneOrFail(CollectionCase, { id: caseId });
      const events = list.map((type, i) => {
        const input = {
          type,
          summary: options.summary ?? `${type} happened`,
          data: options.data ?? { n: i },
        } as unknown as EventInput;
        return i === 0 && options.to ? rec.transition(c, options.to, input) : rec.record(c, input);
      });
      if (options.fail) return fail(failure("REFUSED" as const, null, "refused on purpose"));
      return ok(events);
    },
  );
  return result.ok ? ok(result.value.map((e) => e.id)) : result;
}
