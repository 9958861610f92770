import { byCreditor, nodeType, type TvistModule } from "../../app/module";
import { Objection } from "./objection.entity";
import { CaseObjectionsResolver, ObjectionResolver } from "./objection.resolver";

export const objectionsModule: TvistModule = {
  name: "objections",
  entities: [Objection],
  resolvers: [ObjectionResolver, CaseObjectionsResolver],
  nodeTypes: [nodeType("Objection", Objection, byCreditor)],
};
