import { ArgsType, type ClassType, Field, Int, ObjectType } from "type-graphql";
import { GraphQLError } from "graphql";

export const MAX_PAGE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${MAX_PAGE}.` })
  first!: number;

  @Field(() => String, { nullable: true, description: "Opaque cursor: the endCursor of the previous page." })
  after?: string | null;
}

/** The answer to a page size out of range: BAD_USER_INPUT naming the argument, the range and the way on. */
export function pageSizeError(first: number): GraphQLError {
  return new GraphQLError(
    `first is ${first}; a page holds 1 to ${MAX_PAGE} items. Ask for at most ${MAX_PAGE} and fetch the next page with after: pageInfo.endCursor.`,
    {
      extensions: { code: "BAD_USER_INPUT", argumentName: "first", min: 1, max: MAX_PAGE },
    },
  );
}

/**
 * The schema's argument check (buildSchema's validateFn), run for the arguments of every field: a page size
 * (PageArgs and every class extending it) outside 1..MAX_PAGE is a client error. Text, ids and money are checked
 * by shared/input-check.
 */
export function validateArgs(arg: unknown): void {
  if (arg instanceof PageArgs && !(Number.isInteger(arg.first) && arg.first >= 1 && arg.first <= MAX_PAGE))
    throw pageSizeError(arg.first);
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Page<T> {
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
}

export function connectionType<T extends object>(name: string, node: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} objects (Relay connection, keyset-paginated).` })
  class Connection implements Page<T> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [node])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return Connection;
}

/** Cursor of a keyset position: the sort value and the id that breaks ties. */
export function encodeCursor(sortValue: string | number, id: number): string {
  return Buffer.from(JSON.stringify([sortValue, id])).toString("base64url");
}

export function decodeCursor(cursor: string): [string | number, number] | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      (typeof parsed[0] === "string" || typeof parsed[0] === "number") &&
      Number.isInteger(parsed[1])
    ) {
      return [parsed[0], parsed[1] as number];
    }
  } catch {
    /* fall through */
  }
  return undefined;
}

/** Builds a page from rows fetched with limit first + 1. */
export function toPage<T extends { id: number }>(
  rows: T[],
  first: number,
  sortValue: (row: T) => string | number,
): Page<T> {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(sortValue(node), node.id), node }));
  return {
    nodes,
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/** The keyset position of an `after` cursor; a malformed cursor is a client error. */
export function afterCursor(after: string | null | undefined): [string | number, number] | undefined {
  if (!after) return undefined;
  const cursor = decodeCursor(after);
  if (!cursor) {
    throw new GraphQLError("The cursor is not one this API gave out: pass a pageInfo.endCursor unchanged.", {
      extensions: { code: "BAD_USER_INPUT", argumentName: "after" },
    });
  }
  return cursor;
}
