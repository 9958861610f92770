import type { TvistModule } from "../../app/module";
import { AccessResolver } from "./access.resolver";
import { ApiKey } from "./api-key.entity";

export const accessModule: TvistModule = {
  name: "access",
  entities: [ApiKey],
  resolvers: [AccessResolver],
};
