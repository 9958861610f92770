import { AccessResolver } from "./modules/access/access.resolver";
import { CaseResolver } from "./modules/cases/case.resolver";
import { InvoiceResolver } from "./modules/invoices/invoice.resolver";
import { NodeResolver } from "./node.resolver";
import { DocumentResolver } from "./modules/documents/document.resolver";
import { CaseObjectionsResolver, ObjectionResolver } from "./modules/objections/objection.resolver";

/** Every resolver class of the schema. */
export const resolvers = [AccessResolver, InvoiceResolver, CaseResolver, NodeResolver, DocumentResolver, ObjectionResolver, CaseObjectionsResolver];
