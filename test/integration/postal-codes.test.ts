import {
  CaseVenueDocument,
  ConciliationDraftVenueDocument,
  CreditorCreatePlacedDocument,
  DebtorCreatePlacedDocument,
  DebtorUpdatePlacedDocument,
  InvoicesPushPlacedDocument,
  PostalCodeDocument,
  PostalCodeSetDocument,
  type DebtorCreateInput,
} from "../generated/graphql";
import { Scope } from "../../src/modules/access/api-key.entity";
import { DebtorBook } from "../../src/modules/ingest/debtors";
import type { NormalizedDebtor } from "@tvist/plugin-sdk";
import { fixedClock } from "../../src/shared/clock";
import { idOf, toGlobalId } from "../../src/shared/global-id";
import type { Creditor } from "../../src/modules/parties/creditor.entity";
import type { Debtor } from "../../src/modules/parties/debtor.entity";
import { draftInput, openCase } from "../support/dispute";
import fs from "node:fs";
import path from "node:path";
import { createCreditor } from "../support/factories";
import { samplePlugin } from "../support/sample-plugin";
import { startTestApp, type TestApp } from "../support/app";

let app: TestApp;
let creditor: Creditor;
beforeAll(async () => {
  app = await startTestApp({ plugins: [samplePlugin], clock: fixedClock("2026-11-23T12:00:00Z") });
  creditor = await createCreditor(app, { name: "Postnummer Regnskap AS" });
});
afterAll(async () => app?.close());

function person(over: Partial<DebtorCreateInput> = {}): DebtorCreateInput {
  return {
    creditorId: toGlobalId("Creditor", creditor.id),
    kind: "PERSON",
    name: "Kari Nordmann",
    birthDate: "1980-04-30",
    address: { street: "Bryggen 3", postalCode: "5003", city: "Bergen" },
    ...over,
  };
}

async function placed(input: DebtorCreateInput) {
  return (await app.ok(DebtorCreatePlacedDocument, { input })).debtorCreate;
}

const asDebtor = (gid: string) => ({ id: idOf(gid, "Debtor")! }) as Debtor;

/** Every postcode row and every debtor: proves that a refused write wrote nothing. */
async function fingerprint(): Promise<string> {
  const rows = await app.sql<{ p: string; d: string; m: string }>(
    `select (select md5(coalesce(string_agg(t::text, ',' order by id), '')) from postal_code t) as p,
            (select md5(coalesce(string_agg(t::text, ',' order by id), '')) from debtor t) as d,
            (select md5(coalesce(string_agg(t::text, ',' order by id), '')) from municipality t) as m`,
  );
  return JSON.stringify(rows[0]);
}

describe("the seeded postcode register", () => {
  it("holds Bring's 5 137 postcodes of 2024-10-01, each with a kommune of the register", async () => {
    expect(await app.count("postal_code")).toBe(5137);
    expect(await app.count("postal_code", "category = 'P'")).toBe(1756);
    const orphans = await app.sql<{ n: string }>(
      `select count(*)::text as n from postal_code p where not exists (select 1 from municipality m where m.code = p.kommunenummer)`,
    );
    expect(orphans[0]!.n).toBe("0");
  });

  it("answers postalCode with poststed, kommune, category and whether it is postbox-only", async () => {
    expect((await app.ok(PostalCodeDocument, { code: "0154" })).postalCode).toEqual({
      code: "0154",
      place: "OSLO",
      kommunenummer: "0301",
      category: "G",
      postboxOnly: false,
      kommune: { code: "0301", name: "Oslo - Oslove" },
    });
    expect((await app.ok(PostalCodeDocument, { code: "0001" })).postalCode).toMatchObject({
      code: "0001",
      category: "P",
      postboxOnly: true,
      kommune: { code: "0301" },
    });
    expect((await app.ok(PostalCodeDocument, { code: "9170" })).postalCode).toMatchObject({
      place: "LONGYEARBYEN",
      kommunenummer: "2100",
      kommune: { code: "2100", name: "Svalbard" },
    });
    expect((await app.ok(PostalCodeDocument, { code: "8099" })).postalCode).toMatchObject({
      place: "JAN MAYEN",
      kommunenummer: "2211",
      kommune: { code: "2211", name: "Jan Mayen" },
    });
    expect((await app.ok(PostalCodeDocument, { code: "0000" })).postalCode).toBeNull();
  });
});

