import type { TvistModule } from "../app/module";
import { EventsResolver } from "./events.resolver";

/** The caseEvents feed (query and subscription); its entity, CaseEvent, belongs to the cases module. */
export const eventsModule: TvistModule = {
  name: "events",
  entities: [],
  resolvers: [EventsResolver],
};
