import type { TvistModule } from "../../app/module";
import {
  IngestResolver,
  InvoicePushResultResolver,
  MoneyPushPartResolver,
  MoneyPushResultResolver,
} from "./ingest.resolver";

export const ingestModule: TvistModule = {
  name: "ingest",
  entities: [],
  resolvers: [IngestResolver, InvoicePushResultResolver, MoneyPushResultResolver, MoneyPushPartResolver],
};
