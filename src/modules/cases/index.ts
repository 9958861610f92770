import { byCreditor, nodeType, type TvistModule } from "../../app/module";
import { canSeeCreditor } from "../access/auth";
import { CaseEvent } from "./case-event.entity";
import { CaseResolver } from "./case.resolver";
import { ClaimOrigin } from "./claim-origin";
import { CollectionCase } from "./collection-case.entity";
import { CaseTransaction, CollectionStep } from "./money.entities";

export const casesModule: TvistModule = {
  name: "cases",
  entities: [CollectionCase, CaseEvent, CollectionStep, CaseTransaction, ClaimOrigin],
  resolvers: [CaseResolver],
  nodeTypes: [
    nodeType("Case", CollectionCase, byCreditor),
    nodeType("CaseEvent", CaseEvent, (auth, e) => canSeeCreditor(auth, e.creditorId)),
  ],
};
