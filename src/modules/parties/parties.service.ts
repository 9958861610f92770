import type { EntityManager } from "@mikro-orm/postgresql";
import type { FilterQuery } from "@mikro-orm/core";
import { idOf } from "../../shared/global-id";
import { containsFolded, emptyPage, findPage, likeEscape, type PageRequest } from "../../shared/keyset";
import type { LocalDate } from "../../shared/local-date";
import type { Page } from "../../shared/pagination";
import { fail, failure, ok, type Failure, type Result } from "../../shared/result";
import { forgetCachedKeys } from "../access/access.service";
import { ApiKey } from "../access/api-key.entity";
import { canSeeCreditor, creditorScope, type Auth } from "../access/auth";
import { resolveMunicipality } from "../register/register.service";
import type { Municipality } from "../register/municipality.entity";
import { findPostalCode } from "../register/postal-code.service";
import { kommuneWarnings, type Warning } from "../register/postal-code.rules";
import { PostalAddress } from "./address";
import { checkAddress, normaliseAddress, type AddressFields } from "./address.rules";
import { Creditor } from "./creditor.entity";
import { Debtor, type DebtorKind } from "./debtor.entity";
import {
  checkDebtorIdentity,
  checkKommunenummerShape,
  checkName,
  checkOrgNumber,
  normaliseOrgNumber,
  type CreditorErrorCode,
  type DebtorErrorCode,
} from "./parties.rules";

const PATH = ["input"];

/** A creditor the caller's key sees, or null: another tenant's creditor is "not found". */
export async function findCreditor(em: EntityManager, auth: Auth, globalId: string): Promise<Creditor | null> {
  const id = idOf(globalId, "Creditor");
  return id === undefined || !canSeeCreditor(auth, id) ? null : em.findOne(Creditor, { id });
}

/** A debtor of a creditor the caller's key sees, or null. */
export async function findDebtor(em: EntityManager, auth: Auth, globalId: string): Promise<Debtor | null> {
  const id = idOf(globalId, "Debtor");
  if (id === undefined) return null;
  const scope = creditorScope(auth);
  return em.findOne(Debtor, scope ? { id, creditor: scope } : { id });
}

/** Creditors the caller sees, ordered by name; search matches part of the name or the start of the org.nr. */
export async function listCreditors(
  em: EntityManager,
  auth: Auth,
  search: string | null | undefined,
  page: PageRequest,
): Promise<Page<Creditor>> {
  const conditions: FilterQuery<Creditor>[] = [];
  if (auth.creditorIds !== "all") conditions.push({ id: { $in: [...auth.creditorIds] } });
  const term = search?.trim();
  if (term)
    conditions.push({
      $or: [
        containsFolded<Creditor>("name", term),
        { orgNumber: { $like: `${likeEscape(normaliseOrgNumber(term))}%` } },
      ],
    });
  return findPage(em, Creditor, { $and: conditions }, "name", page);
}

export interface DebtorFilter {
  creditorId?: string | null;
  search?: string | null;
}

/** Debtors of the creditors the caller sees, ordered by name; a creditorId the caller cannot see gives an empty page. */
export async function listDebtors(
  em: EntityManager,
  auth: Auth,
  filter: DebtorFilter,
  page: PageRequest,
): Promise<Page<Debtor>> {
  const conditions: FilterQuery<Debtor>[] = [];
  if (filter.creditorId != null) {
    const id = idOf(filter.creditorId, "Creditor");
    if (id === undefined || !canSeeCreditor(auth, id)) return emptyPage();
    conditions.push({ creditor: id });
  } else {
    const scope = creditorScope(auth);
    if (scope) conditions.push({ creditor: scope });
  }
  const term = filter.search?.trim();
  if (term)
    conditions.push({
      $or: [containsFolded<Debtor>("name", term), { orgNumber: { $like: `${likeEscape(normaliseOrgNumber(term))}%` } }],
    });
  return findPage(em, Debtor, { $and: conditions }, "name", page);
}

