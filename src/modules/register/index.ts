import { nodeType, publicNode, type TvistModule } from "../../app/module";
import { ConciliationBoardMergeResolver } from "./board-merge.resolver";
import { ConciliationBoard } from "./conciliation-board.entity";
import { Municipality } from "./municipality.entity";
import { PostalCode } from "./postal-code.entity";
import { PostalCodeResolver } from "./postal-code.resolver";
import { ConciliationBoardResolver, MunicipalityResolver } from "./register.resolver";

export const registerModule: TvistModule = {
  name: "register",
  entities: [Municipality, ConciliationBoard, PostalCode],
  resolvers: [MunicipalityResolver, ConciliationBoardResolver, ConciliationBoardMergeResolver, PostalCodeResolver],
  nodeTypes: [
    nodeType("Municipality", Municipality, publicNode),
    nodeType("ConciliationBoard", ConciliationBoard, publicNode),
  ],
};
