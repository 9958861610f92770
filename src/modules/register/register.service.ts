import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { FilterQuery } from "@mikro-orm/core";
import type { Loaders } from "../../graphql/loaders";
import { idOf } from "../../shared/global-id";
import {
  containsFolded,
  containsPattern,
  findPage,
  foldedSql,
  likeEscape,
  type PageRequest,
} from "../../shared/keyset";
import type { LocalDate } from "../../shared/local-date";
import type { Page } from "../../shared/pagination";
import { fail, failure, ok, type Failure, type Result } from "../../shared/result";
import { PostalAddress } from "../parties/address";
import { checkAddress, normaliseAddress, type AddressFields } from "../parties/address.rules";
import { checkName as checkPartyName } from "../parties/parties.rules";
import { partyUserError } from "../parties/parties.errors";
import { ConciliationBoard } from "./conciliation-board.entity";
import { Municipality } from "./municipality.entity";
import {
  boardNameFor,
  checkCode,
  checkNoOverlap,
  checkPeriod,
  type ConciliationBoardErrorCode,
  type MunicipalityErrorCode,
} from "./register.rules";

/** The name rule parties use, its failures as userErrors at `path`. */
const checkName = (name: string, path: string[]) => checkPartyName(name, path).map((f) => partyUserError(f, []));

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
    const serving = await em
      .getConnection()
      .execute<{ board_id: string }[]>(
        `select distinct "board_id" from "municipality" where "board_id" is not null and (${foldedSql('"name"')} like ? or "code" like ?)`,
        [containsPattern(term), `${likeEscape(term)}%`],
      );
    where = {
      $or: [containsFolded<ConciliationBoard>("name", term), { id: { $in: serving.map((r) => Number(r.board_id)) } }],
    };
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
): Promise<Result<Municipality, MunicipalityErrorCode>> {
  const path = ["input"];
  const code = input.code.trim();
  const countyCode = input.countyCode.trim();
  const name = input.name.trim();
  const validTo = input.validTo ?? null;
  const errors: Failure<MunicipalityErrorCode>[] = [
    ...checkCode(code, countyCode, path),
    ...checkName(name, [...path, "name"]),
    ...checkPeriod(input.validFrom, validTo, path),
  ];
  if (errors.length === 0) {
    const sameCode = await em.find(Municipality, { code });
    errors.push(...checkNoOverlap(code, { validFrom: input.validFrom, validTo }, sameCode, [...path, "validFrom"]));
  }
  let countyName = input.countyName?.trim() || null;
  if (!countyName && /^\d{2}$/.test(countyCode)) {
    countyName =
      (await em.findOne(Municipality, { countyCode }, { orderBy: { validFrom: "desc", id: "desc" } }))?.countyName ??
      null;
    if (!countyName)
      errors.push(
        failure(
          "UNKNOWN_COUNTY",
          [...path, "countyName"],
          `No kommune is registered in fylke ${countyCode} yet: give countyName too.`,
        ),
      );
  }
  let board: ConciliationBoard | null = null;
  if (input.boardId != null) {
    board = await findConciliationBoard(em, input.boardId);
    if (!board) errors.push(unknownBoard(input.boardId, [...path, "boardId"]));
  }
  if (errors.length > 0) return fail(...errors);
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
): Promise<Result<Municipality, MunicipalityErrorCode>> {
  const path = ["input"];
  const municipality = await findMunicipality(em, input.id);
  if (!municipality)
    return fail(
      failure(
        "UNKNOWN_MUNICIPALITY",
        [...path, "id"],
        `No kommune row with id ${input.id}: use an id from the municipalities query.`,
      ),
    );
  const errors: Failure<MunicipalityErrorCode>[] = [];
  const name = input.name?.trim();
  if (input.name != null) errors.push(...checkName(name!, [...path, "name"]));
  if (input.validTo !== undefined) {
    const periodErrors = checkPeriod(municipality.validFrom, input.validTo, path);
    errors.push(...periodErrors);
    if (periodErrors.length === 0) {
      const others = await em.find(Municipality, { code: municipality.code, id: { $ne: municipality.id } });
      errors.push(
        ...checkNoOverlap(municipality.code, { validFrom: municipality.validFrom, validTo: input.validTo }, others, [
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
      if (!n)
        errors.push(
          failure(
            "UNKNOWN_MUNICIPALITY",
            field,
            `No kommune row with id ${gid}: use an id from the municipalities query.`,
          ),
        );
      else if (n.id === municipality.id)
        errors.push(
          failure(
            "INVALID_NEIGHBOUR",
            field,
            `${municipality.code} ${municipality.name} cannot be its own neighbour: leave it out of neighbourIds.`,
          ),
        );
      else if (!neighbours.includes(n)) neighbours.push(n);
    }
  }
  if (errors.length > 0) return fail(...errors);

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
): Promise<Result<ConciliationBoard, ConciliationBoardErrorCode>> {
  const path = ["input"];
  const name = input.name.trim();
  const address = input.address ? normaliseAddress(input.address) : null;
  const errors: Failure<ConciliationBoardErrorCode>[] = [...checkName(name, [...path, "name"])];
  if (address) errors.push(...checkAddress(address, [...path, "address"]));
  const served = await municipalitiesByCode(em, input.municipalityCodes, today, path, errors);
  if (errors.length > 0) return fail(...errors);
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
): Promise<Result<ConciliationBoard, ConciliationBoardErrorCode>> {
  const path = ["input"];
  const board = await findConciliationBoard(em, input.id);
  if (!board) return fail(unknownBoard(input.id, [...path, "id"]));
  const errors: Failure<ConciliationBoardErrorCode>[] = [];
  const name = input.name?.trim();
  if (input.name != null) errors.push(...checkName(name!, [...path, "name"]));
  const address = input.address ? normaliseAddress(input.address) : input.address;
  if (address) errors.push(...checkAddress(address, [...path, "address"]));
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
        errors.push(
          failure(
            "MUNICIPALITY_WITHOUT_BOARD",
            [...path, "municipalityCodes"],
            `Kommune ${m.code} ${m.name} would have no forliksråd: give it another board first (municipalityUpdate with boardId, or that board's conciliationBoardUpdate), or keep its code in the list.`,
          ),
        );
      }
    }
  }
  if (errors.length > 0) return fail(...errors);
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
  errors: Failure<ConciliationBoardErrorCode>[],
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
      errors.push(
        failure(
          "UNKNOWN_MUNICIPALITY",
          [...path, "municipalityCodes", String(i)],
          `No kommune with code "${code}" is in force on ${today}: use a code from the municipalities query.`,
        ),
      );
    else if (!found.includes(m)) found.push(m);
  }
  return found;
}

