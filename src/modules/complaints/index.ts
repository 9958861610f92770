import { byCreditor, nodeType, type TvistModule } from "../../app/module";
import { Complaint } from "./complaint.entity";
import { CaseComplaintsResolver, ComplaintResolver } from "./complaint.resolver";

export const complaintsModule: TvistModule = {
  name: "complaints",
  entities: [Complaint],
  resolvers: [ComplaintResolver, CaseComplaintsResolver],
  nodeTypes: [nodeType("Complaint", Complaint, byCreditor)],
};
