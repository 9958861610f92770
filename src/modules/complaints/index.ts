import { byCreditor, nodeType, type TvistModule } from "../../app/module";
import { Complaint } from "./complaint.entity";
import { CaseEnforcementResolver, ComplaintResolver, EnforcementMeasureResolver } from "./complaint.resolver";

export const complaintsModule: TvistModule = {
  name: "complaints",
  entities: [Complaint],
  resolvers: [EnforcementMeasureResolver, ComplaintResolver, CaseEnforcementResolver],
  nodeTypes: [nodeType("Complaint", Complaint, byCreditor)],
};
