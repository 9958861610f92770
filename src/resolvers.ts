import { AccessResolver } from "./modules/access/access.resolver";
import { CreditorResolver, DebtorResolver } from "./modules/parties/parties.resolver";
import { ConciliationBoardResolver, MunicipalityResolver } from "./modules/register/register.resolver";

/** Every resolver class of the schema. */
export const resolvers = [AccessResolver, MunicipalityResolver, ConciliationBoardResolver, CreditorResolver, DebtorResolver];
