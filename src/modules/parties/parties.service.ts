import type { EntityManager } from "@mikro-orm/postgresql";
import type { FilterQuery } from "@mikro-orm/core";
import { idOf } from "../../shared/global-id";
import { containsFolded, emptyPage, findPage, likeEscape, type PageRequest } from "../../shared/keyset";
import type { LocalDate } from "../../shared/local-date";
import type { Page } from "../../shared/pagination";
import { ok } from "../../shared/result";
import { refuse, type Outcome } from "../../shared/outcome";
import { forgetCachedKeys } from "../access/access.service";
import { ApiKey } from "../access/api-key.entity";
import { canSeeCreditor, creditorScope, type Auth } from "../access/auth";
import { resolveMunicipality } from "../register/register.service";
import type { Municipality } from "../register/municipality.entity";
import { findPostalCode } from "../register/postal-code.service";
import { kommuneWarnings, type Warning } from "../register/postal-code.rules";
import { PostalAddress } from "./address";
import { addressFailures, normaliseAddress, type AddressFields } from "./address.rules";
import { Creditor } from "./creditor.entity";
import { Debtor, type DebtorKind } from "./debtor.entity";
import {
  checkDebtorIdentity,
  checkKommunenummerShape,
  checkName,
  checkOrgNumber,
  normaliseOrgNumber,
} from "./parties.rules";
import type { CreditorFailure, DebtorFailure, PartyFailure } from "./parties.errors";

