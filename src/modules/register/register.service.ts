import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { FilterQuery } from "@mikro-orm/core";
import type { Loaders } from "../../graphql/loaders";
import { idOf } from "../../shared/global-id";
import { containsFolded, containsPattern, findPage, likeEscape, type PageRequest } from "../../shared/keyset";
import type { LocalDate } from "../../shared/local-date";
import type { Page } from "../../shared/pagination";
import { ok } from "../../shared/result";
import { PostalAddress } from "../parties/address";
import { normaliseAddress, type AddressFields } from "../parties/address.rules";
import { checkName } from "../parties/parties.rules";
import { addressFailures } from "../parties/address.rules";
import type { ConciliationBoardFailure, MunicipalityFailure, RegisterFailure } from "./register.errors";
import { refuse, type Outcome } from "../../shared/outcome";
import { ConciliationBoard } from "./conciliation-board.entity";
import { Municipality } from "./municipality.entity";
import { boardNameFor, codeFailures, overlapFailures, periodFailures } from "./register.rules";
import { boardIdsServingMatch, boardStillUsed } from "./municipality.store";

/** Rows valid on a date: validFrom <= date <= validTo (open-ended when validTo is null). */
function validOnFilter(date: LocalDate): FilterQuery<Municipality> {
  return { validFrom: { $lte: date }, $or: [{ validTo: null }, { validTo: { $gte: date } }] };
}

/** The register row of a kommunenummer valid on a date, or null when the code is unknown or not valid then. */
export async function resolveMunicipality(
  em: EntityManager,
  code: string,
  onDate: LocalDate,
): Promise<Municipality | null> {
  return em.findOne(Municipality, { $and: [{ code }, validOnFilter(onDate)] });
}

export interface MunicipalityFilter {
  search?: string | null;
  countyCode?: string | null;
  validOn: LocalDate;
}

/** Kommuner valid on a date, ordered by code; search matches a part of the name (any case) or the start of the code. */
export async function listMunicipalities(
  em: EntityManager,
  filter: MunicipalityFilter,
  page: PageRequest,
): Promise<Page<Municipality>> {
  const conditions: FilterQuery<Municipality>[] = [validOnFilter(filter.validOn)];
  if (filter.countyCode) conditions.push({ countyCode: filter.countyCode });
  const term = filter.search?.trim();
  if (term)
    conditions.push({ $or: [containsFolded<Municipality>("name", term), { code: { $like: `${likeEscape(term)}%` } }] });
  return findPage(em, Municipality, { $and: conditions }, "code", page);
}

/** Forliksråd ordered by name; search matches the board's name or the name or code of a kommune it serves. */
export async function listConciliationBoards(
  em: EntityManager,
  search: string | null | undefined,
  page: PageRequest,
): Promise<Page<ConciliationBoard>> {
  const term = search?.trim();
  let where: FilterQuery<ConciliationBoard> = {};
  if (term) {
    const serving = await boardIdsServingMatch(em, containsPattern(term), `${likeEscape(term)}%`);
    where = { $or: [containsFolded<ConciliationBoard>("name", term), { id: { $in: serving } }] };
  }
  return findPage(em, ConciliationBoard, where, "name", page);
}

export async function findMunicipality(em: EntityManager, globalId: string): Promise<Municipality | null> {
  const id = idOf(globalId, "Municipality");
  return id === undefined ? null : em.findOne(Municipality, { id });
}

export async function findConciliationBoard(em: EntityManager, globalId: string): Promise<ConciliationBoard | null> {
  const id = idOf(globalId, "ConciliationBoard");
  return id === undefined ? null : em.findOne(ConciliationBoard, { id });
}

/** The kommuner a board serves on a date, ordered by code; batched per request and date. */
export function municipalitiesOfBoard(loaders: Loaders, boardId: number, date: LocalDate): Promise<Municipality[]> {
  return loaders
    .named(
      `register.boardMunicipalities:${date}`,
      (em) =>
        new DataLoader<number, Municipality[]>(async (boardIds) => {
          const rows = await em.find(
            Municipality,
            { $and: [{ board: { $in: [...boardIds] } }, validOnFilter(date)] },
            { orderBy: { code: "asc", id: "asc" } },
          );
          return boardIds.map((id) => rows.filter((m) => m.board?.id === id));
        }),
    )
    .load(boardId);
}

