import type { Logger } from "pino";
import type { Config } from "./config";
import type { EventSink } from "./events/command";
import type { PluginRegistry } from "./plugins/registry";

/** Process-wide collaborators handed to every request. */
export interface AppServices {
  config: Config;
  logger: Logger;
  /** Run inside every command's transaction after its events are flushed. */
  eventSinks: EventSink[];
  /** Plugins enabled by PLUGINS, options validated. */
  plugins: PluginRegistry;
}