/** Warnings point into the mutation's input. */
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
async function kommuneToday(
  em: EntityManager,
  code: string,
  today: LocalDate,
  errors: PartyFailure[],
): Promise<Municipality | null> {
  const path = ["kommunenummer"];
  const shape = checkKommunenummerShape(code, path);
  if (shape.length > 0) {
    errors.push(...shape);
    return null;
  }
  const found = await resolveMunicipality(em, code, today);
  if (!found) errors.push({ code: "UNKNOWN_KOMMUNE", field: path, why: "NOT_IN_FORCE", kommunenummer: code, today });
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
async function placeParty(
  em: EntityManager,
  address: PostalAddress,
  given: string | null,
  today: LocalDate,
  errors: PartyFailure[],
  warnings: Warning[],
): Promise<Municipality | null> {
  const addressOk = !errors.some((e) => e.field[0] === "address");
  const postal = addressOk && address.country === "NO" ? await findPostalCode(em, address.postalCode) : null;
  if (addressOk && address.country === "NO" && !postal) {
    errors.push({ code: "UNKNOWN_POSTAL_CODE", field: ["address", "postalCode"], postalCode: address.postalCode });
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
    if (addressOk && address.country !== "NO") errors.push({ code: "MISSING_KOMMUNE", field: ["kommunenummer"] });
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
    errors.push({
      code: "UNKNOWN_KOMMUNE",
      field: ["kommunenummer"],
      why: "POSTNUMMER_KOMMUNE_NOT_IN_FORCE",
      postalCode: postal.code,
      kommunenummer: postal.kommunenummer,
      today,
    });
  return municipality;
}

/** An update's kommune: with a new address, placed as on create; with only a kommunenummer, compared with the kept address. Undefined: unchanged. */
async function replacedKommune(
  em: EntityManager,
  current: PostalAddress,
  address: PostalAddress | undefined,
  given: string | null,
  today: LocalDate,
  errors: PartyFailure[],
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

function checkedAddress(input: AddressFields, errors: PartyFailure[]): PostalAddress {
  const a = normaliseAddress(input);
  errors.push(...addressFailures(a, ["address"]));
  return new PostalAddress(a.street, a.postalCode, a.city, a.country);
}

interface PlaceFields {
  address?: AddressFields | null;
  kommunenummer?: string | null;
}

/** A new party's address and kommune, checked into `errors`. */
async function newPlace(
  em: EntityManager,
  input: PlaceFields & { address: AddressFields },
  today: LocalDate,
  errors: PartyFailure[],
) {
  const address = checkedAddress(input.address, errors);
  const warnings: Warning[] = [];
  const municipality = await placeParty(em, address, optional(input.kommunenummer), today, errors, warnings);
  return { address, municipality, warnings };
}

/** An update's address and kommune (undefined: unchanged), checked into `errors`. */
async function updatedPlace(
  em: EntityManager,
  current: PostalAddress,
  input: PlaceFields,
  today: LocalDate,
  errors: PartyFailure[],
) {
  const address = input.address ? checkedAddress(input.address, errors) : undefined;
  const warnings: Warning[] = [];
  const municipality = await replacedKommune(
    em,
    current,
    address,
    optional(input.kommunenummer),
    today,
    errors,
    warnings,
  );
  return { address, municipality, warnings };
}

/** Org numbers are unique among the creditors a key sees: another tenant's creditor never blocks or shows through. */
async function checkOrgNumberFree(
  em: EntityManager,
  auth: Auth,
  orgNumber: string,
  exceptId: number | null,
  errors: PartyFailure[],
): Promise<void> {
  const visible = auth.creditorIds === "all" ? {} : { $in: [...auth.creditorIds] };
  const taken = await em.findOne(Creditor, {
    orgNumber,
    id: { ...visible, ...(exceptId === null ? {} : { $ne: exceptId }) },
  });
  if (taken) errors.push({ code: "DUPLICATE_ORG_NUMBER", field: ["orgNumber"], orgNumber });
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
): Promise<Outcome<Placed<Creditor>, CreditorFailure>> {
  const name = input.name.trim();
  const orgNumber = normaliseOrgNumber(input.orgNumber);
  const errors: CreditorFailure[] = [...checkName(name, ["name"])];
  const orgErrors = checkOrgNumber(orgNumber, ["orgNumber"]);
  errors.push(...orgErrors);
  if (orgErrors.length === 0) await checkOrgNumberFree(em, auth, orgNumber, null, errors);
  const { address, municipality, warnings } = await newPlace(em, input, today, errors);
  if (errors.length > 0) return refuse(...errors);
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
): Promise<Outcome<Placed<Creditor>, CreditorFailure>> {
  const creditor = await findCreditor(em, auth, input.id);
  if (!creditor) return refuse<CreditorFailure>({ code: "UNKNOWN_CREDITOR", field: ["id"], id: input.id });
  const errors: CreditorFailure[] = [];
  const name = input.name?.trim();
  if (name !== undefined) errors.push(...checkName(name, ["name"]));
  const orgNumber = input.orgNumber == null ? undefined : normaliseOrgNumber(input.orgNumber);
  if (orgNumber !== undefined) {
    const orgErrors = checkOrgNumber(orgNumber, ["orgNumber"]);
    errors.push(...orgErrors);
    if (orgErrors.length === 0) await checkOrgNumberFree(em, auth, orgNumber, creditor.id, errors);
  }
  const { address, municipality, warnings } = await updatedPlace(em, creditor.address, input, today, errors);
  if (errors.length > 0) return refuse(...errors);
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
): Promise<Outcome<Placed<Debtor>, DebtorFailure>> {
  const creditor = await findCreditor(em, auth, input.creditorId);
  const errors: DebtorFailure[] = [];
  if (!creditor) errors.push({ code: "UNKNOWN_CREDITOR", field: ["creditorId"], id: input.creditorId });
  const name = input.name.trim();
  errors.push(...checkName(name, ["name"]));
  const orgNumber = optional(input.orgNumber, normaliseOrgNumber);
  const birthDate = optional(input.birthDate);
  errors.push(...checkDebtorIdentity({ kind: input.kind, orgNumber, birthDate }, today, []));
  const { address, municipality, warnings } = await newPlace(em, input, today, errors);
  if (errors.length > 0) return refuse(...errors);
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
): Promise<Outcome<Placed<Debtor>, DebtorFailure>> {
  const debtor = await findDebtor(em, auth, input.id);
  if (!debtor) return refuse<DebtorFailure>({ code: "UNKNOWN_DEBTOR", field: ["id"], id: input.id });
  const errors: DebtorFailure[] = [];
  const name = input.name?.trim();
  if (name !== undefined) errors.push(...checkName(name, ["name"]));
  const orgNumber = input.orgNumber === undefined ? debtor.orgNumber : optional(input.orgNumber, normaliseOrgNumber);
  const birthDate = input.birthDate === undefined ? debtor.birthDate : optional(input.birthDate);
  errors.push(...checkDebtorIdentity({ kind: debtor.kind, orgNumber, birthDate }, today, []));
  const { address, municipality, warnings } = await updatedPlace(em, debtor.address, input, today, errors);
  if (errors.length > 0) return refuse(...errors);
  if (name !== undefined) debtor.name = name;
  debtor.orgNumber = orgNumber;
  debtor.birthDate = birthDate;
  if (address) debtor.address = address;
  if (municipality) debtor.municipality = municipality;
  await em.flush();
  return ok({ party: debtor, warnings });
}