describe("postalCodeSet", () => {
  it("is FORBIDDEN for a tenant-bound ADMIN key and changes nothing", async () => {
    const tenantAdmin = await app.createKey([Scope.ADMIN], [creditor.id]);
    const before = await fingerprint();
    const result = await app.gql(
      PostalCodeSetDocument,
      { input: { code: "0154", place: "OSLO", kommunenummer: "4601", category: "G" } },
      tenantAdmin,
    );
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    expect(result.data?.postalCodeSet ?? null).toBeNull();
    expect(await fingerprint()).toBe(before);
  });

  it("refuses a bad row with typed errors and writes nothing", async () => {
    const before = await fingerprint();
    const data = await app.ok(PostalCodeSetDocument, {
      input: { code: "12", place: " ", kommunenummer: "9999", category: "G" },
    });
    expect(data.postalCodeSet.postalCode).toBeNull();
    expect(data.postalCodeSet.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["INVALID_POSTAL_CODE", ["input", "code"]],
      ["MISSING_PLACE", ["input", "place"]],
    ]);
    const unknown = await app.ok(PostalCodeSetDocument, {
      input: { code: "0154", place: "OSLO", kommunenummer: "9999", category: "G" },
    });
    expect(unknown.postalCodeSet.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["UNKNOWN_KOMMUNE", ["input", "kommunenummer"]],
    ]);
    expect(await fingerprint()).toBe(before);
  });

  it("lets the global administrator add a code and change one", async () => {
    const added = await app.ok(PostalCodeSetDocument, {
      input: { code: "0002", place: "OSLO", kommunenummer: "0301", category: "P" },
    });
    expect(added.postalCodeSet).toMatchObject({
      userErrors: [],
      postalCode: { code: "0002", postboxOnly: true, kommune: { code: "0301" } },
    });
    const changed = await app.ok(PostalCodeSetDocument, {
      input: { code: "0002", place: "OSLO SENTRUM", kommunenummer: "0301", category: "G" },
    });
    expect(changed.postalCodeSet.postalCode).toMatchObject({
      place: "OSLO SENTRUM",
      category: "G",
      postboxOnly: false,
    });
    expect(await app.count("postal_code")).toBe(5138);
  });
});

