import { byCreditor, nodeType, type TvistModule } from "../../app/module";
import { EnforcementMeasure } from "./enforcement-measure.entity";

export const enforcementModule: TvistModule = {
  name: "enforcement",
  entities: [EnforcementMeasure],
  // EnforcementMeasureResolver and CaseEnforcementResolver are declared with the complaints resolver.
  resolvers: [],
  nodeTypes: [nodeType("EnforcementMeasure", EnforcementMeasure, byCreditor)],
};
