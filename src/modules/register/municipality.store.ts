import type { EntityManager } from "@mikro-orm/postgresql";
import { foldedSql } from "../../shared/keyset";

/** Hand-written SQL of the municipality and conciliation_board tables. */

/** Ids of the boards serving a kommune whose name contains `namePattern` (folded LIKE) or whose code starts so. */
export async function boardIdsServingMatch(
  em: EntityManager,
  namePattern: string,
  codePrefix: string,
): Promise<number[]> {
  const rows = await em
    .getConnection()
    .execute<{ board_id: string }[]>(
      `select distinct "board_id" from "municipality" where "board_id" is not null and (${foldedSql('"name"')} like ? or "code" like ?)`,
      [namePattern, codePrefix],
    );
  return rows.map((r) => Number(r.board_id));
}

/** Whether a board still serves a kommune row other than `leaving` (of any period) or is named by a forliksklage. */
export async function boardStillUsed(em: EntityManager, boardId: number, leaving: readonly number[]): Promise<boolean> {
  const [row] = await em
    .getConnection()
    .execute<{ used: boolean }[]>(
      `select exists (select 1 from "municipality" where "board_id" = ? and not ("id" = any(?::bigint[]))) or exists (select 1 from "conciliation_case" where "board_id" = ?) as "used"`,
      [boardId, `{${leaving.join(",")}}`, boardId],
    );
  return row?.used ?? false;
}
