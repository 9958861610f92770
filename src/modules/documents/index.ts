import type { TvistModule } from "../../app/module";
import { Document } from "./document.entity";
import { DocumentResolver } from "./document.resolver";

export const documentsModule: TvistModule = {
  name: "documents",
  entities: [Document],
  resolvers: [DocumentResolver],
};
