import type { EntityManager } from "@mikro-orm/postgresql";
import type { NormalizedDebtor } from "../../plugins/port";
import { PostalAddress } from "../parties/address";
import type { Creditor } from "../parties/creditor.entity";
import { Debtor, DebtorKind } from "../parties/debtor.entity";
import { Municipality } from "../register/municipality.entity";

/** Trimmed, inner whitespace collapsed. */
export function tidyName(name: string): string {
  return name.trim().replace(/\s+/g, " ");
}

const fold = (text: string) => tidyName(text).toLocaleLowerCase("nb");

function keysOf(creditorId: number, d: { kind: DebtorKind | NormalizedDebtor["kind"]; name: string; orgNumber?: string | null; birthDate?: string | null; street: string; postalCode: string }): { org?: string; born?: string; lives: string } {
  const name = fold(d.name);
  const lives = `${creditorId}|P|${name}|${fold(d.street)}|${d.postalCode}`;
  if (d.kind === DebtorKind.ORGANISATION) return { org: `${creditorId}|O|${d.orgNumber}`, lives: `${creditorId}|-` };
  return { born: d.birthDate ? `${creditorId}|B|${name}|${d.birthDate}` : undefined, lives };
}

/**
 * Find-or-create of the debtors in one batch, with two queries for the whole batch. A debtor belongs to one
 * creditor. An organisation matches by organisasjonsnummer; a person by name and birth date when the payload gives
 * one, else by name and postal address (street and postnummer). Names and streets compare case- and
 * space-insensitively.
 * A matched debtor is left as it is; a new one is returned unpersisted (persist it once its invoice is accepted).
 */
export class DebtorBook {
  private readonly index = new Map<string, Debtor>();

  private constructor(private readonly municipalities: ReadonlyMap<string, Municipality>) {}

  /** `kommunenummer`: every code the batch names, also for debtors whose creditor is unknown. */
  static async load(em: EntityManager, wanted: readonly { creditor: Creditor; debtor: NormalizedDebtor }[], kommunenummer: readonly string[], today: string): Promise<DebtorBook> {
    const codes = [...new Set(kommunenummer)];
    const municipalities = new Map<string, Municipality>();
    if (codes.length > 0) {
      const rows = await em.find(Municipality, { code: { $in: codes }, validFrom: { $lte: today }, $or: [{ validTo: null }, { validTo: { $gte: today } }] }, { orderBy: { validFrom: "asc" } });
      for (const m of rows) municipalities.set(m.code, m);
    }
    const book = new DebtorBook(municipalities);
    const creditorIds = [...new Set(wanted.map((w) => w.creditor.id))];
    const orgNumbers = [...new Set(wanted.flatMap((w) => (w.debtor.kind === "ORGANISATION" ? [w.debtor.orgNumber] : [])))];
    // candidates by exact columns; names are compared here, independent of the database's collation
    const birthDates = [...new Set(wanted.flatMap((w) => (w.debtor.kind === "PERSON" && w.debtor.birthDate ? [w.debtor.birthDate] : [])))];
    const postalCodes = [...new Set(wanted.flatMap((w) => (w.debtor.kind === "PERSON" && !w.debtor.birthDate ? [w.debtor.address.postalCode] : [])))];
    const which: object[] = [];
    if (orgNumbers.length > 0) which.push({ kind: DebtorKind.ORGANISATION, orgNumber: { $in: orgNumbers } });
    if (birthDates.length > 0) which.push({ kind: DebtorKind.PERSON, birthDate: { $in: birthDates } });
    if (postalCodes.length > 0) which.push({ kind: DebtorKind.PERSON, address: { postalCode: { $in: postalCodes } } });
    if (creditorIds.length > 0 && which.length > 0) {
      const found = await em.find(Debtor, { creditor: { $in: creditorIds }, $or: which }, { orderBy: { id: "asc" } });
      for (const d of found) book.remember(d);
    }
    return book;
  }

  /** The kommune with this kommunenummer in force on the day the book was loaded. */
  municipality(code: string): Municipality | undefined {
    return this.municipalities.get(code);
  }

  findOrCreate(creditor: Creditor, wanted: NormalizedDebtor, municipality: Municipality): { debtor: Debtor; created: boolean } {
    const keys = keysOf(creditor.id, { ...wanted, street: wanted.address.street, postalCode: wanted.address.postalCode });
    const hit = keys.org !== undefined ? this.index.get(keys.org) : keys.born !== undefined ? this.index.get(keys.born) : this.index.get(keys.lives);
    if (hit) return { debtor: hit, created: false };
    const a = wanted.address;
    const kind = wanted.kind === "ORGANISATION" ? DebtorKind.ORGANISATION : DebtorKind.PERSON;
    const debtor = new Debtor(creditor, kind, tidyName(wanted.name), new PostalAddress(a.street, a.postalCode, a.city, a.country), municipality);
    if (wanted.kind === "ORGANISATION") debtor.orgNumber = wanted.orgNumber;
    else debtor.birthDate = wanted.birthDate;
    this.remember(debtor);
    return { debtor, created: true };
  }

  private remember(d: Debtor): void {
    const keys = keysOf(d.creditor.id, { kind: d.kind, name: d.name, orgNumber: d.orgNumber, birthDate: d.birthDate, street: d.address.street, postalCode: d.address.postalCode });
    for (const key of [keys.org, keys.born, d.kind === DebtorKind.PERSON ? keys.lives : undefined]) {
      if (key !== undefined && !this.index.has(key)) this.index.set(key, d);
    }
  }
}
