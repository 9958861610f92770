import {
  CreditorCreateDocument,
  CreditorDocument,
  CreditorsDocument,
  CreditorUpdateDocument,
  DebtorCreateDocument,
  DebtorDocument,
  DebtorsDocument,
  DebtorUpdateDocument,
  type CreditorCreateInput,
  type DebtorCreateInput,
  type DebtorUpdateInput,
} from "../generated/graphql";
import { Scope } from "../../src/modules/access/api-key.entity";
import { fixedClock } from "../../src/shared/clock";
import { idOf } from "../../src/shared/global-id";
import { startTestApp, type TestApp } from "../support/app";

/** Today for this file: 2025-06-01 in Oslo. */
const clock = fixedClock("2025-06-01T10:00:00Z");

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ clock });
});
afterAll(async () => app?.close());

const address = { street: "Storgata 1", postalCode: "0155", city: "Oslo" };

function creditorInput(over: Partial<CreditorCreateInput> = {}): CreditorCreateInput {
  return { name: "Fjordkraft Regnskap AS", orgNumber: "123456785", address, kommunenummer: "0301", ...over };
}

function personInput(creditorId: string, over: Partial<DebtorCreateInput> = {}): DebtorCreateInput {
  return {
    creditorId,
    kind: "PERSON",
    name: "Kari Nordmann",
    birthDate: "1980-04-30",
    address: { street: "Bryggen 3", postalCode: "5003", city: "Bergen" },
    kommunenummer: "4601",
    ...over,
  };
}

function organisationInput(creditorId: string, over: Partial<DebtorCreateInput> = {}): DebtorCreateInput {
  return {
    creditorId,
    kind: "ORGANISATION",
    name: "Nidaros Bygg AS",
    orgNumber: "974760673",
    address: { street: "Munkegata 1", postalCode: "7013", city: "Trondheim" },
    kommunenummer: "5001",
    ...over,
  };
}

async function createCreditor(over: Partial<CreditorCreateInput> = {}, key?: string) {
  const result = await app.ok(CreditorCreateDocument, { input: creditorInput(over) }, key);
  expect(result.creditorCreate.userErrors).toEqual([]);
  return result.creditorCreate.creditor!;
}

async function createDebtor(input: DebtorCreateInput, key?: string) {
  const result = await app.ok(DebtorCreateDocument, { input }, key);
  expect(result.debtorCreate.userErrors).toEqual([]);
  return result.debtorCreate.debtor!;
}

const numericId = (gid: string, type: string) => {
  const id = idOf(gid, type);
  if (id === undefined) throw new Error(`not a ${type} id: ${gid}`);
  return id;
};

/** Two tenants: creditor A with a key that sees only A, and creditor B. */
let creditorA: Awaited<ReturnType<typeof createCreditor>>;
let creditorB: Awaited<ReturnType<typeof createCreditor>>;
let keyA: string;
beforeAll(async () => {
  creditorA = await createCreditor({ name: "Alfa Inkasso AS", orgNumber: "923609016" });
  creditorB = await createCreditor({
    name: "Beta Finans AS",
    orgNumber: "889640782",
    kommunenummer: "4601",
    address: { street: "Strandkaien 2", postalCode: "5013", city: "Bergen" },
  });
  keyA = await app.createKey([Scope.WRITE], [numericId(creditorA.id, "Creditor")], "tenant A");
});

