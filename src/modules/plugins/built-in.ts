/** Plugins shipped with tvist (workspace packages under plugins/): PLUGINS may name them by id. */
export const BUILT_IN_PLUGINS: Readonly<Record<string, string>> = {
  conta: "@tvist/plugin-conta",
  kravia: "@tvist/plugin-kravia",
};
