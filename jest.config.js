/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  // Tests run the workspace packages from source, like tsconfig.json's paths; processes they start use the builds.
  moduleNameMapper: {
    "^@tvist/plugin-sdk$": "<rootDir>/packages/plugin-sdk/src/index.ts",
    "^@tvist/plugin-sdk/contract$": "<rootDir>/packages/plugin-sdk/src/contract.ts",
    "^@tvist/client$": "<rootDir>/packages/client/src/index.ts",
    "^@tvist/plugin-(conta|kravia)$": "<rootDir>/plugins/$1/index.ts",
  },
  globalSetup: "<rootDir>/test/support/global-setup.ts",
  globalTeardown: "<rootDir>/test/support/global-teardown.ts",
  setupFiles: ["<rootDir>/test/support/setup-env.ts"],
  testTimeout: 30000,
  maxWorkers: 2,
  testSequencer: "<rootDir>/test/support/sequencer.js",
};
