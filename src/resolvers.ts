import { AccessResolver } from "./modules/access/access.resolver";
import { CaseResolver } from "./modules/cases/case.resolver";
import { DocumentResolver } from "./modules/documents/document.resolver";
import { InvoiceResolver } from "./modules/invoices/invoice.resolver";
import { NodeResolver } from "./node.resolver";
import { CaseEnforcementResolver, ComplaintResolver, EnforcementMeasureResolver } from "./modules/complaints/complaint.resolver";

/** Every resolver class of the schema. */
export const resolvers = [AccessResolver, InvoiceResolver, CaseResolver, DocumentResolver, NodeResolver, EnforcementMeasureResolver, ComplaintResolver, CaseEnforcementResolver];
