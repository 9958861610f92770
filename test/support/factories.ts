import { Creditor } from "../../src/modules/parties/creditor.entity";
import { Debtor, DebtorKind } from "../../src/modules/parties/debtor.entity";
import { PostalAddress } from "../../src/modules/parties/address";
import { Municipality } from "../../src/modules/register/municipality.entity";
import type { TestApp } from "./app";

let serial = 0;

/** A valid organisasjonsnummer (MOD11) that differs per call. */
export function orgNumber(): string {
  for (;;) {
    serial += 1;
    const body = String(91000000 + ((serial * 7919 + Number(process.env.JEST_WORKER_ID ?? 0) * 104729) % 8999999)).padStart(8, "0");
    const weights = [3, 2, 7, 6, 5, 4, 3, 2];
    const rem = weights.reduce((s, w, i) => s + w * Number(body[i]), 0) % 11;
    if (rem === 1) continue;
    return `${body}${rem === 0 ? 0 : 11 - rem}`;
  }
}

export async function createCreditor(app: TestApp, overrides: Partial<{ name: string; orgNumber: string; kommune: string }> = {}): Promise<Creditor> {
  const em = app.orm.em.fork();
  const municipality = await em.findOneOrFail(Municipality, { code: overrides.kommune ?? "0301" });
  const creditor = new Creditor(overrides.name ?? "Fjordkraft Regnskap AS", overrides.orgNumber ?? orgNumber(), new PostalAddress("Storgata 1", "0155", "Oslo"), municipality);
  await em.persist(creditor).flush();
  return creditor;
}

export async function createDebtor(
  app: TestApp,
  creditor: Creditor,
  overrides: Partial<{ name: string; kind: DebtorKind; kommune: string; birthDate: string; orgNumber: string }> = {},
): Promise<Debtor> {
  const em = app.orm.em.fork();
  const municipality = await em.findOneOrFail(Municipality, { code: overrides.kommune ?? "4601" });
  const kind = overrides.kind ?? DebtorKind.PERSON;
  const debtor = new Debtor(em.getReference(Creditor, creditor.id), kind, overrides.name ?? "Kari Nordmann", new PostalAddress("Bryggen 3", "5003", "Bergen"), municipality);
  if (kind === DebtorKind.PERSON) debtor.birthDate = overrides.birthDate ?? "1980-05-17";
  else debtor.orgNumber = overrides.orgNumber ?? orgNumber();
  await em.persist(debtor).flush();
  return debtor;
}
