import { byCreditor, nodeType, type TvistModule } from "../../app/module";
import { EnforcementMeasure } from "./enforcement-measure.entity";
import { EnforcementPetition } from "./enforcement-petition.entity";
import {
  CaseEnforcementResolver,
  EnforcementMeasureResolver,
  EnforcementPetitionResolver,
} from "./enforcement.resolver";

export const enforcementModule: TvistModule = {
  name: "enforcement",
  entities: [EnforcementMeasure, EnforcementPetition],
  resolvers: [EnforcementMeasureResolver, EnforcementPetitionResolver, CaseEnforcementResolver],
  nodeTypes: [
    nodeType("EnforcementMeasure", EnforcementMeasure, byCreditor),
    nodeType("EnforcementPetition", EnforcementPetition, byCreditor),
  ],
};