describe("the kommune comes from the postcode", () => {
  it("a debtor without kommunenummer gets its postnummer's kommune, and the case's forliksråd follows it", async () => {
    const data = await placed(person());
    expect(data.userErrors).toEqual([]);
    expect(data.warnings).toEqual([]);
    expect(data.debtor!.municipality).toEqual({ code: "4601", board: { name: "Bergen forliksråd" } });
    const caseId = await openCase(app, creditor, asDebtor(data.debtor!.id), { dueDate: "2026-06-01", amount: 500_000 });
    const venue = (await app.ok(CaseVenueDocument, { id: caseId })).case!.conciliationVenue;
    expect(venue).toEqual({
      kommune: { code: "4601", name: "Bergen" },
      board: { name: "Bergen forliksråd" },
      needsCheck: false,
      check: null,
    });
    const draft = (await app.ok(ConciliationDraftVenueDocument, { input: draftInput(caseId) })).conciliationCaseCreate;
    expect(draft.userErrors).toEqual([]);
    expect(draft.conciliationCase).toMatchObject({ board: { name: "Bergen forliksråd" }, venueCheck: null });
  });

  it("an explicit kommunenummer wins; a mismatch with the postnummer is a warning, not an error", async () => {
    const data = await placed(person({ name: "Ola Nordmann", kommunenummer: "0301" }));
    expect(data.userErrors).toEqual([]);
    expect(data.debtor!.municipality.code).toBe("0301");
    expect(data.warnings).toEqual([
      {
        code: "KOMMUNE_DIFFERS_FROM_POSTAL_CODE",
        field: ["input", "kommunenummer"],
        message: expect.stringContaining("postnummer 5003 BERGEN lies in kommune 4601"),
      },
    ]);
    const same = await placed(person({ name: "Per Nordmann", kommunenummer: "4601" }));
    expect(same.warnings).toEqual([]);
  });

  it("a creditor without kommunenummer gets its postnummer's kommune too", async () => {
    const data = await app.ok(CreditorCreatePlacedDocument, {
      input: {
        name: "Stavanger Regnskap AS",
        orgNumber: "916380941",
        address: { street: "Torget 1", postalCode: "4006", city: "Stavanger" },
      },
    });
    expect(data.creditorCreate).toMatchObject({
      userErrors: [],
      warnings: [],
      creditor: { municipality: { code: "1103" } },
    });
  });

  it("a debtor moving without kommunenummer gets the new postnummer's kommune", async () => {
    const data = await placed(person({ name: "Flytt Nordmann" }));
    const moved = await app.ok(DebtorUpdatePlacedDocument, {
      input: { id: data.debtor!.id, address: { street: "Munkegata 1", postalCode: "7013", city: "Trondheim" } },
    });
    expect(moved.debtorUpdate).toMatchObject({
      userErrors: [],
      warnings: [],
      debtor: { municipality: { code: "5001" } },
    });
  });

  it("keeps a postbox-only postnummer, warns, and flags the forliksråd choice for a check", async () => {
    const data = await placed(
      person({ name: "Postboks Nordmann", address: { street: "Postboks 1", postalCode: "0001", city: "Oslo" } }),
    );
    expect(data.userErrors).toEqual([]);
    expect(data.debtor!.municipality.code).toBe("0301");
    expect(data.warnings.map((w) => [w.code, w.field])).toEqual([
      ["POSTBOX_ONLY_POSTAL_CODE", ["input", "address", "postalCode"]],
    ]);
    const caseId = await openCase(app, creditor, asDebtor(data.debtor!.id), { dueDate: "2026-06-01", amount: 500_000 });
    const venue = (await app.ok(CaseVenueDocument, { id: caseId })).case!.conciliationVenue;
    expect(venue).toMatchObject({
      kommune: { code: "0301" },
      board: { name: "Oslo - Oslove forliksråd" },
      needsCheck: true,
      check: { reason: "POSTBOX_ONLY_POSTAL_CODE" },
    });
    const draft = (await app.ok(ConciliationDraftVenueDocument, { input: draftInput(caseId) })).conciliationCaseCreate;
    expect(draft.userErrors).toEqual([]);
    expect(draft.conciliationCase!.venueCheck).toEqual({
      reason: "POSTBOX_ONLY_POSTAL_CODE",
      message: expect.stringContaining("Postnummer 0001 is a postbox code"),
    });
  });

  it("refuses an unknown postnummer with a typed error and writes nothing", async () => {
    const before = await fingerprint();
    for (const input of [
      person({ address: { street: "Bryggen 3", postalCode: "0000", city: "Bergen" } }),
      person({ address: { street: "Bryggen 3", postalCode: "0000", city: "Bergen" }, kommunenummer: "4601" }),
    ]) {
      const data = await placed(input);
      expect(data.debtor).toBeNull();
      expect(data.userErrors).toEqual([
        {
          code: "UNKNOWN_POSTAL_CODE",
          field: ["input", "address", "postalCode"],
          message: expect.stringContaining("Postnummer 0000 is not in the postcode register"),
        },
      ]);
    }
    const abroad = await placed(
      person({ address: { street: "Drottninggatan 1", postalCode: "11151", city: "Stockholm", country: "SE" } }),
    );
    expect(abroad.userErrors.map((e) => [e.code, e.field])).toEqual([["MISSING_KOMMUNE", ["input", "kommunenummer"]]]);
    expect(await fingerprint()).toBe(before);
  });

  it("answers a Svalbard debtor clearly when a forliksråd is needed, and writes nothing", async () => {
    const data = await placed(
      person({ name: "Svalbard Nordmann", address: { street: "Vei 230", postalCode: "9170", city: "Longyearbyen" } }),
    );
    expect(data.userErrors).toEqual([]);
    expect(data.debtor!.municipality).toEqual({ code: "2100", board: null });
    const caseId = await openCase(app, creditor, asDebtor(data.debtor!.id), { dueDate: "2026-06-01", amount: 500_000 });
    const venue = (await app.ok(CaseVenueDocument, { id: caseId })).case!.conciliationVenue;
    expect(venue).toMatchObject({
      kommune: { code: "2100", name: "Svalbard" },
      board: null,
      needsCheck: true,
      check: { reason: "OUTSIDE_MAINLAND" },
    });
    const before = await app.count("conciliation_case");
    const draft = (await app.ok(ConciliationDraftVenueDocument, { input: draftInput(caseId) })).conciliationCaseCreate;
    expect(draft.conciliationCase).toBeNull();
    expect(draft.userErrors).toEqual([
      {
        code: "OUTSIDE_MAINLAND",
        field: ["input", "boardId"],
        message: expect.stringContaining("Svalbard (kommunenummer 2100), where no forliksråd of the mainland sits"),
      },
    ]);
    expect(await app.count("conciliation_case")).toBe(before);
  });
});

