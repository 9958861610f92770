import type { TvistModule } from "../../app/module";
import { IdempotencyKey } from "./idempotency-key.entity";

export const idempotencyModule: TvistModule = {
  name: "idempotency",
  entities: [IdempotencyKey],
  resolvers: [],
};
