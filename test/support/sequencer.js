// Runs the slow process-level suites first so that they overlap with the rest instead of trailing at the end.
const Sequencer = require("@jest/test-sequencer").default;

const FIRST = [
  "boot-process.test.ts",
  "webhook-stranded.test.ts",
  "idempotency-crash.test.ts",
  "database-outage-process.test.ts",
  "webhook-crash.test.ts",
  "fuzz.test.ts",
  "isolation.test.ts",
  "playground.test.ts",
];

class SlowFirstSequencer extends Sequencer {
  sort(tests) {
    const rank = (t) => {
      const i = FIRST.findIndex((name) => t.path.endsWith(name));
      return i === -1 ? FIRST.length : i;
    };
    return super.sort(tests).sort((a, b) => rank(a) - rank(b));
  }
}

module.exports = SlowFirstSequencer;
