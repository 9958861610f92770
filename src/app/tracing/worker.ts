import { startTracing } from "./index";

// Imported first by worker.ts: the instrumentations must patch http and pg before anything requires them.
startTracing("tvist-worker");