describe("creditors", () => {
  it("an admin creates a creditor with its kommune from the register", async () => {
    const before = await app.count("creditor");
    const result = await app.ok(CreditorCreateDocument, {
      input: creditorInput({
        name: "  Fjordkraft Regnskap AS ",
        orgNumber: "123 456 785",
        address: { ...address, country: "no" },
      }),
    });
    expect(result.creditorCreate).toEqual({
      creditor: {
        id: expect.any(String),
        name: "Fjordkraft Regnskap AS",
        orgNumber: "123456785",
        address: { street: "Storgata 1", postalCode: "0155", city: "Oslo", country: "NO" },
        municipality: { code: "0301", name: "Oslo - Oslove" },
      },
      userErrors: [],
    });
    expect(await app.count("creditor")).toBe(before + 1);
    expect((await app.ok(CreditorDocument, { id: result.creditorCreate.creditor!.id })).creditor?.name).toBe(
      "Fjordkraft Regnskap AS",
    );
  });

  it("an admin updates name, address and kommune; omitted fields stay", async () => {
    const result = await app.ok(CreditorUpdateDocument, {
      input: {
        id: creditorB.id,
        name: "Beta Finans ASA",
        address: { street: "Kanalveien 10", postalCode: "5068", city: "Bergen" },
        kommunenummer: "1508",
      },
    });
    expect(result.creditorUpdate).toEqual({
      creditor: {
        id: creditorB.id,
        name: "Beta Finans ASA",
        orgNumber: "889640782",
        address: { street: "Kanalveien 10", postalCode: "5068", city: "Bergen", country: "NO" },
        municipality: { code: "1508", name: "Ålesund" },
      },
      userErrors: [],
    });
  });

  it.each<[string, Partial<CreditorCreateInput>, string, string[]]>([
    ["an org.nr failing MOD11", { orgNumber: "123456789" }, "INVALID_ORG_NUMBER", ["input", "orgNumber"]],
    ["an org.nr of 8 digits", { orgNumber: "12345678" }, "INVALID_ORG_NUMBER", ["input", "orgNumber"]],
    ["an org.nr already registered", { orgNumber: "923609016" }, "DUPLICATE_ORG_NUMBER", ["input", "orgNumber"]],
    ["an unknown kommune", { kommunenummer: "9999" }, "UNKNOWN_KOMMUNE", ["input", "kommunenummer"]],
    ["a malformed kommunenummer", { kommunenummer: "301" }, "UNKNOWN_KOMMUNE", ["input", "kommunenummer"]],
    ["a blank name", { name: "   " }, "MISSING_NAME", ["input", "name"]],
    ["a name too long", { name: "x".repeat(256) }, "TEXT_TOO_LONG", ["input", "name"]],
    [
      "a Norwegian postal code of 5 digits",
      { address: { ...address, postalCode: "01550" } },
      "INVALID_POSTAL_CODE",
      ["input", "address", "postalCode"],
    ],
    [
      "a Norwegian postal code with letters",
      { address: { ...address, postalCode: "O155" } },
      "INVALID_POSTAL_CODE",
      ["input", "address", "postalCode"],
    ],
    ["a blank street", { address: { ...address, street: " " } }, "INVALID_ADDRESS", ["input", "address", "street"]],
    ["a blank city", { address: { ...address, city: "" } }, "INVALID_ADDRESS", ["input", "address", "city"]],
    [
      "a country that is no ISO code",
      { address: { ...address, country: "Norge" } },
      "INVALID_ADDRESS",
      ["input", "address", "country"],
    ],
  ])("creditorCreate refuses %s and writes nothing", async (_label, over, code, field) => {
    const before = await app.count("creditor");
    const result = await app.ok(CreditorCreateDocument, { input: creditorInput({ orgNumber: "916945884", ...over }) });
    expect(result.creditorCreate.creditor).toBeNull();
    expect(result.creditorCreate.userErrors).toEqual([{ code, field, message: expect.any(String) }]);
    expect(await app.count("creditor")).toBe(before);
  });

  it("creditorCreate reports every problem at once, with messages that say what to do", async () => {
    const result = await app.ok(CreditorCreateDocument, {
      input: creditorInput({
        name: "",
        orgNumber: "123456789",
        kommunenummer: "9999",
        address: { ...address, postalCode: "1" },
      }),
    });
    expect(result.creditorCreate.userErrors).toEqual([
      { code: "MISSING_NAME", field: ["input", "name"], message: "Give the name: it must not be empty." },
      {
        code: "INVALID_ORG_NUMBER",
        field: ["input", "orgNumber"],
        message:
          '"123456789" is not a valid organisasjonsnummer: give 9 digits whose last digit is the MOD11 check digit, e.g. 123456785.',
      },
      {
        code: "INVALID_POSTAL_CODE",
        field: ["input", "address", "postalCode"],
        message: 'Postal code "1" is not valid: a Norwegian postnummer has 4 digits, e.g. 0150.',
      },
      {
        code: "UNKNOWN_KOMMUNE",
        field: ["input", "kommunenummer"],
        message:
          "Kommunenummer 9999 is not in force on 2025-06-01: use a code from the municipalities query, e.g. 0301 for Oslo.",
      },
    ]);
  });

  it("accepts a foreign postal code outside Norway", async () => {
    const c = await createCreditor({
      name: "Svensk Filial AB",
      orgNumber: "916945884",
      address: { street: "Drottninggatan 1", postalCode: "111 51", city: "Stockholm", country: "SE" },
    });
    expect(c.address).toEqual({ street: "Drottninggatan 1", postalCode: "11151", city: "Stockholm", country: "SE" });
  });

  it("creditorUpdate refuses bad input and changes nothing", async () => {
    const snapshot = async () => JSON.stringify(await app.sql("select * from creditor order by id"));
    const before = await snapshot();
    const unknown = await app.ok(CreditorUpdateDocument, { input: { id: "Q3JlZGl0b3I6OTk5OTk", name: "X" } });
    expect(unknown.creditorUpdate.userErrors).toEqual([
      { code: "UNKNOWN_CREDITOR", field: ["input", "id"], message: expect.stringMatching(/creditors query/) },
    ]);
    const bad = await app.ok(CreditorUpdateDocument, {
      input: { id: creditorA.id, name: "Renamed", orgNumber: "889640782", kommunenummer: "0000" },
    });
    expect(bad.creditorUpdate.creditor).toBeNull();
    expect(bad.creditorUpdate.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["DUPLICATE_ORG_NUMBER", ["input", "orgNumber"]],
      ["UNKNOWN_KOMMUNE", ["input", "kommunenummer"]],
    ]);
    expect(await snapshot()).toBe(before);
  });

  it("only an admin key creates or updates creditors", async () => {
    const before = await app.count("creditor");
    const create = await app.gql(CreditorCreateDocument, { input: creditorInput({ orgNumber: "916945876" }) }, keyA);
    expect(create.data).toBeNull();
    expect(create.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const update = await app.gql(CreditorUpdateDocument, { input: { id: creditorA.id, name: "X" } }, keyA);
    expect(update.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await app.count("creditor")).toBe(before);
  });

  it("an admin key bound to one creditor sees the creditor it creates, and not another tenant's", async () => {
    const adminA = await app.createKey([Scope.ADMIN], [numericId(creditorA.id, "Creditor")], "admin of A");
    const created = await createCreditor({ name: "Alfa Datter AS", orgNumber: "916945868" }, adminA);
    expect((await app.ok(CreditorDocument, { id: created.id }, adminA)).creditor?.name).toBe("Alfa Datter AS");
    expect((await app.ok(CreditorsDocument, { first: 10 }, adminA)).creditors.nodes.map((c) => c.name)).toEqual([
      "Alfa Datter AS",
      "Alfa Inkasso AS",
    ]);
    const other = await app.ok(CreditorUpdateDocument, { input: { id: creditorB.id, name: "Hijacked" } }, adminA);
    expect(other.creditorUpdate.userErrors.map((e) => e.code)).toEqual(["UNKNOWN_CREDITOR"]);
    expect((await app.ok(CreditorDocument, { id: creditorB.id })).creditor?.name).toBe("Beta Finans ASA");
  });

  it("searches creditors by name or org.nr", async () => {
    const names = async (search: string) =>
      (await app.ok(CreditorsDocument, { search, first: 10 })).creditors.nodes.map((c) => c.name);
    expect(await names("alfa")).toEqual(["Alfa Datter AS", "Alfa Inkasso AS"]);
    expect(await names("9236")).toEqual(["Alfa Inkasso AS"]);
    expect(await names("SVENSK")).toEqual(["Svensk Filial AB"]);
  });
});

