import { ReferenceKind, type EntityClass } from "@mikro-orm/core";
import {
  CaseIdsPageDocument,
  CasesByFragmentDocument,
  InvoiceRegisterDocument,
  PaymentRegisterDocument,
  CollectionStepRecordDocument,
} from "../generated/graphql";
import { startTestApp, type TestApp } from "../support/app";
import { createCreditor, createDebtor } from "../support/factories";
import { fixedClock } from "../../src/shared/clock";
import { toGlobalId } from "../../src/shared/global-id";
import { leanOf, leanQuery } from "../../src/graphql/fast/lean";
import { Scope } from "../../src/modules/access/api-key.entity";
import { DebtorKind, Debtor } from "../../src/modules/parties/debtor.entity";
import { Creditor } from "../../src/modules/parties/creditor.entity";
import { Invoice } from "../../src/modules/invoices/invoice.entity";
import { CollectionCase } from "../../src/modules/cases/collection-case.entity";
import { CaseEvent } from "../../src/modules/cases/case-event.entity";
import { Municipality } from "../../src/modules/register/municipality.entity";

let app: TestApp;
let key: string;

beforeAll(async () => {
  app = await startTestApp({ clock: fixedClock("2026-11-23T12:00:00Z") });
  const creditor = await createCreditor(app, { name: "Lean Regnskap AS" });
  const person = await createDebtor(app, creditor, { name: "Ola Nordmann" });
  const company = await createDebtor(app, creditor, { name: "Fjord AS", kind: DebtorKind.ORGANISATION });
  const ids: string[] = [];
  for (let i = 0; i < 4; i++) {
    const data = await app.ok(InvoiceRegisterDocument, {
      input: {
        creditorId: toGlobalId("Creditor", creditor.id),
        debtorId: toGlobalId("Debtor", (i % 2 ? company : person).id),
        invoiceNumber: `L-${i}`,
        sourceSystem: "conta",
        externalId: `lean-${i}`,
        issueDate: "2026-09-01",
        dueDate: "2026-09-15",
        amount: 10_000 * (i + 1),
        kid: i === 0 ? "1234590" : null,
      },
    });
    ids.push(data.invoiceRegister.case!.id);
  }
  await app.ok(CollectionStepRecordDocument, {
    input: { caseId: ids[1]!, kind: "COLLECTION_NOTICE", sentOn: "2026-09-20" },
  });
  await app.ok(PaymentRegisterDocument, {
    input: { caseId: ids[2]!, amount: 30_000, paidOn: "2026-10-01", reference: "full" },
  });
  key = await app.createKey([Scope.READ], [creditor.id]);
});
afterAll(async () => app?.close());

