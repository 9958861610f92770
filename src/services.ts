import type { Logger } from "pino";
import type { Config } from "./config";

/** Process-wide collaborators handed to every request. */
export interface AppServices {
  config: Config;
  logger: Logger;
}