/** A kommune's neighbours, ordered by code; batched per request. */
export function neighboursOf(loaders: Loaders, municipality: Municipality): Promise<Municipality[]> {
  return loaders
    .named(
      "register.neighbours",
      (em) =>
        new DataLoader<Municipality, Municipality[], number>(
          async (rows) => {
            await em.populate(rows as Municipality[], ["neighbours"]);
            return rows.map((m) =>
              [...m.neighbours.getItems()].sort((a, b) => a.code.localeCompare(b.code) || a.id - b.id),
            );
          },
          { cacheKeyFn: (m) => m.id },
        ),
    )
    .load(municipality);
}

export interface MunicipalityCreateFields {
  code: string;
  name: string;
  countyCode: string;
  countyName?: string | null;
  validFrom: string;
  validTo?: string | null;
  boardId?: string | null;
}

/** Adds a register row. Without boardId the kommune gets its own board "<official name> forliksråd". */
export async function createMunicipality(
  em: EntityManager,
  input: MunicipalityCreateFields,
): Promise<Outcome<Municipality, MunicipalityFailure>> {
  const path: string[] = [];
  const code = input.code.trim();
  const countyCode = input.countyCode.trim();
  const name = input.name.trim();
  const validTo = input.validTo ?? null;
  const errors: MunicipalityFailure[] = [
    ...codeFailures(code, countyCode, path),
    ...checkName(name, [...path, "name"]),
    ...periodFailures(input.validFrom, validTo, path),
  ];
  if (errors.length === 0) {
    const sameCode = await em.find(Municipality, { code });
    errors.push(...overlapFailures(code, { validFrom: input.validFrom, validTo }, sameCode, [...path, "validFrom"]));
  }
  let countyName = input.countyName?.trim() || null;
  if (!countyName && /^\d{2}$/.test(countyCode)) {
    countyName =
      (await em.findOne(Municipality, { countyCode }, { orderBy: { validFrom: "desc", id: "desc" } }))?.countyName ??
      null;
    if (!countyName) errors.push({ code: "UNKNOWN_COUNTY", field: [...path, "countyName"], countyCode });
  }
  let board: ConciliationBoard | null = null;
  if (input.boardId != null) {
    board = await findConciliationBoard(em, input.boardId);
    if (!board) errors.push(unknownBoard(input.boardId, [...path, "boardId"]));
  }
  if (errors.length > 0) return refuse(...errors);
  const municipality = new Municipality(code, name, countyCode, countyName!, input.validFrom);
  municipality.validTo = validTo;
  municipality.board = board ?? new ConciliationBoard(boardNameFor(name));
  await em.persist(municipality).flush();
  return ok(municipality);
}

export interface MunicipalityUpdateFields {
  id: string;
  name?: string | null;
  /** Omitted: unchanged; null: in force again (open-ended). */
  validTo?: string | null;
  boardId?: string | null;
  /** Replaces the neighbours; the relation is kept symmetric. */
  neighbourIds?: string[] | null;
}