/** The register row of a kommunenummer in force today; an error when the code is malformed or not in force. */
async function kommuneToday<C extends string>(
  em: EntityManager,
  code: string,
  today: LocalDate,
  errors: Failure<C | "UNKNOWN_KOMMUNE">[],
): Promise<Municipality | null> {
  const path = [...PATH, "kommunenummer"];
  const shape = checkKommunenummerShape(code, path);
  if (shape.length > 0) {
    errors.push(...shape);
    return null;
  }
  const found = await resolveMunicipality(em, code, today);
  if (!found)
    errors.push(
      failure(
        "UNKNOWN_KOMMUNE",
        path,
        `Kommunenummer ${code} is not in force on ${today}: use a code from the municipalities query, e.g. 0301 for Oslo.`,
      ),
    );
  return found;
}

/** A party written, with the checks it passed with. */
export interface Placed<T> {
  party: T;
  warnings: Warning[];
}

/**
 * The kommune of a party's address: the kommunenummer given (checked, and compared with the postnummer's), else the
 * postnummer's kommune. A Norwegian postnummer must be in the register; an address abroad needs the kommunenummer.
 */
async function placeParty<C extends string>(
  em: EntityManager,
  address: PostalAddress,
  given: string | null,
  today: LocalDate,
  errors: Failure<C | "UNKNOWN_KOMMUNE" | "UNKNOWN_POSTAL_CODE" | "MISSING_KOMMUNE">[],
  warnings: Warning[],
): Promise<Municipality | null> {
  const addressOk = !errors.some((e) => e.field?.[1] === "address");
  const postal = addressOk && address.country === "NO" ? await findPostalCode(em, address.postalCode) : null;
  if (addressOk && address.country === "NO" && !postal) {
    errors.push(
      failure(
        "UNKNOWN_POSTAL_CODE",
        [...PATH, "address", "postalCode"],
        `Postnummer ${address.postalCode} is not in the postcode register: check the address (the postalCode query answers for a code).`,
      ),
    );
  }
  if (given !== null) {
    const municipality = await kommuneToday(em, given, today, errors);
    if (postal)
      warnings.push(
        ...kommuneWarnings(given, postal, {
          kommunenummer: [...PATH, "kommunenummer"],
          postalCode: [...PATH, "address", "postalCode"],
        }),
      );
    return municipality;
  }
  if (!postal) {
    if (addressOk && address.country !== "NO")
      errors.push(
        failure(
          "MISSING_KOMMUNE",
          [...PATH, "kommunenummer"],
          "An address abroad has no postnummer to take the kommune from: give the kommunenummer (4 digits) whose forliksråd serves the party.",
        ),
      );
    return null;
  }
  warnings.push(
    ...kommuneWarnings(null, postal, {
      kommunenummer: [...PATH, "kommunenummer"],
      postalCode: [...PATH, "address", "postalCode"],
    }),
  );
  const municipality = await resolveMunicipality(em, postal.kommunenummer, today);
  if (!municipality)
    errors.push(
      failure(
        "UNKNOWN_KOMMUNE",
        [...PATH, "kommunenummer"],
        `Postnummer ${postal.code} lies in kommune ${postal.kommunenummer}, which is not in force on ${today}: give the kommunenummer.`,
      ),
    );
  return municipality;
}

/** An update's kommune: with a new address, placed as on create; with only a kommunenummer, compared with the kept address. Undefined: unchanged. */
async function replacedKommune<C extends string>(
  em: EntityManager,
  current: PostalAddress,
  address: PostalAddress | undefined,
  given: string | null,
  today: LocalDate,
  errors: Failure<C | "UNKNOWN_KOMMUNE" | "UNKNOWN_POSTAL_CODE" | "MISSING_KOMMUNE">[],
  warnings: Warning[],
): Promise<Municipality | undefined> {
  if (address) return (await placeParty(em, address, given, today, errors, warnings)) ?? undefined;
  if (given === null) return undefined;
  const municipality = await kommuneToday(em, given, today, errors);
  const postal = current.country === "NO" ? await findPostalCode(em, current.postalCode) : null;
  if (postal)
    warnings.push(
      ...kommuneWarnings(given, postal, {
        kommunenummer: [...PATH, "kommunenummer"],
        postalCode: [...PATH, "address", "postalCode"],
      }).filter((w) => w.code === "KOMMUNE_DIFFERS_FROM_POSTAL_CODE"),
    );
  return municipality ?? undefined;
}

