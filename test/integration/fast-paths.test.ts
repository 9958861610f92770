import { CaseCloseDocument, CasesByFragmentDocument, InvoiceRegisterDocument } from "../generated/graphql";
import { startTestApp, type TestApp } from "../support/app";
import { createCreditor, createDebtor } from "../support/factories";
import { fixedClock } from "../../src/shared/clock";
import { toGlobalId } from "../../src/shared/global-id";
import * as direct from "../../src/graphql/fast/direct-resolvers";
import { buildAppSchema } from "../../src/graphql/schema";
import { createLoaders } from "../../src/graphql/loaders";
import { listCases } from "../../src/modules/cases/case.service";
import { CollectionCase } from "../../src/modules/cases/collection-case.entity";
import { Invoice } from "../../src/modules/invoices/invoice.entity";
import { Scope } from "../../src/modules/access/api-key.entity";
import type { Auth } from "../../src/modules/access/auth";

// Two servers over one database: fast paths on (the default) and off (FAST_PATHS=false).
let fast: TestApp;
let slow: TestApp;
const caseIds: string[] = [];

beforeAll(async () => {
  const clock = fixedClock("2026-11-23T12:00:00Z");
  fast = await startTestApp({ clock, env: { FAST_PATHS: "true" } });
  slow = await startTestApp({ clock, env: { FAST_PATHS: "false" }, attachTo: fast, worker: false });
  const creditor = await createCreditor(fast, { name: "Bryter Regnskap AS" });
  const debtor = await createDebtor(fast, creditor, { name: "Kari Nordmann" });
  for (let i = 0; i < 4; i++) {
    const data = await fast.ok(InvoiceRegisterDocument, {
      input: {
        creditorId: toGlobalId("Creditor", creditor.id),
        debtorId: toGlobalId("Debtor", debtor.id),
        invoiceNumber: `F-${i}`,
        sourceSystem: "conta",
        externalId: `fast-${i}`,
        issueDate: "2026-09-01",
        dueDate: "2026-09-15",
        amount: 10_000 * (i + 1),
      },
    });
    caseIds.push(data.invoiceRegister.case!.id);
  }
});
afterAll(async () => {
  await slow?.close();
  await fast?.close();
});

describe("FAST_PATHS", () => {
  it("is read from the configuration of each server", () => {
    expect(fast.config.fastPaths).toBe(true);
    expect(slow.config.fastPaths).toBe(false);
  });

  it("false builds the schema with type-graphql's own resolvers (no direct resolvers)", async () => {
    const spy = jest.spyOn(direct, "directResolvers");
    try {
      await buildAppSchema(slow.services);
      expect(spy).not.toHaveBeenCalled();
      await buildAppSchema(fast.services);
      expect(spy).toHaveBeenCalledTimes(1);
      expect(spy.mock.results[0]!.value).toBeGreaterThan(0);
    } finally {
      spy.mockRestore();
    }
  });

  it("false reads rows through the ORM's hydration (managed entities); true reads lean rows (unmanaged)", async () => {
    const auth: Auth = { keyId: 0, keyName: "test", scopes: new Set([Scope.READ]), creditorIds: "all" };
    const managed = async (fastPaths: boolean) => {
      const em = fast.orm.em.fork();
      const loaders = createLoaders(em, fastPaths);
      const page = await listCases(loaders.rows, auth, {}, 10);
      const invoice = await loaders.load(Invoice, page.nodes[0]!.invoice.id);
      const uow = em.getUnitOfWork();
      return [
        loaders.rows.lean(CollectionCase) !== undefined,
        page.nodes.map((c) => uow.getById(CollectionCase.name, c.id) === c),
        uow.getById(Invoice.name, invoice!.id) === invoice,
      ];
    };
    expect(await managed(true)).toEqual([true, [false, false, false, false], false]);
    expect(await managed(false)).toEqual([false, [true, true, true, true], true]);
  });

  it("gives the same page of cases in the same statements either way", async () => {
    const key = await fast.createKey([Scope.READ], "all");
    const read = async (app: TestApp) => {
      await app.ok(CasesByFragmentDocument, { first: 4 }, key); // warms the key cache
      app.queries.length = 0;
      const data = await app.ok(CasesByFragmentDocument, { first: 4 }, key);
      return { data, statements: app.queries.length };
    };
    const lean = await read(fast);
    const orm = await read(slow);
    expect(lean.data.cases.nodes).toHaveLength(4);
    expect(orm).toEqual(lean);
  });

  it("gives the same caseClose answer either way", async () => {
    const close = async (app: TestApp, caseId: string) =>
      (await app.ok(CaseCloseDocument, { input: { caseId, reason: "Gave up" } })).caseClose;
    const a = await close(fast, caseIds[2]!);
    const b = await close(slow, caseIds[3]!);
    expect(a.userErrors).toEqual([]);
    expect(b.userErrors).toEqual([]);
    const { id: _a, principalAmount: pa, outstandingAmount: oa, ...restA } = a.case!;
    const { id: _b, principalAmount: pb, outstandingAmount: ob, ...restB } = b.case!;
    expect([pa, oa, pb, ob]).toEqual([30_000, 30_000, 40_000, 40_000]);
    expect(restB).toEqual(restA);
  });
});
