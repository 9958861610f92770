import type { EntityManager } from "@mikro-orm/postgresql";
import type { NormalizedDebtor } from "@tvist/plugin-sdk";
import { PostalAddress } from "../parties/address";
import { Creditor } from "../parties/creditor.entity";
import { Debtor, DebtorKind } from "../parties/debtor.entity";
import { Municipality } from "../register/municipality.entity";
import type { PostalCode } from "../register/postal-code.entity";
import { postalCodesByCode } from "../register/postal-code.service";
import { kommuneWarnings, type Warning } from "../register/postal-code.rules";
import type { PushItemFailure } from "./ingest.errors";

/** Trimmed, inner whitespace collapsed. */
export function tidyName(name: string): string {
  return name.trim().replace(/\s+/g, " ");
}

/** Case-folded for matching. Norwegian has no locale-specific case rules, so the plain Unicode mapping is the nb one. */
const fold = (text: string) => tidyName(text).toLowerCase();

function keysOf(
  creditorId: number,
  d: {
    kind: DebtorKind | NormalizedDebtor["kind"];
    name: string;
    orgNumber?: string | null;
    birthDate?: string | null;
    street: string;
    postalCode: string;
  },
): { org?: string; born?: string; lives: string } {
  const name = fold(d.name);
  const lives = `${creditorId}|P|${name}|${fold(d.street)}|${d.postalCode}`;
  if (d.kind === DebtorKind.ORGANISATION) return { org: `${creditorId}|O|${d.orgNumber}`, lives: `${creditorId}|-` };
  return { born: d.birthDate ? `${creditorId}|B|${name}|${d.birthDate}` : undefined, lives };
}

/** Lower-cases Norwegian capitals whatever the database's collation (lower() alone may leave Æ, Ø, Å under C). */
const SQL_FOLD = `translate(lower(regexp_replace(btrim(name), '\\s+', ' ', 'g')), 'ÆØÅÄÖÜÉÈ', 'æøåäöüéè')`;

interface DebtorRow {
  id: string;
  kind: DebtorKind;
  name: string;
  org_number: string | null;
  birth_date: string | null;
  address_street: string;
  address_postal_code: string;
}

/** A new debtor's fields, as the push gave them. */
export interface NewDebtor {
  kind: DebtorKind;
  name: string;
  orgNumber: string | null;
  birthDate: string | null;
  address: PostalAddress;
  municipality: Municipality;
}

/**
 * One debtor of the batch: a stored one (a reference, nothing hydrated), or a new one, written once an invoice for
 * it is accepted: as an entity by the ORM path (`DebtorBook.entity`), or by the bulk insert, which sets `insertedId`.
 */
export class DebtorSlot {
  insertedId: number | undefined;

  constructor(
    readonly creditor: Creditor,
    readonly fresh: NewDebtor | null,
    public entity: Debtor | undefined,
  ) {}

  /** Known once the debtor is stored: before the batch, by the ORM's flush, or by the bulk insert. */
  get id(): number | undefined {
    return this.entity?.id ?? this.insertedId;
  }
}

/**
 * Find-or-create of the debtors in one batch, with two queries for the whole batch. A debtor belongs to one
 * creditor. An organisation matches by organisasjonsnummer; a person by name and birth date when the payload gives
 * one, else by name and postal address (street and postnummer). Names and streets compare case- and
 * space-insensitively. A matched debtor is left as it is and returned as a reference (nothing is hydrated); a new
 * one is returned as a slot with its fields (written once its invoice is accepted).
 */
export class DebtorBook {
  private readonly index = new Map<string, DebtorSlot>();

  private constructor(
    private readonly municipalities: ReadonlyMap<string, Municipality>,
    private readonly postalCodes: ReadonlyMap<string, PostalCode>,
    private readonly today: string,
  ) {}

  /** `all`: every debtor of the batch (for their kommuner and postnummer), also those whose creditor is unknown. */
  static async load(
    em: EntityManager,
    wanted: readonly { creditor: Creditor; debtor: NormalizedDebtor }[],
    all: readonly NormalizedDebtor[],
    today: string,
  ): Promise<DebtorBook> {
    const postalCodes = await postalCodesByCode(
      em,
      all.flatMap((d) => (d.address.country === "NO" ? [d.address.postalCode] : [])),
    );
    const codes = [
      ...new Set([
        ...all.flatMap((d) => (d.kommunenummer ? [d.kommunenummer] : [])),
        ...[...postalCodes.values()].map((p) => p.kommunenummer),
      ]),
    ];
    const municipalities = new Map<string, Municipality>();
    if (codes.length > 0) {
      const rows = await em.find(
        Municipality,
        { code: { $in: codes }, validFrom: { $lte: today }, $or: [{ validTo: null }, { validTo: { $gte: today } }] },
        { orderBy: { validFrom: "asc" } },
      );
      for (const m of rows) municipalities.set(m.code, m);
    }
    const book = new DebtorBook(municipalities, postalCodes, today);
    const creditorIds = [...new Set(wanted.map((w) => w.creditor.id))];
    const orgNumbers = [
      ...new Set(wanted.flatMap((w) => (w.debtor.kind === "ORGANISATION" ? [w.debtor.orgNumber] : []))),
    ];
    const names = [...new Set(wanted.flatMap((w) => (w.debtor.kind === "PERSON" ? [fold(w.debtor.name)] : [])))];
    const which: string[] = [];
    const params: unknown[] = [creditorIds];
    if (orgNumbers.length > 0) {
      which.push(`("kind" = 'ORGANISATION' and "org_number" in (?))`);
      params.push(orgNumbers);
    }
    if (names.length > 0) {
      which.push(`("kind" = 'PERSON' and ${SQL_FOLD} in (?))`);
      params.push(names);
    }
    if (creditorIds.length === 0 || which.length === 0) return book;
    const rows = await em.execute<DebtorRow[]>(
      `select "id", "kind", "name", "org_number", "birth_date"::text as "birth_date", "address_street", "address_postal_code", "creditor_id" from "debtor" ` +
        `where "creditor_id" in (?) and (${which.join(" or ")}) order by "id"`,
      params,
    );
    for (const row of rows as (DebtorRow & { creditor_id: string })[]) {
      const keys = keysOf(Number(row.creditor_id), {
        kind: row.kind,
        name: row.name,
        orgNumber: row.org_number,
        birthDate: row.birth_date,
        street: row.address_street,
        postalCode: row.address_postal_code,
      });
      book.remember(
        keys,
        row.kind,
        new DebtorSlot(
          em.getReference(Creditor, Number(row.creditor_id)),
          null,
          em.getReference(Debtor, Number(row.id)),
        ),
      );
    }
    return book;
  }

