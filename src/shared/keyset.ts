import type { EntityManager } from "@mikro-orm/postgresql";
import { raw, type EntityName, type FilterQuery } from "@mikro-orm/core";
import { GraphQLError } from "graphql";
import { decodeCursor, toPage, type Page } from "./pagination";

export interface PageRequest {
  first: number;
  after?: string | null;
}

/** Escapes LIKE wildcards so that a search term matches literally. */
export function likeEscape(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

// The database may run with the C locale, where lower() folds ASCII only: fold Norwegian and Sami capitals explicitly.
const FOLD_FROM = "ÆØÅÄÖÜÁÀÉÈÏČĐŊŠŦŽ";
const FOLD_TO = "æøåäöüáàéèïčđŋšŧž";

/** SQL that lower-cases a column (given as `alias."column"`), Norwegian and Sami letters included. */
export function foldedSql(column: string): string {
  return `lower(translate(${column}, '${FOLD_FROM}', '${FOLD_TO}'))`;
}

/** The LIKE pattern matching `term` anywhere in a folded column. */
export function containsPattern(term: string): string {
  return `%${likeEscape(term.toLowerCase())}%`;
}

/** A filter: the column contains `term`, in any case. */
export function containsFolded<T>(column: string, term: string): FilterQuery<T> {
  return {
    [raw((alias: string) => foldedSql(`${alias}."${column}"`))]: { $like: containsPattern(term) },
  } as FilterQuery<T>;
}

/**
 * One keyset page ordered by a string column then id: `where` AND (sort, id) > cursor, limit first + 1.
 * A cursor that is not one of ours is a malformed request (top-level BAD_USER_INPUT).
 */
export async function findPage<T extends { id: number }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  sortField: keyof T & string,
  page: PageRequest,
): Promise<Page<T>> {
  const conditions: unknown[] = [where];
  if (page.after) {
    const cursor = decodeCursor(page.after);
    if (!cursor || typeof cursor[0] !== "string") {
      throw new GraphQLError(
        "The cursor `after` is not valid here: pass the endCursor of the previous page of the same list.",
        {
          extensions: { code: "BAD_USER_INPUT", argument: "after" },
        },
      );
    }
    const [value, id] = cursor;
    conditions.push({ $or: [{ [sortField]: { $gt: value } }, { [sortField]: value, id: { $gt: id } }] });
  }
  const rows = await em.find(entity, { $and: conditions } as FilterQuery<T>, {
    orderBy: { [sortField]: "asc", id: "asc" } as never,
    limit: page.first + 1,
  });
  return toPage(rows, page.first, (row) => row[sortField] as string);
}

export function emptyPage<T>(): Page<T> {
  return { nodes: [], edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
}
