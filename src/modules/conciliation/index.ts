import { byCreditor, nodeType, type TvistModule } from "../../app/module";
import { ConciliationCase, HearingAttendance } from "./conciliation-case.entity";
import { ConciliationResolver } from "./conciliation.resolver";
import { CaseVenueResolver, ConciliationVenueResolver } from "./venue.resolver";

export const conciliationModule: TvistModule = {
  name: "conciliation",
  entities: [ConciliationCase, HearingAttendance],
  resolvers: [ConciliationResolver, CaseVenueResolver, ConciliationVenueResolver],
  nodeTypes: [nodeType("ConciliationCase", ConciliationCase, byCreditor)],
};