describe("invoicesPush debtors", () => {
  const debtor = (over: Partial<NormalizedDebtor> = {}): NormalizedDebtor =>
    ({
      kind: "PERSON",
      name: "Kari Nordmann",
      birthDate: null,
      address: { street: "Bryggen 3", postalCode: "5003", city: "Bergen", country: "NO" },
      ...over,
    }) as NormalizedDebtor;

  it("take the postnummer's kommune when the payload has no kommunenummer; an explicit one wins; an unknown postnummer is typed", async () => {
    const items = [
      debtor(),
      debtor({ kommunenummer: "0301" }),
      debtor({ address: { street: "x", postalCode: "0000", city: "x", country: "NO" } }),
      debtor({ kommunenummer: "9999" }),
    ];
    const book = await DebtorBook.load(app.orm.em.fork(), [], items, "2026-11-23");
    const [bergen, oslo, unknown, bad] = items.map((d) => book.place(d));
    expect(bergen).toMatchObject({ ok: true, municipality: { code: "4601" } });
    expect(oslo).toMatchObject({ ok: true, municipality: { code: "0301" } });
    expect(unknown).toMatchObject({ ok: false, error: { code: "UNKNOWN_POSTAL_CODE", field: ["debtor", "address"] } });
    expect(bad).toMatchObject({ ok: false, error: { code: "UNKNOWN_KOMMUNE", field: ["debtor", "kommunenummer"] } });
  });
});

describe("invoicesPush (sample plugin, with a kommunenummer)", () => {
  const item = (id: string, kommunenummer: string, postnummer: string): Record<string, unknown> => {
    type Payload = Record<string, unknown> & { kunde: Record<string, unknown> & { adresse: Record<string, unknown> } };
    const payload = JSON.parse(
      fs.readFileSync(
        path.join(__dirname, "..", "support", "sample-plugin", "fixtures", "invoice-person.json"),
        "utf8",
      ),
    ) as Payload;
    payload.id = id;
    payload.fakturanummer = id;
    payload.kunde.navn = `Kunde ${id}`;
    payload.kunde.adresse = { ...payload.kunde.adresse, kommunenummer, postnummer };
    return payload;
  };

  it("keeps the payload's kommunenummer and warns on the item when the postnummer lies elsewhere; refuses an unknown postnummer", async () => {
    await createCreditor(app, { name: "Fjellrev Regnskap AS", orgNumber: "923609016" });
    const before = await app.count("debtor");
    const data = await app.ok(InvoicesPushPlacedDocument, {
      input: {
        pluginId: "sample",
        items: [item("pc-1", "0301", "5003"), item("pc-2", "4601", "5003"), item("pc-3", "4601", "0000")],
      },
    });
    const [moved, same, unknown] = data.invoicesPush.results;
    expect(moved).toMatchObject({
      created: true,
      userErrors: [],
      invoice: { debtor: { municipality: { code: "0301" } } },
    });
    expect(moved!.warnings).toEqual([
      {
        code: "KOMMUNE_DIFFERS_FROM_POSTAL_CODE",
        field: ["input", "items", "0", "kunde", "adresse", "kommunenummer"],
        message: expect.stringContaining("lies in kommune 4601"),
      },
    ]);
    expect(same).toMatchObject({ created: true, userErrors: [], warnings: [] });
    expect(unknown).toMatchObject({
      created: false,
      invoice: null,
      warnings: [],
      userErrors: [{ code: "UNKNOWN_POSTAL_CODE", field: ["input", "items", "2", "kunde", "adresse"] }],
    });
    expect(await app.count("debtor")).toBe(before + 2);
  });
});
