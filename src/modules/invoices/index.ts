import { byCreditor, nodeType, type TvistModule } from "../../app/module";
import { Invoice } from "./invoice.entity";
import { InvoiceResolver } from "./invoice.resolver";

export const invoicesModule: TvistModule = {
  name: "invoices",
  entities: [Invoice],
  resolvers: [InvoiceResolver],
  nodeTypes: [nodeType("Invoice", Invoice, byCreditor)],
};
