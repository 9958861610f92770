import { randomInt } from "node:crypto";
import { PostalAddress } from "../../src/modules/parties/address";
import { Creditor } from "../../src/modules/parties/creditor.entity";
import { Debtor, DebtorKind } from "../../src/modules/parties/debtor.entity";
import { Municipality } from "../../src/modules/register/municipality.entity";
import type { TestApp } from "./app";

const ORG_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

/** A random valid organisasjonsnummer (MOD11), starting with 9 like most businesses. */
export function randomOrgNumber(): string {
  for (;;) {
    const body = `9${String(randomInt(0, 10_000_000)).padStart(7, "0")}`;
    const remainder = ORG_WEIGHTS.reduce((acc, w, i) => acc + w * Number(body[i]), 0) % 11;
    if (remainder !== 1) return `${body}${remainder === 0 ? 0 : 11 - remainder}`;
  }
}

export interface CreditorOverrides {
  name?: string;
  orgNumber?: string;
  address?: PostalAddress;
  /** Kommunenummer from the seeded register (default 0301 Oslo). */
  municipalityCode?: string;
}

/** A creditor stored through the ORM, in its own EntityManager fork. */
export async function createCreditor(app: TestApp, overrides: CreditorOverrides = {}): Promise<Creditor> {
  const em = app.orm.em.fork();
  const municipality = await em.findOneOrFail(
    Municipality,
    { code: overrides.municipalityCode ?? "0301" },
    { orderBy: { validFrom: "desc" } },
  );
  const creditor = new Creditor(
    overrides.name ?? "Fjord Regnskap AS",
    overrides.orgNumber ?? randomOrgNumber(),
    overrides.address ?? new PostalAddress("Karl Johans gate 1", "0154", "Oslo"),
    municipality,
  );
  await em.persist(creditor).flush();
  return creditor;
}

export interface DebtorOverrides {
  kind?: DebtorKind;
  name?: string;
  orgNumber?: string | null;
  birthDate?: string | null;
  address?: PostalAddress;
  /** Kommunenummer from the seeded register (default 0301 Oslo). */
  municipalityCode?: string;
}

/** A debtor of the creditor, stored through the ORM; a person unless overridden. */
export async function createDebtor(app: TestApp, creditor: Creditor, overrides: DebtorOverrides = {}): Promise<Debtor> {
  const em = app.orm.em.fork();
  const municipality = await em.findOneOrFail(
    Municipality,
    { code: overrides.municipalityCode ?? "0301" },
    { orderBy: { validFrom: "desc" } },
  );
  const kind = overrides.kind ?? DebtorKind.PERSON;
  const debtor = new Debtor(
    em.getReference(Creditor, creditor.id),
    kind,
    overrides.name ?? (kind === DebtorKind.PERSON ? "Kari Nordmann" : "Nordmann Bygg AS"),
    overrides.address ?? new PostalAddress("Storgata 10", "0155", "Oslo"),
    municipality,
  );
  debtor.orgNumber =
    overrides.orgNumber !== undefined
      ? overrides.orgNumber
      : kind === DebtorKind.ORGANISATION
        ? randomOrgNumber()
        : null;
  debtor.birthDate =
    overrides.birthDate !== undefined ? overrides.birthDate : kind === DebtorKind.PERSON ? "1980-05-17" : null;
  await em.persist(debtor).flush();
  return debtor;
}

/** A valid organisasjonsnummer (MOD11); kept for callers of the earlier name. */
export const orgNumber = randomOrgNumber;