function checkedAddress<C extends string>(
  input: AddressFields,
  errors: Failure<C | "INVALID_ADDRESS" | "INVALID_POSTAL_CODE">[],
): PostalAddress {
  const a = normaliseAddress(input);
  errors.push(...checkAddress(a, [...PATH, "address"]));
  return new PostalAddress(a.street, a.postalCode, a.city, a.country);
}

/** Org numbers are unique among the creditors a key sees: another tenant's creditor never blocks or shows through. */
async function checkOrgNumberFree(
  em: EntityManager,
  auth: Auth,
  orgNumber: string,
  exceptId: number | null,
  errors: Failure<CreditorErrorCode>[],
): Promise<void> {
  const visible = auth.creditorIds === "all" ? {} : { $in: [...auth.creditorIds] };
  const taken = await em.findOne(Creditor, {
    orgNumber,
    id: { ...visible, ...(exceptId === null ? {} : { $ne: exceptId }) },
  });
  if (taken)
    errors.push(
      failure(
        "DUPLICATE_ORG_NUMBER",
        [...PATH, "orgNumber"],
        `A creditor with organisasjonsnummer ${orgNumber} is already registered: update that creditor instead.`,
      ),
    );
}

export interface CreditorFields {
  name: string;
  orgNumber: string;
  address: AddressFields;
  kommunenummer?: string | null;
}

/** Registers a creditor; a key bound to listed creditors is bound to the new one too, so that it can see it. */
export async function createCreditor(
  em: EntityManager,
  auth: Auth,
  input: CreditorFields,
  today: LocalDate,
): Promise<Result<Placed<Creditor>, CreditorErrorCode>> {
  const name = input.name.trim();
  const orgNumber = normaliseOrgNumber(input.orgNumber);
  const errors: Failure<CreditorErrorCode>[] = [...checkName(name, [...PATH, "name"])];
  const orgErrors = checkOrgNumber(orgNumber, [...PATH, "orgNumber"]);
  errors.push(...orgErrors);
  if (orgErrors.length === 0) await checkOrgNumberFree(em, auth, orgNumber, null, errors);
  const address = checkedAddress(input.address, errors);
  const warnings: Warning[] = [];
  const municipality = await placeParty(em, address, optional(input.kommunenummer), today, errors, warnings);
  if (errors.length > 0) return fail(...errors);
  const creditor = new Creditor(name, orgNumber, address, municipality!);
  em.persist(creditor);
  let bound = false;
  if (auth.creditorIds !== "all") {
    const key = await em.findOneOrFail(ApiKey, { id: auth.keyId }, { populate: ["creditors"] });
    key.creditors.add(creditor);
    bound = true;
  }
  await em.flush();
  if (bound) forgetCachedKeys();
  return ok({ party: creditor, warnings });
}

export interface CreditorUpdateFields {
  id: string;
  name?: string | null;
  orgNumber?: string | null;
  address?: AddressFields | null;
  kommunenummer?: string | null;
}

/** Changes the fields given (omitted or null: unchanged). */
export async function updateCreditor(
  em: EntityManager,
  auth: Auth,
  input: CreditorUpdateFields,
  today: LocalDate,
): Promise<Result<Placed<Creditor>, CreditorErrorCode>> {
  const creditor = await findCreditor(em, auth, input.id);
  if (!creditor)
    return fail(
      failure(
        "UNKNOWN_CREDITOR",
        [...PATH, "id"],
        `No creditor with id ${input.id}: use an id from the creditors query.`,
      ),
    );
  const errors: Failure<CreditorErrorCode>[] = [];
  const name = input.name?.trim();
  if (name !== undefined) errors.push(...checkName(name, [...PATH, "name"]));
  const orgNumber = input.orgNumber == null ? undefined : normaliseOrgNumber(input.orgNumber);
  if (orgNumber !== undefined) {
    const orgErrors = checkOrgNumber(orgNumber, [...PATH, "orgNumber"]);
    errors.push(...orgErrors);
    if (orgErrors.length === 0) await checkOrgNumberFree(em, auth, orgNumber, creditor.id, errors);
  }
  const address = input.address ? checkedAddress(input.address, errors) : undefined;
  const warnings: Warning[] = [];
  const municipality = await replacedKommune(
    em,
    creditor.address,
    address,
    optional(input.kommunenummer),
    today,
    errors,
    warnings,
  );
  if (errors.length > 0) return fail(...errors);
  if (name !== undefined) creditor.name = name;
  if (orgNumber !== undefined) creditor.orgNumber = orgNumber;
  if (address) creditor.address = address;
  if (municipality) creditor.municipality = municipality;
  await em.flush();
  return ok({ party: creditor, warnings });
}

