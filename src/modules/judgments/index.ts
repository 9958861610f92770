import { byCreditor, nodeType, type TvistModule } from "../../app/module";
import { EnforcementPetition, Judgment } from "./judgment.entity";
import {
  CaseDisputeResolver,
  ConciliationJudgmentResolver,
  EnforcementPetitionResolver,
  JudgmentResolver,
} from "./judgment.resolver";

export const judgmentsModule: TvistModule = {
  name: "judgments",
  entities: [Judgment, EnforcementPetition],
  resolvers: [JudgmentResolver, EnforcementPetitionResolver, CaseDisputeResolver, ConciliationJudgmentResolver],
  nodeTypes: [
    nodeType("Judgment", Judgment, byCreditor),
    nodeType("EnforcementPetition", EnforcementPetition, byCreditor),
  ],
};