export async function updateMunicipality(
  em: EntityManager,
  input: MunicipalityUpdateFields,
): Promise<Outcome<Municipality, MunicipalityFailure>> {
  const path: string[] = [];
  const municipality = await findMunicipality(em, input.id);
  if (!municipality)
    return refuse<MunicipalityFailure>({ code: "UNKNOWN_MUNICIPALITY", field: [...path, "id"], id: input.id });
  const errors: MunicipalityFailure[] = [];
  const name = input.name?.trim();
  if (input.name != null) errors.push(...checkName(name!, [...path, "name"]));
  if (input.validTo !== undefined) {
    const periodErrors = periodFailures(municipality.validFrom, input.validTo, path);
    errors.push(...periodErrors);
    if (periodErrors.length === 0) {
      const others = await em.find(Municipality, { code: municipality.code, id: { $ne: municipality.id } });
      errors.push(
        ...overlapFailures(municipality.code, { validFrom: municipality.validFrom, validTo: input.validTo }, others, [
          ...path,
          "validTo",
        ]),
      );
    }
  }
  let board: ConciliationBoard | null = null;
  if (input.boardId != null) {
    board = await findConciliationBoard(em, input.boardId);
    if (!board) errors.push(unknownBoard(input.boardId, [...path, "boardId"]));
  }
  let neighbours: Municipality[] | null = null;
  if (input.neighbourIds != null) {
    neighbours = [];
    for (const [i, gid] of input.neighbourIds.entries()) {
      const field = [...path, "neighbourIds", String(i)];
      const n = await findMunicipality(em, gid);
      if (!n) errors.push({ code: "UNKNOWN_MUNICIPALITY", field, id: gid });
      else if (n.id === municipality.id)
        errors.push({ code: "INVALID_NEIGHBOUR", field, kommunenummer: municipality.code, name: municipality.name });
      else if (!neighbours.includes(n)) neighbours.push(n);
    }
  }
  if (errors.length > 0) return refuse(...errors);

  if (name !== undefined) municipality.name = name;
  if (input.validTo !== undefined) municipality.validTo = input.validTo;
  if (board) municipality.board = board;
  if (neighbours) {
    await em.populate(municipality, ["neighbours"]);
    const before = municipality.neighbours.getItems();
    await em.populate([...before, ...neighbours], ["neighbours"]);
    for (const old of before) if (!neighbours.includes(old)) old.neighbours.remove(municipality);
    for (const n of neighbours) if (!n.neighbours.contains(municipality)) n.neighbours.add(municipality);
    municipality.neighbours.set(neighbours);
  }
  await em.flush();
  return ok(municipality);
}

export interface ConciliationBoardFields {
  name: string;
  address?: AddressFields | null;
  municipalityCodes: string[];
}

export interface ConciliationBoardUpdateFields {
  id: string;
  name?: string | null;
  /** Omitted: unchanged; null: removed. */
  address?: AddressFields | null;
  /** The kommuner the board serves from today on; replaces the set. */
  municipalityCodes?: string[] | null;
}

/** A board for the kommuner given (valid today); they move from their previous board. */
export async function createConciliationBoard(
  em: EntityManager,
  input: ConciliationBoardFields,
  today: LocalDate,
): Promise<Outcome<ConciliationBoard, ConciliationBoardFailure>> {
  const path: string[] = [];
  const name = input.name.trim();
  const address = input.address ? normaliseAddress(input.address) : null;
  const errors: ConciliationBoardFailure[] = [...checkName(name, [...path, "name"])];
  if (address) errors.push(...addressFailures(address, [...path, "address"]));
  const served = await municipalitiesByCode(em, input.municipalityCodes, today, path, errors);
  if (errors.length > 0) return refuse(...errors);
  const board = new ConciliationBoard(name);
  board.address = address && new PostalAddress(address.street, address.postalCode, address.city, address.country);
  for (const m of served) m.board = board;
  await em.persist(board).flush();
  return ok(board);
}

/** Renames, re-addresses or changes the kommuner of a board; a kommune it stops serving must have got another board first. */
export async function updateConciliationBoard(
  em: EntityManager,
  input: ConciliationBoardUpdateFields,
  today: LocalDate,
): Promise<Outcome<ConciliationBoard, ConciliationBoardFailure>> {
  const path: string[] = [];
  const board = await findConciliationBoard(em, input.id);
  if (!board) return refuse(unknownBoard(input.id, [...path, "id"]));
  const errors: ConciliationBoardFailure[] = [];
  const name = input.name?.trim();
  if (input.name != null) errors.push(...checkName(name!, [...path, "name"]));
  const address = input.address ? normaliseAddress(input.address) : input.address;
  if (address) errors.push(...addressFailures(address, [...path, "address"]));
  let served: Municipality[] | null = null;
  if (input.municipalityCodes != null) {
    served = await municipalitiesByCode(em, input.municipalityCodes, today, path, errors);
    const current = await em.find(
      Municipality,
      { $and: [{ board }, validOnFilter(today)] },
      { orderBy: { code: "asc" } },
    );
    for (const m of current) {
      if (!served.includes(m)) {
        errors.push({
          code: "MUNICIPALITY_WITHOUT_BOARD",
          field: [...path, "municipalityCodes"],
          kommunenummer: m.code,
          name: m.name,
        });
      }
    }
  }
  if (errors.length > 0) return refuse(...errors);
  if (name !== undefined) board.name = name;
  if (address !== undefined)
    board.address = address && new PostalAddress(address.street, address.postalCode, address.city, address.country);
  if (served) for (const m of served) m.board = board;
  await em.flush();
  return ok(board);
}

