import type { EntityManager } from "@mikro-orm/postgresql";
import type { Auth } from "../modules/access/auth";
import type { Clock } from "../shared/clock";
import type { Loaders } from "./loaders";
import type { AppServices } from "../app/services";

export interface Context {
  em: EntityManager;
  auth: Auth | null;
  clock: Clock;
  loaders: Loaders;
  services: AppServices;
}
