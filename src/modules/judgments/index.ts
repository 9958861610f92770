import { byCreditor, nodeType, type TvistModule } from "../../app/module";
import { Judgment } from "./judgment.entity";
import { CaseDisputeResolver, ConciliationJudgmentResolver, JudgmentResolver } from "./judgment.resolver";

export const judgmentsModule: TvistModule = {
  name: "judgments",
  entities: [Judgment],
  resolvers: [JudgmentResolver, CaseDisputeResolver, ConciliationJudgmentResolver],
  nodeTypes: [nodeType("Judgment", Judgment, byCreditor)],
};
