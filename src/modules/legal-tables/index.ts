import type { TvistModule } from "../../app/module";
import { LegalTableRow, LegalTableStaleNotice } from "./legal-table-row.entity";
import { LegalTableResolver } from "./legal-table.resolver";

export const legalTablesModule: TvistModule = {
  name: "legal-tables",
  entities: [LegalTableRow, LegalTableStaleNotice],
  resolvers: [LegalTableResolver],
};