describe("debtors", () => {
  it("creates a person and an organisation, with kommune, board and creditor", async () => {
    const before = await app.count("debtor");
    const person = await createDebtor(personInput(creditorA.id, { birthDate: " 1980-04-30 " }), keyA);
    expect(person).toEqual({
      id: expect.any(String),
      kind: "PERSON",
      name: "Kari Nordmann",
      orgNumber: null,
      birthDate: "1980-04-30",
      address: { street: "Bryggen 3", postalCode: "5003", city: "Bergen", country: "NO" },
      municipality: { code: "4601", name: "Bergen", board: { name: "Bergen forliksråd" } },
      creditor: { id: creditorA.id, name: "Alfa Inkasso AS" },
    });
    const org = await createDebtor(organisationInput(creditorA.id, { orgNumber: "974 760 673" }), keyA);
    expect(org).toMatchObject({
      kind: "ORGANISATION",
      name: "Nidaros Bygg AS",
      orgNumber: "974760673",
      birthDate: null,
      municipality: { code: "5001", name: "Trondheim - Tråante" },
    });
    expect(await app.count("debtor")).toBe(before + 2);
    expect((await app.ok(DebtorDocument, { id: person.id }, keyA)).debtor).toEqual(person);
  });

  it("a birth date today is accepted", async () => {
    const baby = await createDebtor(
      personInput(creditorA.id, { name: "Nyfødt Nordmann", birthDate: "2025-06-01" }),
      keyA,
    );
    expect(baby.birthDate).toBe("2025-06-01");
  });

  it.each<[string, (a: string) => DebtorCreateInput, [string, string[]][]]>([
    [
      "an organisation with an org.nr failing MOD11",
      (a) => organisationInput(a, { orgNumber: "123456789" }),
      [["INVALID_ORG_NUMBER", ["input", "orgNumber"]]],
    ],
    [
      "an organisation without org.nr",
      (a) => organisationInput(a, { orgNumber: null }),
      [["INVALID_ORG_NUMBER", ["input", "orgNumber"]]],
    ],
    [
      "an organisation with a birth date",
      (a) => organisationInput(a, { birthDate: "1990-01-01" }),
      [["UNEXPECTED_BIRTH_DATE", ["input", "birthDate"]]],
    ],
    [
      "a person with an org.nr",
      (a) => personInput(a, { orgNumber: "974760673" }),
      [["UNEXPECTED_ORG_NUMBER", ["input", "orgNumber"]]],
    ],
    [
      "a person without birth date",
      (a) => personInput(a, { birthDate: null }),
      [["INVALID_BIRTH_DATE", ["input", "birthDate"]]],
    ],
    [
      "a person born tomorrow",
      (a) => personInput(a, { birthDate: "2025-06-02" }),
      [["INVALID_BIRTH_DATE", ["input", "birthDate"]]],
    ],
    [
      "a birth date that does not exist",
      (a) => personInput(a, { birthDate: "1990-02-30" }),
      [["INVALID_BIRTH_DATE", ["input", "birthDate"]]],
    ],
    [
      "a birth date in another format",
      (a) => personInput(a, { birthDate: "30.04.1980" }),
      [["INVALID_BIRTH_DATE", ["input", "birthDate"]]],
    ],
    [
      "an unknown kommune",
      (a) => personInput(a, { kommunenummer: "9999" }),
      [["UNKNOWN_KOMMUNE", ["input", "kommunenummer"]]],
    ],
    [
      "a Norwegian postal code of 3 digits",
      (a) => personInput(a, { address: { street: "Bryggen 3", postalCode: "503", city: "Bergen" } }),
      [["INVALID_POSTAL_CODE", ["input", "address", "postalCode"]]],
    ],
    ["a blank name", (a) => personInput(a, { name: "" }), [["MISSING_NAME", ["input", "name"]]]],
    ["an unknown creditor", () => personInput("Q3JlZGl0b3I6OTk5OTk"), [["UNKNOWN_CREDITOR", ["input", "creditorId"]]]],
    ["a creditor id that is no id", () => personInput("nonsense"), [["UNKNOWN_CREDITOR", ["input", "creditorId"]]]],
    [
      "a person with an org.nr, born in the future, in an unknown kommune",
      (a) => personInput(a, { orgNumber: "123", birthDate: "2030-01-01", kommunenummer: "9999" }),
      [
        ["UNEXPECTED_ORG_NUMBER", ["input", "orgNumber"]],
        ["INVALID_BIRTH_DATE", ["input", "birthDate"]],
        ["UNKNOWN_KOMMUNE", ["input", "kommunenummer"]],
      ],
    ],
  ])("debtorCreate refuses %s and writes nothing", async (_label, input, expected) => {
    const before = await app.count("debtor");
    const result = await app.ok(DebtorCreateDocument, { input: input(creditorA.id) }, keyA);
    expect(result.debtorCreate.debtor).toBeNull();
    expect(result.debtorCreate.userErrors.map((e) => [e.code, e.field])).toEqual(expected);
    expect(await app.count("debtor")).toBe(before);
  });

  it("says why a birth date in the future is refused", async () => {
    const result = await app.ok(
      DebtorCreateDocument,
      { input: personInput(creditorA.id, { birthDate: "2025-06-02" }) },
      keyA,
    );
    expect(result.debtorCreate.userErrors[0]?.message).toBe(
      "The birth date 2025-06-02 is in the future (today is 2025-06-01): check the date.",
    );
  });

  it("refuses a kommune that is no longer in force today", async () => {
    await app.sql(`update municipality set valid_to = '2025-05-31' where code = '1580'`);
    try {
      const before = await app.count("debtor");
      const result = await app.ok(
        DebtorCreateDocument,
        { input: personInput(creditorA.id, { kommunenummer: "1580" }) },
        keyA,
      );
      expect(result.debtorCreate.userErrors).toEqual([
        {
          code: "UNKNOWN_KOMMUNE",
          field: ["input", "kommunenummer"],
          message:
            "Kommunenummer 1580 is not in force on 2025-06-01: use a code from the municipalities query, e.g. 0301 for Oslo.",
        },
      ]);
      expect(await app.count("debtor")).toBe(before);
    } finally {
      await app.sql(`update municipality set valid_to = null where code = '1580'`);
    }
  });

  it("updates a debtor; the result must still be a valid person", async () => {
    const d = await createDebtor(personInput(creditorA.id, { name: "Ola Nordmann", birthDate: "1975-01-01" }), keyA);
    const updated = await app.ok(
      DebtorUpdateDocument,
      { input: { id: d.id, name: "Ola Normann", birthDate: "1975-01-02", kommunenummer: "1508" } },
      keyA,
    );
    expect(updated.debtorUpdate.userErrors).toEqual([]);
    expect(updated.debtorUpdate.debtor).toMatchObject({
      id: d.id,
      name: "Ola Normann",
      birthDate: "1975-01-02",
      address: d.address,
      municipality: { code: "1508", board: { name: "Ålesund forliksråd" } },
    });

    const snapshot = async () => JSON.stringify(await app.sql("select * from debtor order by id"));
    const before = await snapshot();
    const cases: [DebtorUpdateInput, [string, string[]][]][] = [
      [{ id: d.id, orgNumber: "974760673" }, [["UNEXPECTED_ORG_NUMBER", ["input", "orgNumber"]]]],
      [{ id: d.id, birthDate: null }, [["INVALID_BIRTH_DATE", ["input", "birthDate"]]]],
      [
        { id: d.id, birthDate: "2099-01-01", name: "" },
        [
          ["MISSING_NAME", ["input", "name"]],
          ["INVALID_BIRTH_DATE", ["input", "birthDate"]],
        ],
      ],
      [{ id: d.id, kommunenummer: "9999" }, [["UNKNOWN_KOMMUNE", ["input", "kommunenummer"]]]],
      [
        { id: d.id, address: { street: "X", postalCode: "12", city: "Y" } },
        [["INVALID_POSTAL_CODE", ["input", "address", "postalCode"]]],
      ],
      [{ id: "RGVidG9yOjk5OTk5", name: "X" }, [["UNKNOWN_DEBTOR", ["input", "id"]]]],
    ];
    for (const [input, expected] of cases) {
      const result = await app.ok(DebtorUpdateDocument, { input }, keyA);
      expect(result.debtorUpdate.debtor).toBeNull();
      expect(result.debtorUpdate.userErrors.map((e) => [e.code, e.field])).toEqual(expected);
    }
    expect(await snapshot()).toBe(before);
  });

  it("a read-only key cannot create or update debtors", async () => {
    const reader = await app.createKey([Scope.READ], [numericId(creditorA.id, "Creditor")], "reader of A");
    const before = await app.count("debtor");
    const result = await app.gql(DebtorCreateDocument, { input: personInput(creditorA.id) }, reader);
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await app.count("debtor")).toBe(before);
    expect((await app.ok(DebtorsDocument, { first: 1 }, reader)).debtors.nodes).toHaveLength(1);
  });
});

