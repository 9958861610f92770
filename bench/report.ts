import fs from "node:fs";
import path from "node:path";
import type { ProfileRun, ReadOptions, ReadResult, StatementCount } from "./read";
import type { IngestResult } from "./ingest";
import { WARMUP_S, type EventsResult } from "./events";
import { SETTLE_MS } from "./cluster";

export interface Report {
  date: string;
  command: string;
  machine: {
    cpu: string;
    cores: number;
    memoryGb: number;
    node: string;
    postgres: string;
    loadStart: number[];
    loadEnd: number[];
  };
  read: ReadOptions;
  reads: ReadResult[];
  statements: StatementCount[];
  /** Why the 1M tier is missing, when it is. */
  scaleNote?: string;
  quick: boolean;
  profile?: ProfileRun;
  rawProfile?: ProfileRun;
  ingest: IngestResult;
  events: EventsResult[];
  wallS: number;
}

const n0 = (x: number) => Math.round(x).toLocaleString("en-US").replace(/,/g, " ");
const n1 = (x: number) => x.toFixed(1);
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(" / ");

export function writeReport(r: Report, root: string): string {
  const out: string[] = [];
  const line = (s = "") => out.push(s);
  const main = r.reads[0]!;
  line("# Benchmarks");
  line();
  line(
    `Written by \`${r.command}\` (bench/run.ts) on ${r.date}. Every figure below is from that one run; the notes at the end are by hand.${r.quick ? " **Quick run** (one short round per server): for development only." : ""}`,
  );
  line();
  line("## Machine");
  line();
  line("| CPU | cores | memory | Node | PostgreSQL | load average (1/5/15 min) at start | at end |");
  line("|---|---|---|---|---|---|---|");
  line(
    `| ${r.machine.cpu} | ${r.machine.cores} | ${n1(r.machine.memoryGb)} GB | ${r.machine.node} | ${r.machine.postgres} (embedded, loopback, fsync off) | ${load(r.machine.loadStart)} | ${load(r.machine.loadEnd)} |`,
  );
  line();
  line(
    `Whole run: ${n0(r.wallS)} s. The server, the raw baseline and autocannon each run in their own process (tvist with NODE_ENV=production, compiled by tsc); they share the machine's ${r.machine.cores} cores with PostgreSQL. A load average above the core count means other work competed: compare the ratios (measured in alternating rounds of the same run) rather than the absolute figures.`,
  );
  line();
  line("## Read: a page of cases with debtor, invoice and latest event");
  line();
  line(
    `\`cases(first: ${r.read.first})\` with \`debtor { id name }\`, \`invoice { id invoiceNumber dueDate }\`, \`latestEvent { id type occurredAt }\` and pageInfo, over HTTP with a READ key bound to one creditor of ten; each request asks for a different page (\`after\` spread over the whole table). autocannon, ${r.read.connections} connections, ${r.read.warmupS} s warm-up then ${r.read.durationS} s measured, ${r.read.rounds} alternating round(s) per server. **RAW BASELINE**: bare node:http + pg sending the same four statements and answering the same \`data\` (checked byte for byte before timing).`,
  );
  line();
  line("| invoices | server | req/s | p50 ms | p99 ms | server CPU ms/request | errors | bytes/response |");
  line("|---|---|---|---|---|---|---|---|");
  for (const rd of r.reads) {
    line(
      `| ${n0(rd.invoices)} | tvist (${pct(rd.ratio)} of raw) | **${n0(rd.tvist.rps)}** | ${n1(rd.tvist.p50)} | ${n1(rd.tvist.p99)} | ${rd.tvist.cpuMs.toFixed(2)} | ${rd.tvist.errors} | ${n0(rd.tvist.bytesPerRequest)} |`,
    );
    line(
      `| ${n0(rd.invoices)} | RAW BASELINE | ${n0(rd.raw.rps)} | ${n1(rd.raw.p50)} | ${n1(rd.raw.p99)} | ${rd.raw.cpuMs.toFixed(2)} | ${rd.raw.errors} | ${n0(rd.raw.bytesPerRequest)} |`,
    );
  }
  line();
  line(
    `**Ratio tvist / raw at ${n0(main.invoices)} invoices: ${pct(main.ratio)} of the raw baseline's req/s** (target ≥ 50 %: ${main.ratio >= 0.5 ? "met" : "NOT met"}). Server CPU per request, a figure less sensitive to other load on the machine: raw / tvist = ${pct(main.raw.cpuMs / main.tvist.cpuMs)}.`,
  );
  line();
  line("<details><summary>Every round</summary>");
  line();
  line("| invoices | round | server | req/s | p50 ms | p90 ms | p99 ms | max ms | requests | server CPU ms/request |");
  line("|---|---|---|---|---|---|---|---|---|---|");
  for (const rd of r.reads) {
    rd.rounds.forEach((x, i) =>
      line(
        `| ${n0(rd.invoices)} | ${Math.floor(i / 2) + 1} | ${x.target} | ${n0(x.result.rps)} | ${x.result.p50} | ${x.result.p90} | ${x.result.p99} | ${x.result.max} | ${n0(x.result.requests)} | ${(x.result.serverCpuMs ?? 0).toFixed(2)} |`,
      ),
    );
  }
  line();
  line("</details>");
  line();
  line("## SQL statements per request");
  line();
  line(
    "The same page at 10 and at 100 cases, counted by the ORM's query hook (`onQuery` in src/db/orm.ts) on a warm API-key cache.",
  );
  line();
  line("| cases on the page | tvist statements | raw baseline statements |");
  line("|---|---|---|");
  for (const s of r.statements) line(`| ${s.first} | ${s.tvist} | ${s.raw} |`);
  line();
  const equal = r.statements.every((s) => s.tvist === r.statements[0]!.tvist);
  line(
    `Equal at every page size: **${equal ? "yes" : "NO"}**. The statements tvist sent for the ${r.statements.at(-1)!.first}-case page:`,
  );
  line();
  line("```sql");
  for (const s of r.statements.at(-1)!.tvistStatements)
    line(s.replace(/\s+/g, " ").replace(/\((\d+(, \d+){8})(, \d+)+\)/g, "($1, …)"));
  line("```");
  line();
  line("## Scale: the read benchmark at 10 000 and 1 000 000 invoices");
  line();
  if (r.reads.length > 1) {
    const big0 = r.reads.at(-1)!;
    line(
      `Seeded straight in SQL (generate_series, foreign-key triggers off, indexes rebuilt after the load, then ANALYZE): ${n0(big0.invoices)} invoices and cases, ${n0(big0.invoices / 4)} debtors, ${n0(big0.invoices * 1.5)} events, in ${n1(big0.seedMs / 1000)} s. Each request asks for a page after a random position in the whole table.`,
    );
    line();
    const big = r.reads.at(-1)!;
    const f = big.tvist.p50 / main.tvist.p50;
    line(
      `p50 of tvist at ${n0(big.invoices)} invoices over p50 at ${n0(main.invoices)}: **${n1(big.tvist.p50)} / ${n1(main.tvist.p50)} ms = ${f.toFixed(2)}×** (target ≤ 1.5×: ${f <= 1.5 ? "met" : "NOT met"}). Raw baseline: ${n1(big.raw.p50)} / ${n1(main.raw.p50)} ms = ${(big.raw.p50 / main.raw.p50).toFixed(2)}×. The figures are in the read table above.`,
    );
  } else {
    line(`The 1 000 000-invoice tier is not in this run: ${r.scaleNote ?? "skipped"}.`);
  }
  line();
  line("## Ingest: invoicesPush");
  line();
  const ig = r.ingest;
  line(
    `${n0(ig.shape.invoices)} invoices for ${n0(ig.shape.customers)} customers (half persons, half businesses) in the conta plugin's JSON, pushed through \`invoicesPush\` in batches of ${ig.shape.batchSize} over HTTP, one request at a time, by a WRITE key bound to the creditor, into a fresh migrated database. Every item must come back \`created\`. **RAW BASELINE**: the same rows (debtor when new, invoice, collection case, its invoice.received event) written by one multi-row INSERT per table and batch, one transaction per batch, over one pg connection, into another fresh database. Afterwards both databases must hold the same number of rows in each of those tables (checked: ${Object.entries(
      ig.rows,
    )
      .map(([t, n]) => `${t} ${n0(n)}`)
      .join(", ")}).`,
  );
  line();
  line("| server | invoices/s | whole push s | batch p50 ms | batch p99 ms |");
  line("|---|---|---|---|---|");
  line(
    `| tvist (${pct(ig.ratio)} of raw) | **${n0(ig.tvist.rate)}** | ${n1(ig.tvist.ms / 1000)} | ${n1(ig.tvist.batchP50)} | ${n1(ig.tvist.batchP99)} |`,
  );
  line(
    `| RAW BASELINE | ${n0(ig.raw.rate)} | ${n1(ig.raw.ms / 1000)} | ${n1(ig.raw.batchP50)} | ${n1(ig.raw.batchP99)} |`,
  );
  line();
  line(`**Ratio tvist / raw: ${pct(ig.ratio)}** (target ≥ 25 %: ${ig.ratio >= 0.25 ? "met" : "NOT met"}).`);
  line();
  line("## Events: change → subscription and webhook");
  line();
  const first = r.events[0]!;
  line(
    `State changes on a fixed schedule (\`caseClose\`, ACTIVE → CLOSED, one case each, over HTTP from a driver process, at most ${first.options.maxInFlight} requests open: when tvist cannot keep up, the schedule slips and the rate made says so), while one graphql-ws subscriber to \`caseEvents\` and one webhook endpoint (a receiver on loopback that verifies every Standard Webhooks signature) listen in another process. Latency is from the event's \`occurredAt\` (tvist's clock at the start of the command) to its arrival (the listener's clock, same machine). "worker" says where webhooks are delivered from: a process of their own (\`npm run worker\`, with the API server on \`WEBHOOK_WORKER=false\`) or the API server's process (a single \`npm start\`); WEBHOOK_CONCURRENCY ${first.options.webhookConcurrency}. Each run starts on a fresh database after a CHECKPOINT, a \`sync\` and a ${SETTLE_MS / 1000} s pause (what the benchmarks before it wrote is flushed before, not during, the measured window), then ${WARMUP_S} s of unmeasured changes at its rate (JIT, connection pools, prepared statements); the measured changes start 1 s after every warm-up change has arrived on both paths. After the last change the runner waits for the last deliveries (up to the drain time). The runs at 200/s are the benchmark's rate; the last one shows the same setup below saturation.`,
  );
  line();
  line(
    "| rate asked | worker | seconds | changes made (per s) | failed | mutation p50 / p99 ms | path | received | lost | duplicates | p50 ms | p99 ms | max ms | target |",
  );
  line("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
  const target = (p99: number, lost: number, limit: number) =>
    `p99 ≤ ${limit} ms, none lost: ${p99 <= limit && lost === 0 ? "met" : "NOT met"}`;
  for (const ev of r.events) {
    const head = `| ${ev.options.rate}/s | ${ev.options.worker} | ${ev.options.seconds} | ${n0(ev.changes)} (${n0(ev.changes / ev.changeSeconds)}) | ${ev.failedChanges} | ${n1(ev.mutation.p50)} / ${n1(ev.mutation.p99)}`;
    line(
      `${head} | change → subscription | ${n0(ev.subscription.received)} | ${ev.subscription.missing} | ${ev.subscription.duplicates} | ${n1(ev.subscription.p50)} | ${n1(ev.subscription.p99)} | ${n1(ev.subscription.max)} | ${target(ev.subscription.p99, ev.subscription.missing, 50)} |`,
    );
    line(
      `${head} | change → webhook received | ${n0(ev.webhook.received)} | ${ev.webhook.missing} | ${ev.webhook.duplicates} | ${n1(ev.webhook.p50)} | ${n1(ev.webhook.p99)} | ${n1(ev.webhook.max)} | ${target(ev.webhook.p99, ev.webhook.missing, 500)} |`,
    );
  }
  line();
  for (const ev of r.events) {
    line(
      `At ${ev.options.rate}/s: measured from the mutation's answer instead (commit done; an event can arrive before the answer does), subscription p50 ${n1(ev.subscriptionAfterAnswer.p50)} / p99 ${n1(ev.subscriptionAfterAnswer.p99)} ms, webhook p50 ${n1(ev.webhook.afterAnswerP50)} / p99 ${n1(ev.webhook.afterAnswerP99)} ms. Bad webhook signatures: ${ev.webhook.badSignatures}. Deliveries of these events by status when the drain window (${ev.options.drainS} s) closed: ${
        Object.entries(ev.deliveryStatus)
          .map(([k, v]) => `${k} ${n0(v)}`)
          .join(", ") || "none"
      }. Events missing from the event log: ${ev.eventsMissingFromLog}.`,
    );
    line();
  }
  line(
    "CPU time (user + system) per change made, from the first change to the end of the drain, by process: where the machine's two cores go.",
  );
  line();
  line(
    "| rate asked | worker | tvist API server ms | tvist worker ms | PostgreSQL (all processes) ms | load driver ms | listener ms |",
  );
  line("|---|---|---|---|---|---|---|");
  const ms = (x: number | null) => (x === null ? "–" : x.toFixed(2));
  for (const ev of r.events) {
    const c = ev.cpuMsPerChange;
    line(
      `| ${ev.options.rate}/s | ${ev.options.worker} | ${ms(c.server)} | ${ms(c.worker)} | ${ms(c.postgres)} | ${ms(c.driver)} | ${ms(c.listener)} |`,
    );
  }
  line();
  if (r.profile) {
    const p = r.profile;
    line("## Where the time goes: CPU profile of the tvist server on the read benchmark");
    line();
    line(
      `The V8 CPU profiler (what \`node --cpu-prof\` runs, started through node:inspector so it covers only the measured window, not start-up or warm-up) in the server child during one more ${r.read.durationS} s read run at ${n0(main.invoices)} invoices (${n0(p.result.rps)} req/s under the profiler). ${n0(p.summary.totalMs)} ms of samples on the server's main thread, ${n0(p.summary.idleMs)} ms idle besides. Self time:`,
    );
    line();
    const raw = r.rawProfile?.summary;
    const perReq = (ms: number, run: ProfileRun) => (ms / Math.max(1, run.result.requests)).toFixed(2);
    line(`| area | self ms | share | ms per request${raw ? " | RAW BASELINE ms per request (same profiler)" : ""} |`);
    line(`|---|---|---|---|${raw ? "---|" : ""}`);
    for (const a of p.summary.areas.slice(0, 14)) {
      const rawArea = raw?.areas.find((x) => x.name === a.name);
      line(
        `| ${a.name} | ${n0(a.ms)} | ${pct(a.share)} | ${perReq(a.ms, p)}${raw ? ` | ${rawArea ? perReq(rawArea.ms, r.rawProfile!) : "–"}` : ""} |`,
      );
    }
    if (raw)
      line(
        `| **total (idle excluded)** | ${n0(p.summary.totalMs)} | 100 % | ${perReq(p.summary.totalMs, p)} | ${perReq(raw.totalMs, r.rawProfile!)} |`,
      );
    line();
    line("| function | self ms | share |");
    line("|---|---|---|");
    for (const f of p.summary.functions.slice(0, 20))
      line(`| \`${f.name.replace(/\|/g, "\\|")}\` | ${n0(f.ms)} | ${pct(f.share)} |`);
    line();
  }
  const notes = path.join(root, "bench", "NOTES.md");
  if (fs.existsSync(notes)) {
    line(fs.readFileSync(notes, "utf8").trimEnd());
    line();
  }
  return out.join("\n");
}