  /** The debtor's kommune in force on the day the book was loaded: the kommunenummer given, else its postnummer's. */
  place(
    debtor: NormalizedDebtor,
  ):
    | { ok: true; municipality: Municipality; warnings: Warning[] }
    | { ok: false; error: Extract<PushItemFailure, { code: "UNKNOWN_KOMMUNE" | "UNKNOWN_POSTAL_CODE" }> } {
    const { postalCode, country } = debtor.address;
    const postal = country === "NO" ? this.postalCodes.get(postalCode) : undefined;
    if (country === "NO" && !postal)
      return { ok: false, error: { code: "UNKNOWN_POSTAL_CODE", field: ["debtor", "address"], postalCode } };
    const warnings = postal
      ? kommuneWarnings(debtor.kommunenummer || null, postal, {
          kommunenummer: ["debtor", "kommunenummer"],
          postalCode: ["debtor", "address"],
        })
      : [];
    const today = this.today;
    if (debtor.kommunenummer) {
      const municipality = this.municipalities.get(debtor.kommunenummer);
      if (municipality) return { ok: true, municipality, warnings };
      return {
        ok: false,
        error: {
          code: "UNKNOWN_KOMMUNE",
          field: ["debtor", "kommunenummer"],
          why: "NOT_IN_FORCE",
          kommunenummer: debtor.kommunenummer,
          today,
        },
      };
    }
    if (!postal)
      return {
        ok: false,
        error: { code: "UNKNOWN_KOMMUNE", field: ["debtor", "kommunenummer"], why: "ABROAD", country },
      };
    const municipality = this.municipalities.get(postal.kommunenummer);
    if (municipality) return { ok: true, municipality, warnings };
    return {
      ok: false,
      error: {
        code: "UNKNOWN_KOMMUNE",
        field: ["debtor", "address"],
        why: "POSTNUMMER_KOMMUNE_NOT_IN_FORCE",
        postalCode,
        kommunenummer: postal.kommunenummer,
        today,
      },
    };
  }

  findOrCreate(
    creditor: Creditor,
    wanted: NormalizedDebtor,
    municipality: Municipality,
  ): { slot: DebtorSlot; created: boolean } {
    const a = wanted.address;
    const keys = keysOf(creditor.id, { ...wanted, street: a.street, postalCode: a.postalCode });
    const hit =
      keys.org !== undefined
        ? this.index.get(keys.org)
        : keys.born !== undefined
          ? this.index.get(keys.born)
          : this.index.get(keys.lives);
    if (hit) return { slot: hit, created: false };
    const kind = wanted.kind === "ORGANISATION" ? DebtorKind.ORGANISATION : DebtorKind.PERSON;
    const slot = new DebtorSlot(
      creditor,
      {
        kind,
        name: tidyName(wanted.name),
        orgNumber: wanted.kind === "ORGANISATION" ? wanted.orgNumber : null,
        birthDate: wanted.kind === "PERSON" ? wanted.birthDate : null,
        address: new PostalAddress(a.street, a.postalCode, a.city, a.country),
        municipality,
      },
      undefined,
    );
    this.remember(keys, kind, slot);
    return { slot, created: true };
  }

  /** The debtor as an entity for the ORM path; a new one is made here, unpersisted (persist it with its invoice). */
  entity(slot: DebtorSlot): Debtor {
    if (slot.entity) return slot.entity;
    const f = slot.fresh!;
    const debtor = new Debtor(slot.creditor, f.kind, f.name, f.address, f.municipality);
    if (f.orgNumber !== null) debtor.orgNumber = f.orgNumber;
    if (f.birthDate !== null) debtor.birthDate = f.birthDate;
    slot.entity = debtor;
    return debtor;
  }

  private remember(keys: ReturnType<typeof keysOf>, kind: DebtorKind, d: DebtorSlot): void {
    for (const key of [keys.org, keys.born, kind === DebtorKind.PERSON ? keys.lives : undefined]) {
      if (key !== undefined && !this.index.has(key)) this.index.set(key, d);
    }
  }
}