function unknownBoard(gid: string, field: string[]): Failure<"UNKNOWN_BOARD"> {
  return failure("UNKNOWN_BOARD", field, `No forliksråd with id ${gid}: use an id from the conciliationBoards query.`);
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
): Promise<Result<BoardMerge, ConciliationBoardErrorCode>> {
  const path = ["input"];
  const errors: Failure<ConciliationBoardErrorCode>[] = [];
  const name = input.name?.trim();
  if (input.name != null) errors.push(...checkName(name!, [...path, "name"]));
  const address = input.address ? normaliseAddress(input.address) : null;
  if (address) errors.push(...checkAddress(address, [...path, "address"]));
  let target: ConciliationBoard | null = null;
  if (input.intoBoardId != null) {
    target = await findConciliationBoard(em, input.intoBoardId);
    if (!target) errors.push(unknownBoard(input.intoBoardId, [...path, "intoBoardId"]));
  } else if (input.name == null) {
    errors.push(
      failure(
        "MISSING_NAME",
        [...path, "name"],
        'Name the shared board, e.g. "Vesterålen forliksråd", or give intoBoardId to merge into an existing board.',
      ),
    );
  }
  const served = await municipalitiesByCode(em, input.municipalityCodes, today, path, errors);
  const already = target ? await em.find(Municipality, { $and: [{ board: target }, validOnFilter(today)] }) : [];
  if (errors.length === 0 && new Set([...already, ...served]).size < 2) {
    errors.push(
      failure(
        "TOO_FEW_MUNICIPALITIES",
        [...path, "municipalityCodes"],
        "A merge joins at least two kommuner in one board: list the kommunenummer of every kommune to share it.",
      ),
    );
  }
  if (errors.length > 0) return fail(...errors);

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
    const [row] = await em
      .getConnection()
      .execute<{ used: boolean }[]>(
        `select exists (select 1 from "municipality" where "board_id" = ? and not ("id" = any(?::bigint[]))) or exists (select 1 from "conciliation_case" where "board_id" = ?) as "used"`,
        [old.id, `{${servedIds.join(",")}}`, old.id],
      );
    if (!row?.used) {
      removedBoardIds.push(old.globalId);
      em.remove(old);
    }
  }
  for (const m of served) m.board = board;
  em.persist(board);
  await em.flush();
  return ok({ board, removedBoardIds });
}
