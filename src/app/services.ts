import type { Logger } from "pino";
import type { Config } from "./config";
import type { EventSink } from "../events/command";
import type { DocumentStorage } from "../modules/documents/storage";
import type { EventBus } from "../events/pubsub";
import type { PluginRegistry } from "../modules/plugins/registry";

/** Process-wide collaborators handed to every request. */
export interface AppServices {
  config: Config;
  logger: Logger;
  /** Run inside every command's transaction after its events are flushed. */
  eventSinks: EventSink[];
  /** Bytes of uploaded documents. */
  documents: DocumentStorage;
  /** Committed events fanned out to this process (caseEvents subscriptions); absent when not started. */
  eventBus?: EventBus;
  /** Plugins enabled by PLUGINS, options validated. */
  plugins: PluginRegistry;
}
