import { AccessResolver } from "./modules/access/access.resolver";
import { CaseResolver } from "./modules/cases/case.resolver";
import { InvoiceResolver } from "./modules/invoices/invoice.resolver";
import { NodeResolver } from "./node.resolver";
import { IngestResolver, InvoicePushResultResolver, MoneyPushResultResolver } from "./modules/ingest/ingest.resolver";

/** Every resolver class of the schema. */
export const resolvers = [AccessResolver, InvoiceResolver, CaseResolver, NodeResolver, IngestResolver, InvoicePushResultResolver, MoneyPushResultResolver];
