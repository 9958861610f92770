import { CaseComplaintsDocument, ComplaintReconsiderDocument, ComplaintsPageDocument } from "../generated/graphql";
import { startTestApp, type TestApp } from "../support/app";
import { complaintFixture, type ComplaintFixture } from "../support/complaints";
import { createOrm } from "../../src/db/orm";
import { markOverdueComplaints } from "../../src/modules/complaints/overdue.sweep";
import { startOverdueJob } from "../../src/modules/complaints/overdue.job";
import { fixedClock } from "../../src/shared/clock";

let app: TestApp;
let f: ComplaintFixture;
let caseId: string;
/** Received 2026-05-20, due 2026-06-10: overdue on 2026-06-15. */
let late: string;
/** Received 2026-06-01, due 2026-06-22. */
let current: string;
/** Received 2026-05-01, due 2026-05-22, but decided. */
let decided: string;

const overdueEvents = () => app.count("case_event", "type = 'complaint.overdue'");
const mark = (today: string) =>
  markOverdueComplaints(app.orm.em.fork(), app.services, today, new Date(`${today}T06:00:00Z`));

beforeAll(async () => {
  app = await startTestApp({ clock: fixedClock("2026-06-15T10:00:00Z") });
  f = await complaintFixture(app);
  caseId = await f.openCase();
  late = (await f.submitted(caseId, { receivedOn: "2026-05-20" })).id;
  current = (await f.submitted(caseId, { receivedOn: "2026-06-01" })).id;
  decided = (
    await f.submitted(caseId, { receivedOn: "2026-05-01", desiredOutcome: "OTHER", desiredOutcomeText: "Beklagelse." })
  ).id;
  const upheld = await app.ok(ComplaintReconsiderDocument, {
    input: {
      complaintId: decided,
      decision: "UPHELD",
      reason: "Saksbehandlingen var feil.",
      reconsideredOn: "2026-05-15",
    },
  });
  expect(upheld.complaintReconsider.userErrors).toEqual([]);
});
afterAll(async () => app?.close());

describe("SLA: decision due 3 weeks after receipt", () => {
  it("lists complaints undecided past their due date with overdue: true, by the request's clock", async () => {
    const overdue = await app.ok(ComplaintsPageDocument, { filter: { caseId, overdue: true } });
    expect(overdue.complaints.nodes).toEqual([
      { id: late, status: "RECEIVED", dueOn: "2026-06-10", overdue: true, case: { id: caseId } },
    ]);
    const notOverdue = await app.ok(ComplaintsPageDocument, { filter: { caseId, overdue: false } });
    expect(notOverdue.complaints.nodes.map((k) => [k.id, k.dueOn, k.overdue])).toEqual([
      [current, "2026-06-22", false],
      [decided, "2026-05-22", false],
    ]);
    const all = await app.ok(ComplaintsPageDocument, { filter: { caseId }, first: 2 });
    expect(all.complaints.nodes.map((k) => k.id)).toEqual([late, current]);
    expect(all.complaints.pageInfo.hasNextPage).toBe(true);
    const rest = await app.ok(ComplaintsPageDocument, {
      filter: { caseId },
      first: 2,
      after: all.complaints.pageInfo.endCursor,
    });
    expect(rest.complaints.nodes.map((k) => k.id)).toEqual([decided]);
    const byStatus = await app.ok(ComplaintsPageDocument, { filter: { caseId, status: ["DECIDED"] } });
    expect(byStatus.complaints.nodes.map((k) => k.id)).toEqual([decided]);

    // the due date itself is not overdue: a clock on 2026-06-10 sees nothing overdue
    const earlier = await startTestApp({ clock: fixedClock("2026-06-10T10:00:00Z") });
    try {
      const g = await complaintFixture(earlier);
      const other = await g.openCase();
      await g.submitted(other, { receivedOn: "2026-05-20" });
      expect((await earlier.ok(ComplaintsPageDocument, { filter: { overdue: true } })).complaints.nodes).toEqual([]);
    } finally {
      await earlier.close();
    }
  });
});

describe("the overdue job", () => {
  it("emits complaint.overdue exactly once per complaint: reruns, later runs, concurrent runs and a restart add nothing", async () => {
    expect(await overdueEvents()).toBe(0);
    expect(await mark("2026-06-15")).toBe(1);
    expect(await overdueEvents()).toBe(1);
    const read = await app.ok(CaseComplaintsDocument, { id: caseId });
    expect(read.case!.timeline.nodes.at(-1)).toMatchObject({
      type: "complaint.overdue",
      actor: "system",
      summary: "Complaint received 2026-05-20 is undecided past its due date 2026-06-10",
      statusBefore: "ACTIVE",
      statusAfter: "ACTIVE",
      data: { complaintId: late, receivedOn: "2026-05-20", dueOn: "2026-06-10", status: "RECEIVED", forwardedTo: null },
    });
    expect(read.case!.complaints.find((k) => k.id === late)!.overdueNotifiedAt).toBe("2026-06-15T06:00:00.000Z");
    expect(read.case!.complaints.find((k) => k.id === current)!.overdueNotifiedAt).toBeNull();

    expect(await mark("2026-06-15")).toBe(0);
    expect(await mark("2026-06-22")).toBe(0);
    expect(await overdueEvents()).toBe(1);

    // the next day the second complaint is overdue too; two runners at once emit it once
    const runs = await Promise.all([mark("2026-06-23"), mark("2026-06-23"), mark("2026-06-23")]);
    expect(runs.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await overdueEvents()).toBe(2);

    // a restart: a new process over the same database, whose job runs at start and every interval
    const orm = await createOrm(app.databaseUrl, { poolMax: 2 });
    const job = startOverdueJob({
      orm,
      services: app.services,
      clock: fixedClock("2026-07-01T10:00:00Z"),
      intervalMs: 20,
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await job.runOnce()).toBe(0);
    } finally {
      await job.stop();
      await orm.close(true);
    }
    expect(await overdueEvents()).toBe(2);
  });

  it("runs on its interval: a complaint that falls due is marked by the timer, once", async () => {
    const other = await f.openCase();
    const k = await f.submitted(other, { receivedOn: "2026-06-14" });
    const before = await overdueEvents();
    const job = startOverdueJob({
      orm: app.orm,
      services: app.services,
      clock: fixedClock("2026-07-06T10:00:00Z"),
      intervalMs: 25,
    });
    try {
      const deadline = Date.now() + 10_000;
      while ((await overdueEvents()) === before && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 25));
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      await job.stop();
    }
    expect(await overdueEvents()).toBe(before + 1);
    const rows = await app.sql<{ type: string; data: { complaintId: string } }>(
      `select type, data from case_event where type = 'complaint.overdue' order by id desc limit 1`,
    );
    expect(rows[0]!.data.complaintId).toBe(k.id);
    // stopped: nothing runs any more
    const stopped = await overdueEvents();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await overdueEvents()).toBe(stopped);
  });
});