export interface DebtorFields {
  creditorId: string;
  kind: DebtorKind;
  name: string;
  orgNumber?: string | null;
  birthDate?: string | null;
  address: AddressFields;
  kommunenummer?: string | null;
}

/** Blank text counts as not given. */
function optional(value: string | null | undefined, normalise: (v: string) => string = (v) => v.trim()): string | null {
  const v = value == null ? "" : normalise(value);
  return v === "" ? null : v;
}

/** Registers a debtor in the ledger of a creditor the caller sees. */
export async function createDebtor(
  em: EntityManager,
  auth: Auth,
  input: DebtorFields,
  today: LocalDate,
): Promise<Result<Placed<Debtor>, DebtorErrorCode>> {
  const creditor = await findCreditor(em, auth, input.creditorId);
  const errors: Failure<DebtorErrorCode>[] = [];
  if (!creditor)
    errors.push(
      failure(
        "UNKNOWN_CREDITOR",
        [...PATH, "creditorId"],
        `No creditor with id ${input.creditorId}: use an id from the creditors query.`,
      ),
    );
  const name = input.name.trim();
  errors.push(...checkName(name, [...PATH, "name"]));
  const orgNumber = optional(input.orgNumber, normaliseOrgNumber);
  const birthDate = optional(input.birthDate);
  errors.push(...checkDebtorIdentity({ kind: input.kind, orgNumber, birthDate }, today, PATH));
  const address = checkedAddress(input.address, errors);
  const warnings: Warning[] = [];
  const municipality = await placeParty(em, address, optional(input.kommunenummer), today, errors, warnings);
  if (errors.length > 0) return fail(...errors);
  const debtor = new Debtor(creditor!, input.kind, name, address, municipality!);
  debtor.orgNumber = orgNumber;
  debtor.birthDate = birthDate;
  await em.persist(debtor).flush();
  return ok({ party: debtor, warnings });
}

export interface DebtorUpdateFields {
  id: string;
  name?: string | null;
  /** Omitted: unchanged; null or blank: removed. */
  orgNumber?: string | null;
  /** Omitted: unchanged; null or blank: removed. */
  birthDate?: string | null;
  address?: AddressFields | null;
  kommunenummer?: string | null;
}

/** Changes the fields given; the result must still be a valid person or organisation. */
export async function updateDebtor(
  em: EntityManager,
  auth: Auth,
  input: DebtorUpdateFields,
  today: LocalDate,
): Promise<Result<Placed<Debtor>, DebtorErrorCode>> {
  const debtor = await findDebtor(em, auth, input.id);
  if (!debtor)
    return fail(
      failure("UNKNOWN_DEBTOR", [...PATH, "id"], `No debtor with id ${input.id}: use an id from the debtors query.`),
    );
  const errors: Failure<DebtorErrorCode>[] = [];
  const name = input.name?.trim();
  if (name !== undefined) errors.push(...checkName(name, [...PATH, "name"]));
  const orgNumber = input.orgNumber === undefined ? debtor.orgNumber : optional(input.orgNumber, normaliseOrgNumber);
  const birthDate = input.birthDate === undefined ? debtor.birthDate : optional(input.birthDate);
  errors.push(...checkDebtorIdentity({ kind: debtor.kind, orgNumber, birthDate }, today, PATH));
  const address = input.address ? checkedAddress(input.address, errors) : undefined;
  const warnings: Warning[] = [];
  const municipality = await replacedKommune(
    em,
    debtor.address,
    address,
    optional(input.kommunenummer),
    today,
    errors,
    warnings,
  );
  if (errors.length > 0) return fail(...errors);
  if (name !== undefined) debtor.name = name;
  debtor.orgNumber = orgNumber;
  debtor.birthDate = birthDate;
  if (address) debtor.address = address;
  if (municipality) debtor.municipality = municipality;
  await em.flush();
  return ok({ party: debtor, warnings });
}
