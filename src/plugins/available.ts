import type { TvistPlugin } from "./port";
import { plugin as conta } from "../../plugins/conta";
import { plugin as kravia } from "../../plugins/kravia";

/** Every plugin shipped in plugins/; PLUGINS picks which are enabled. Append new plugins here. */
export const AVAILABLE_PLUGINS: readonly TvistPlugin<never>[] = [conta, kravia] as TvistPlugin<never>[];
