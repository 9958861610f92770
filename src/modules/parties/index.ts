import { byCreditor, nodeType, type TvistModule } from "../../app/module";
import { canSeeCreditor } from "../access/auth";
import { PostalAddress } from "./address";
import { Creditor } from "./creditor.entity";
import { CreditorExternalId } from "./creditor-external-id.entity";
import { CreditorExternalIdResolver } from "./creditor-external-ids.resolver";
import { Debtor } from "./debtor.entity";
import { CreditorResolver, DebtorResolver } from "./parties.resolver";

export const partiesModule: TvistModule = {
  name: "parties",
  entities: [PostalAddress, Creditor, CreditorExternalId, Debtor],
  resolvers: [CreditorResolver, CreditorExternalIdResolver, DebtorResolver],
  nodeTypes: [
    nodeType("Creditor", Creditor, (auth, c) => canSeeCreditor(auth, c.id)),
    nodeType("Debtor", Debtor, byCreditor),
  ],
};
