import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { GLOBAL_ADMIN } from "../access/auth";
import { ConciliationBoard } from "./conciliation-board.entity";
import { ConciliationBoardMergeInput } from "./register.inputs";
import { ConciliationBoardMergePayload } from "./register.payloads";
import { mergeConciliationBoards } from "./register.service";
import { conciliationBoardUserErrors } from "./register.errors";

/** The register change only a global administrator makes: kommuner sharing one forliksråd. */
@Resolver(() => ConciliationBoard)
export class ConciliationBoardMergeResolver {
  @Authorized(GLOBAL_ADMIN)
  @Mutation(() => ConciliationBoardMergePayload, {
    description:
      "Merges kommuner into one shared (interkommunalt) forliksråd from today: an existing board (intoBoardId) or a new one (name). Previous boards left serving nothing and named by no forliksklage are removed. Global admin only.",
  })
  async conciliationBoardMerge(
    @Arg("input") input: ConciliationBoardMergeInput,
    @Ctx() ctx: Context,
  ): Promise<ConciliationBoardMergePayload> {
    const result = await mergeConciliationBoards(ctx.em, input, ctx.clock.today());
    return result.ok
      ? { conciliationBoard: result.value.board, removedBoardIds: result.value.removedBoardIds, userErrors: [] }
      : { conciliationBoard: null, removedBoardIds: [], userErrors: conciliationBoardUserErrors(result.errors) };
  }
}