describe("tenant isolation", () => {
  let debtorOfB: { id: string };
  beforeAll(async () => {
    debtorOfB = await createDebtor(
      organisationInput(creditorB.id, { name: "Bergen Bilverksted AS", orgNumber: "923609016" }),
    );
  });

  it("a key bound to creditor A does not see creditor B or its debtors", async () => {
    expect((await app.ok(CreditorDocument, { id: creditorB.id }, keyA)).creditor).toBeNull();
    expect((await app.ok(CreditorDocument, { id: creditorA.id }, keyA)).creditor?.name).toBe("Alfa Inkasso AS");
    expect((await app.ok(CreditorsDocument, { first: 100 }, keyA)).creditors.nodes.map((c) => c.id)).toEqual([
      creditorA.id,
    ]);
    expect((await app.ok(DebtorDocument, { id: debtorOfB.id }, keyA)).debtor).toBeNull();
    expect((await app.ok(DebtorsDocument, { creditorId: creditorB.id, first: 100 }, keyA)).debtors.nodes).toEqual([]);
    const all = (await app.ok(DebtorsDocument, { first: 100 }, keyA)).debtors.nodes;
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((d) => d.creditor.id === creditorA.id)).toBe(true);
    expect((await app.ok(DebtorDocument, { id: debtorOfB.id })).debtor?.name).toBe("Bergen Bilverksted AS");
  });

  it("the answer for another tenant's id is the same as for an id that does not exist", async () => {
    const missing = "Q3JlZGl0b3I6OTk5OTk";
    const theirs = await app.ok(DebtorCreateDocument, { input: personInput(creditorB.id) }, keyA);
    const none = await app.ok(DebtorCreateDocument, { input: personInput(missing) }, keyA);
    expect(theirs.debtorCreate.userErrors.map((e) => e.code)).toEqual(["UNKNOWN_CREDITOR"]);
    expect(none.debtorCreate.userErrors.map((e) => e.code)).toEqual(["UNKNOWN_CREDITOR"]);
    expect(theirs.debtorCreate.userErrors[0]!.message.replace(creditorB.id, "<id>")).toBe(
      none.debtorCreate.userErrors[0]!.message.replace(missing, "<id>"),
    );
  });

  it("debtorCreate for creditor B with A's key gives UNKNOWN_CREDITOR and writes nothing; debtorUpdate of B's debtor gives UNKNOWN_DEBTOR", async () => {
    const before = JSON.stringify(await app.sql("select * from debtor order by id"));
    const created = await app.ok(DebtorCreateDocument, { input: personInput(creditorB.id) }, keyA);
    expect(created.debtorCreate).toEqual({
      debtor: null,
      userErrors: [
        {
          code: "UNKNOWN_CREDITOR",
          field: ["input", "creditorId"],
          message: `No creditor with id ${creditorB.id}: use an id from the creditors query.`,
        },
      ],
    });
    const updated = await app.ok(DebtorUpdateDocument, { input: { id: debtorOfB.id, name: "Hijacked" } }, keyA);
    expect(updated.debtorUpdate.userErrors).toEqual([
      {
        code: "UNKNOWN_DEBTOR",
        field: ["input", "id"],
        message: `No debtor with id ${debtorOfB.id}: use an id from the debtors query.`,
      },
    ]);
    expect(JSON.stringify(await app.sql("select * from debtor order by id"))).toBe(before);
  });
});

