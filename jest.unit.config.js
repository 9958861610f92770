// `npm run test:unit`: the tests in test/unit, without the PostgreSQL that jest.config.js starts for the rest.
const base = require("./jest.config.js");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ["<rootDir>/test/unit"],
  globalSetup: undefined,
  globalTeardown: undefined,
  testSequencer: undefined,
};