/** The rows valid today of the codes given (duplicates ignored); an unknown code adds an error. */
async function municipalitiesByCode(
  em: EntityManager,
  codes: string[],
  today: LocalDate,
  path: string[],
  errors: ConciliationBoardFailure[],
): Promise<Municipality[]> {
  const trimmed = codes.map((c) => c.trim());
  const rows =
    trimmed.length === 0
      ? []
      : await em.find(Municipality, { $and: [{ code: { $in: [...new Set(trimmed)] } }, validOnFilter(today)] });
  const byCode = new Map(rows.map((m) => [m.code, m]));
  const found: Municipality[] = [];
  for (const [i, code] of trimmed.entries()) {
    const m = byCode.get(code);
    if (!m)
      errors.push({
        code: "UNKNOWN_MUNICIPALITY",
        field: [...path, "municipalityCodes", String(i)],
        kommunenummer: code,
        today,
      });
    else if (!found.includes(m)) found.push(m);
  }
  return found;
}

function unknownBoard(gid: string, field: string[]): Extract<RegisterFailure, { code: "UNKNOWN_BOARD" }> {
  return { code: "UNKNOWN_BOARD", field, id: gid };
}

// ---- Merging kommuner into one (interkommunalt) forliksråd ----

export interface ConciliationBoardMergeFields {
  /** Kommunenummer (in force today) of the kommuner to serve from one board. */
  municipalityCodes: string[];
  /** An existing board to merge them into; else a new board named `name`. */
  intoBoardId?: string | null;
  /** The name of the new board, or a new name for intoBoardId's board, e.g. "Vesterålen forliksråd". */
  name?: string | null;
  address?: AddressFields | null;
}

export interface BoardMerge {
  board: ConciliationBoard;
  /** Global ids of boards left serving nothing and used by no case, which were removed. */
  removedBoardIds: string[];
}

/**
 * Lets one board serve every kommune given (a shared forliksråd, domstolloven § 27), from today, in one flush. Their
 * previous boards are removed when they serve no other kommune row of any period and no forliksklage names them;
 * else they stay for history.
 */
export async function mergeConciliationBoards(
  em: EntityManager,
  input: ConciliationBoardMergeFields,
  today: LocalDate,
): Promise<Outcome<BoardMerge, ConciliationBoardFailure>> {
  const path: string[] = [];
  const errors: ConciliationBoardFailure[] = [];
  const name = input.name?.trim();
  if (input.name != null) errors.push(...checkName(name!, [...path, "name"]));
  const address = input.address ? normaliseAddress(input.address) : null;
  if (address) errors.push(...addressFailures(address, [...path, "address"]));
  let target: ConciliationBoard | null = null;
  if (input.intoBoardId != null) {
    target = await findConciliationBoard(em, input.intoBoardId);
    if (!target) errors.push(unknownBoard(input.intoBoardId, [...path, "intoBoardId"]));
  } else if (input.name == null) {
    errors.push({ code: "MISSING_NAME", field: [...path, "name"], forMerge: true });
  }
  const served = await municipalitiesByCode(em, input.municipalityCodes, today, path, errors);
  const already = target ? await em.find(Municipality, { $and: [{ board: target }, validOnFilter(today)] }) : [];
  if (errors.length === 0 && new Set([...already, ...served]).size < 2) {
    errors.push({ code: "TOO_FEW_MUNICIPALITIES", field: [...path, "municipalityCodes"] });
  }
  if (errors.length > 0) return refuse(...errors);

  const board = target ?? new ConciliationBoard(name!);
  if (target && name) board.name = name;
  if (address) board.address = new PostalAddress(address.street, address.postalCode, address.city, address.country);
  const previous = [
    ...new Set(
      served.map((m) => m.board).filter((b): b is ConciliationBoard => b !== null && b !== undefined && b !== board),
    ),
  ];
  const servedIds = served.map((m) => m.id);
  const removedBoardIds: string[] = [];
  for (const old of previous) {
    if (!(await boardStillUsed(em, old.id, servedIds))) {
      removedBoardIds.push(old.globalId);
      em.remove(old);
    }
  }
  for (const m of served) m.board = board;
  em.persist(board);
  await em.flush();
  return ok({ board, removedBoardIds });
}