describe("lean reads (src/graphql/fast/lean.ts)", () => {
  const entities: [string, EntityClass<{ id: number }>][] = [
    ["Creditor", Creditor],
    ["Debtor", Debtor],
    ["Invoice", Invoice],
    ["CollectionCase", CollectionCase],
    ["CaseEvent", CaseEvent],
  ];
  it.each(entities)("map %s rows to the same values the ORM hydrates", async (_name, entity) => {
    const em = app.orm.em.fork();
    const hydrated = (await em.find(entity, {}, { orderBy: { id: "asc" } })) as unknown as Record<string, unknown>[];
    const lean = leanOf<Record<string, unknown>>(em, entity.name)!;
    const rows = await leanQuery(em, lean, `select * from ${lean.table} order by id`);
    expect(hydrated.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(hydrated.length);
    const meta = em.getMetadata().get(entity.name);
    rows.forEach((row, i) => {
      const orm = hydrated[i]!;
      expect(row).toBeInstanceOf(entity);
      for (const prop of meta.props) {
        if (prop.persist === false || prop.embedded) continue;
        const a = row[prop.name];
        const b = orm[prop.name];
        if (prop.kind === ReferenceKind.MANY_TO_ONE || prop.kind === ReferenceKind.ONE_TO_ONE) {
          expect([prop.name, (a as { id: number } | null)?.id ?? null]).toEqual([
            prop.name,
            (b as { id: number } | null)?.id ?? null,
          ]);
        } else {
          expect([prop.name, a]).toEqual([prop.name, b]);
        }
      }
      expect(row.globalId).toBe(orm.globalId);
      if (entity === CollectionCase) expect(row.outstandingAmount).toBe(orm.outstandingAmount);
    });
  });

  it("leaves entities with collections to the ORM", () => {
    expect(leanOf(app.orm.em.fork(), "ApiKey")).toBeUndefined();
    expect(leanOf(app.orm.em.fork(), Municipality.name)).toBeUndefined();
  });
});

describe("a page of cases", () => {
  const statements = async <T>(run: () => Promise<T>): Promise<[number, T]> => {
    await run(); // warms the key cache
    app.queries.length = 0;
    const data = await run();
    return [app.queries.length, data];
  };

  it("reads only the relations its selection asks for", async () => {
    const [count, data] = await statements(() => app.ok(CaseIdsPageDocument, { first: 4 }, key));
    expect(data.cases.edges.map((e) => e.node.status)).toEqual(["ACTIVE", "ACTIVE", "PAID", "ACTIVE"]);
    expect(count).toBe(1);
  });

  it("prefetches relations selected through fragments, in the same statements for 2 and 4 cases", async () => {
    const [two, small] = await statements(() => app.ok(CasesByFragmentDocument, { first: 2 }, key));
    const [four, page] = await statements(() => app.ok(CasesByFragmentDocument, { first: 4 }, key));
    expect(small.cases.nodes).toHaveLength(2);
    expect(two).toBe(5);
    expect(four).toBe(5);
    expect(
      page.cases.nodes.map((n) => [
        n.debtor.name,
        n.invoice.invoiceNumber,
        n.invoice.debtor.name,
        n.creditor.name,
        n.latestEvent?.type,
        n.outstandingAmount,
      ]),
    ).toEqual([
      ["Ola Nordmann", "L-0", "Ola Nordmann", "Lean Regnskap AS", "invoice.received", 10_000],
      ["Fjord AS", "L-1", "Fjord AS", "Lean Regnskap AS", "collection.step_recorded", 23_500],
      ["Ola Nordmann", "L-2", "Ola Nordmann", "Lean Regnskap AS", "case.paid", 0],
      ["Fjord AS", "L-3", "Fjord AS", "Lean Regnskap AS", "invoice.received", 40_000],
    ]);
  });
});

describe("query limits per document", () => {
  it("reports the cost of each page size, remembered per document and page size", async () => {
    const cost = async (first: number) =>
      (await app.gql(CaseIdsPageDocument, { first }, key)).extensions?.limits as { cost: number; depth: number };
    expect(await cost(2)).toMatchObject({ cost: 9, depth: 4 });
    expect(await cost(4)).toMatchObject({ cost: 17, depth: 4 });
    expect(await cost(2)).toMatchObject({ cost: 9, depth: 4 });
  });

  it("still refuses variables that do not coerce when the cost is remembered", async () => {
    await app.ok(CaseIdsPageDocument, { first: 3 }, key);
    const bad = { first: 3, after: 5 } as unknown as { first: number; after: string };
    const remembered = await app.gql(CaseIdsPageDocument, bad, key);
    const fresh = await app.gql(CaseIdsPageDocument, { ...bad, first: 5 }, key);
    expect(remembered.data).toBeUndefined();
    expect(remembered.errors?.[0]?.message).toBe(
      'Variable "$after" got invalid value 5; String cannot represent a non string value: 5',
    );
    expect(fresh.errors?.[0]?.message).toBe(remembered.errors?.[0]?.message);
    expect(fresh.errors?.[0]?.extensions?.code).toBe(remembered.errors?.[0]?.extensions?.code);
  });
});