describe("debtor pages", () => {
  let creditorId: string;
  let key: string;
  beforeAll(async () => {
    const c = await createCreditor({ name: "Paging AS", orgNumber: "916945841" });
    creditorId = c.id;
    key = await app.createKey([Scope.WRITE], [numericId(c.id, "Creditor")], "paging");
    for (let i = 0; i < 25; i++) {
      // two debtors share each name, so the id breaks ties
      await createDebtor(
        personInput(creditorId, { name: `Skyldner ${String(Math.floor(i / 2)).padStart(2, "0")}` }),
        key,
      );
    }
  });

  it("walks every page with cursors, in name order, without duplicates", async () => {
    const seen: { id: string; name: string }[] = [];
    let after: string | null | undefined = null;
    let pages = 0;
    do {
      const page: {
        nodes: { id: string; name: string }[];
        pageInfo: { hasNextPage: boolean; endCursor?: string | null };
      } = (await app.ok(DebtorsDocument, { creditorId, first: 10, after }, key)).debtors;
      seen.push(...page.nodes);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(25);
    expect(new Set(seen.map((d) => d.id)).size).toBe(25);
    expect(seen.map((d) => d.name)).toEqual([...seen.map((d) => d.name)].sort());
    expect((await app.ok(DebtorsDocument, { first: 100 }, key)).debtors.nodes).toHaveLength(25);
    expect((await app.ok(DebtorsDocument, { search: "skyldner 0", first: 100 }, key)).debtors.nodes).toHaveLength(20);
  });

  it("refuses first > 100", async () => {
    const result = await app.gql(DebtorsDocument, { first: 101 }, key);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "first", max: 100 });
    const creditors = await app.gql(CreditorsDocument, { first: 0 }, key);
    expect(creditors.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "first", min: 1 });
  });

  it("batches creditor, kommune and board: the same number of SQL statements for 5 and for 25 debtors", async () => {
    await app.ok(DebtorsDocument, { first: 1 }, key);
    const statements = async (first: number) => {
      app.queries.length = 0;
      expect((await app.ok(DebtorsDocument, { creditorId, first }, key)).debtors.nodes).toHaveLength(first);
      return app.queries.length;
    };
    const five = await statements(5);
    expect(five).toBe(4);
    expect(await statements(25)).toBe(five);
  });
});
