import { AccessResolver } from "./modules/access/access.resolver";

/** Every resolver class of the schema. */
export const resolvers = [AccessResolver];
