import { AccessResolver } from "./modules/access/access.resolver";
import { DocumentResolver } from "./modules/documents/document.resolver";

/** Every resolver class of the schema. */
export const resolvers = [AccessResolver, DocumentResolver];
