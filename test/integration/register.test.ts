import {
  ConciliationBoardCreateDocument,
  ConciliationBoardDocument,
  ConciliationBoardsDocument,
  ConciliationBoardUpdateDocument,
  MunicipalitiesDocument,
  MunicipalitiesWithNeighboursDocument,
  MunicipalityCreateDocument,
  MunicipalityDocument,
  MunicipalityUpdateDocument,
  ConciliationBoardMergeDocument,
  type MunicipalityCreateInput,
  type MunicipalityUpdateInput,
} from "../generated/graphql";
import { Scope } from "../../src/modules/access/api-key.entity";
import { Migration20261203160000_board_names_official_form } from "../../migrations/Migration20261203160000_board_names_official_form";
import { fixedClock } from "../../src/shared/clock";
import { startTestApp, type TestApp } from "../support/app";

/** Today for this file: 2025-06-01 in Oslo. */
const clock = fixedClock("2025-06-01T10:00:00Z");

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ clock });
});
afterAll(async () => app?.close());

/** A digest of every register table: proves that a failed mutation wrote nothing. */
async function registerFingerprint(): Promise<string> {
  const rows = await app.sql<{ m: string; b: string; n: string }>(
    `select (select md5(coalesce(string_agg(t::text, ',' order by id), '')) from municipality t) as m,
            (select md5(coalesce(string_agg(t::text, ',' order by id), '')) from conciliation_board t) as b,
            (select md5(coalesce(string_agg(t::text, ',' order by municipality_id, neighbour_id), '')) from municipality_neighbour t) as n`,
  );
  return JSON.stringify(rows[0]);
}

async function municipality(code: string, validOn?: string) {
  return (await app.ok(MunicipalityDocument, { code, validOn })).municipality;
}

async function idOfCode(code: string): Promise<string> {
  const m = await municipality(code);
  if (!m) throw new Error(`no kommune ${code} today`);
  return m.id;
}

async function boardIdOf(code: string): Promise<string> {
  const m = await municipality(code);
  return m!.board!.id;
}

describe("the seeded municipality register", () => {
  it("holds 357 kommuner valid on 2024-06-01, walked in code order without duplicates", async () => {
    const codes: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof walk>> = await walk(after);
      codes.push(...page.nodes.map((n) => n.code));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(codes).toHaveLength(357);
    expect(new Set(codes).size).toBe(357);
    expect([...codes].sort()).toEqual(codes);
    expect(pages).toBe(4);
    expect(codes[0]).toBe("0301");
    expect(codes.at(-1)).toBe("5636");
    // besides the kommuner: Svalbard (2100) and Jan Mayen (2211), the postcode register's areas outside the kommuner
    expect(await app.count("municipality", "code not in ('2100', '2211')")).toBe(357);
    expect(await app.count("conciliation_board")).toBe(357);

    async function walk(cursor: string | null) {
      return (await app.ok(MunicipalitiesDocument, { validOn: "2024-06-01", first: 100, after: cursor }))
        .municipalities;
    }
  });

  it("has no kommune valid before 2024-01-01 (the seed starts then)", async () => {
    const data = await app.ok(MunicipalitiesDocument, { validOn: "2023-12-31", first: 10 });
    expect(data.municipalities.nodes).toEqual([]);
    expect(data.municipalities.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });

  it.each([
    ["0301", "Oslo - Oslove", "03", "Oslo", "Oslo - Oslove forliksråd"],
    ["4601", "Bergen", "46", "Vestland", "Bergen forliksråd"],
    ["5001", "Trondheim - Tråante", "50", "Trøndelag", "Trondheim - Tråante forliksråd"],
    ["1826", "Aarborte - Hattfjelldal", "18", "Nordland", "Aarborte - Hattfjelldal forliksråd"],
    ["5540", "Gáivuotna - Kåfjord - Kaivuono", "55", "Troms", "Gáivuotna - Kåfjord - Kaivuono forliksråd"],
    ["1508", "Ålesund", "15", "Møre og Romsdal", "Ålesund forliksråd"],
    ["1580", "Haram", "15", "Møre og Romsdal", "Haram forliksråd"],
  ])("spot-checks %s %s", async (code, name, countyCode, countyName, boardName) => {
    const m = await municipality(code, "2024-06-01");
    expect(m).toMatchObject({
      code,
      name,
      countyCode,
      countyName,
      validFrom: "2024-01-01",
      validTo: null,
      board: { name: boardName },
      neighbours: [],
    });
  });

  it("answers null for an unknown code or a date before the code was valid", async () => {
    expect(await municipality("9999")).toBeNull();
    expect(await municipality("0301", "2023-06-01")).toBeNull();
  });

  it("searches by part of the name in any case, by code prefix, and by county", async () => {
    const search = async (vars: { search?: string; countyCode?: string; first?: number }) =>
      (await app.ok(MunicipalitiesDocument, { first: 100, ...vars })).municipalities.nodes.map(
        (n) => `${n.code} ${n.name}`,
      );
    expect(await search({ search: "BERGEN" })).toEqual(["4601 Bergen"]);
    expect(await search({ search: "ålesund" })).toEqual(["1508 Ålesund"]);
    expect(await search({ search: "tråante" })).toEqual(["5001 Trondheim - Tråante"]);
    expect(await search({ search: "150" })).toEqual(["1505 Kristiansund", "1506 Molde", "1508 Ålesund"]);
    expect(await search({ search: "%" })).toEqual([]);
    expect(await search({ countyCode: "46" })).toHaveLength(43);
    expect(await search({ countyCode: "15", search: "ha" })).toEqual(["1517 Hareid", "1580 Haram"]);
  });

  it("lists forliksråd by name, searchable by board name or by a kommune it serves", async () => {
    const names = async (search: string) =>
      (await app.ok(ConciliationBoardsDocument, { search, first: 10 })).conciliationBoards.nodes.map((b) => b.name);
    expect(await names("trondheim")).toEqual(["Trondheim - Tråante forliksråd"]);
    expect(await names("4601")).toEqual(["Bergen forliksråd"]);
    expect(await names("Tråante")).toEqual(["Trondheim - Tråante forliksråd"]);
    expect(await names("Hattfjelldal")).toEqual(["Aarborte - Hattfjelldal forliksråd"]);
    const bergen = (await app.ok(ConciliationBoardsDocument, { search: "Bergen", first: 1 })).conciliationBoards
      .nodes[0]!;
    expect(bergen.municipalities).toEqual([{ code: "4601", name: "Bergen" }]);
    expect((await app.ok(ConciliationBoardDocument, { id: bergen.id })).conciliationBoard).toEqual({
      id: bergen.id,
      name: "Bergen forliksråd",
      municipalities: [{ code: "4601" }],
    });
    expect((await app.ok(ConciliationBoardDocument, { id: "bm9wZQ" })).conciliationBoard).toBeNull();
  });

  it("walks every forliksråd page without duplicates", async () => {
    const seen: string[] = [];
    let after: string | null | undefined = null;
    do {
      const page: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } } = (
        await app.ok(ConciliationBoardsDocument, { first: 100, after })
      ).conciliationBoards;
      seen.push(...page.nodes.map((b) => b.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(await app.count("conciliation_board"));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("refuses a page larger than 100 and a cursor that is not one of ours", async () => {
    const big = await app.gql(MunicipalitiesDocument, { first: 101 });
    expect(big.data).toBeNull();
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "first", max: 100 });
    const bad = await app.gql(MunicipalitiesDocument, { first: 10, after: "garbage" });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(bad.errors?.[0]?.message).toMatch(/endCursor/);
    const badDate = await app.gql(MunicipalitiesDocument, { first: 10, validOn: "2024-02-30" });
    expect(badDate.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("batches board look-ups: the same number of SQL statements for 10 and for 100 kommuner", async () => {
    await app.ok(MunicipalitiesDocument, { first: 1 });
    const statements = async (first: number) => {
      app.queries.length = 0;
      const data = await app.ok(MunicipalitiesDocument, { first });
      expect(data.municipalities.nodes).toHaveLength(first);
      return app.queries.length;
    };
    const ten = await statements(10);
    expect(ten).toBe(2);
    expect(await statements(100)).toBe(ten);
  });

  it("lets every key read the register", async () => {
    const readKey = await app.createKey([Scope.READ], [], "reader of nothing");
    const data = await app.ok(MunicipalityDocument, { code: "0301" }, readKey);
    expect(data.municipality?.name).toBe("Oslo - Oslove");
    const boards = await app.ok(ConciliationBoardsDocument, { search: "Oslo", first: 1 }, readKey);
    expect(boards.conciliationBoards.nodes[0]?.name).toBe("Oslo - Oslove forliksråd");
  });
});

describe("admin changes to the register", () => {
  it("renames a forliksråd and gives it an address", async () => {
    const id = await boardIdOf("0301");
    const result = await app.ok(ConciliationBoardUpdateDocument, {
      input: {
        id,
        name: "Oslo forliksråd (Rådhuset)",
        address: { street: "Postboks 1 Sentrum", postalCode: "0101", city: "Oslo" },
      },
    });
    expect(result.conciliationBoardUpdate).toEqual({
      conciliationBoard: {
        id,
        name: "Oslo forliksråd (Rådhuset)",
        address: { street: "Postboks 1 Sentrum", postalCode: "0101", city: "Oslo", country: "NO" },
        municipalities: [{ code: "0301", name: "Oslo - Oslove" }],
      },
      userErrors: [],
    });
    expect((await municipality("0301"))?.board?.name).toBe("Oslo forliksråd (Rådhuset)");
  });

  it("creates a forliksråd serving two kommuner, which leave their old boards", async () => {
    const oldAlesund = await boardIdOf("1508");
    const before = await app.count("conciliation_board");
    const result = await app.ok(ConciliationBoardCreateDocument, {
      input: {
        name: "Sunnmøre forliksråd",
        address: { street: "Keiser Wilhelms gate 11", postalCode: "6003", city: "Ålesund" },
        municipalityCodes: ["1580", "1508", "1508"],
      },
    });
    expect(result.conciliationBoardCreate.userErrors).toEqual([]);
    expect(result.conciliationBoardCreate.conciliationBoard).toMatchObject({
      name: "Sunnmøre forliksråd",
      municipalities: [
        { code: "1508", name: "Ålesund" },
        { code: "1580", name: "Haram" },
      ],
    });
    expect(await app.count("conciliation_board")).toBe(before + 1);
    expect((await municipality("1508"))?.board?.name).toBe("Sunnmøre forliksråd");
    expect((await municipality("1580"))?.board?.name).toBe("Sunnmøre forliksråd");
    expect((await app.ok(ConciliationBoardDocument, { id: oldAlesund })).conciliationBoard?.municipalities).toEqual([]);
    expect(
      (await app.ok(ConciliationBoardsDocument, { search: "Haram", first: 10 })).conciliationBoards.nodes.map(
        (b) => b.name,
      ),
    ).toEqual(["Haram forliksråd", "Sunnmøre forliksråd"]);
  });

  it("creates a forliksråd without address or kommuner", async () => {
    const result = await app.ok(ConciliationBoardCreateDocument, { input: { name: "  Reserve forliksråd " } });
    expect(result.conciliationBoardCreate).toEqual({
      conciliationBoard: { id: expect.any(String), name: "Reserve forliksråd", address: null, municipalities: [] },
      userErrors: [],
    });
  });

  it("moves a kommune to another board with municipalityUpdate", async () => {
    const sunnmore = await boardIdOf("1508");
    const result = await app.ok(MunicipalityUpdateDocument, {
      input: { id: await idOfCode("1532"), boardId: sunnmore },
    });
    expect(result.municipalityUpdate.userErrors).toEqual([]);
    expect(result.municipalityUpdate.municipality?.board?.name).toBe("Sunnmøre forliksråd");
    expect(
      (await app.ok(ConciliationBoardDocument, { id: sunnmore })).conciliationBoard?.municipalities.map((m) => m.code),
    ).toEqual(["1508", "1532", "1580"]);
  });

  it("keeps neighbours symmetric and replaces them", async () => {
    const [alesund, haram, giske, sula] = await Promise.all(["1508", "1580", "1532", "1531"].map(idOfCode));
    const set = await app.ok(MunicipalityUpdateDocument, {
      input: { id: alesund!, neighbourIds: [sula!, haram!, giske!, haram!] },
    });
    expect(set.municipalityUpdate.municipality?.neighbours).toEqual([
      { code: "1531" },
      { code: "1532" },
      { code: "1580" },
    ]);
    expect((await municipality("1580"))?.neighbours).toEqual([{ code: "1508", name: "Ålesund" }]);
    expect(await app.count("municipality_neighbour")).toBe(6);

    const replaced = await app.ok(MunicipalityUpdateDocument, { input: { id: alesund!, neighbourIds: [haram!] } });
    expect(replaced.municipalityUpdate.municipality?.neighbours).toEqual([{ code: "1580" }]);
    expect((await municipality("1531"))?.neighbours).toEqual([]);
    expect(await app.count("municipality_neighbour")).toBe(2);

    const page = await app.ok(MunicipalitiesWithNeighboursDocument, { search: "15", first: 100 });
    const withNeighbours = page.municipalities.nodes.filter((n) => n.neighbours.length > 0);
    expect(withNeighbours).toEqual([
      { code: "1508", neighbours: [{ code: "1580" }] },
      { code: "1580", neighbours: [{ code: "1508" }] },
    ]);
  });

  it("ends an old code and adds its successor; the old code still resolves on an old date", async () => {
    const haram = await idOfCode("1580");
    const board = await boardIdOf("1580");
    const ended = await app.ok(MunicipalityUpdateDocument, { input: { id: haram, validTo: "2025-05-31" } });
    expect(ended.municipalityUpdate).toMatchObject({
      municipality: { code: "1580", validFrom: "2024-01-01", validTo: "2025-05-31" },
      userErrors: [],
    });

    const created = await app.ok(MunicipalityCreateDocument, {
      input: { code: "1599", name: "Nye Haram", countyCode: "15", validFrom: "2025-06-01", boardId: board },
    });
    expect(created.municipalityCreate).toEqual({
      municipality: {
        id: expect.any(String),
        code: "1599",
        name: "Nye Haram",
        countyCode: "15",
        countyName: "Møre og Romsdal",
        validFrom: "2025-06-01",
        validTo: null,
        board: { id: board, name: "Sunnmøre forliksråd" },
      },
      userErrors: [],
    });
    expect(await municipality("1580")).toBeNull();
    expect((await municipality("1580", "2025-05-31"))?.name).toBe("Haram");
    expect((await municipality("1580", "2024-06-01"))?.id).toBe(haram);
    expect((await municipality("1599"))?.name).toBe("Nye Haram");
    expect(await municipality("1599", "2025-05-31")).toBeNull();
    expect(await app.count("municipality", "code not in ('2100', '2211')")).toBe(358);
    expect(
      (await app.ok(MunicipalitiesDocument, { validOn: "2024-06-01", search: "haram" })).municipalities.nodes.map(
        (n) => n.code,
      ),
    ).toEqual(["1580"]);
    expect((await app.ok(MunicipalitiesDocument, { search: "haram" })).municipalities.nodes.map((n) => n.code)).toEqual(
      ["1599"],
    );

    // the code can come back later, after its old period
    const reborn = await app.ok(MunicipalityCreateDocument, {
      input: { code: "1580", name: "Haram", countyCode: "15", validFrom: "2026-01-01" },
    });
    expect(reborn.municipalityCreate.municipality).toMatchObject({
      code: "1580",
      validFrom: "2026-01-01",
      board: { name: "Haram forliksråd" },
    });
    expect((await municipality("1580", "2026-02-01"))?.id).toBe(reborn.municipalityCreate.municipality?.id);
  });

  it.each([Scope.READ, Scope.WRITE])("refuses every admin mutation to a %s key with FORBIDDEN", async (scope) => {
    const key = await app.createKey([scope], "all", `${scope} key`);
    const before = await registerFingerprint();
    const id = await idOfCode("0301");
    const board = await boardIdOf("0301");
    const results = [
      await app.gql(
        MunicipalityCreateDocument,
        { input: { code: "0399", name: "X", countyCode: "03", validFrom: "2025-01-01" } },
        key,
      ),
      await app.gql(MunicipalityUpdateDocument, { input: { id, name: "X" } }, key),
      await app.gql(ConciliationBoardCreateDocument, { input: { name: "X", municipalityCodes: ["0301"] } }, key),
      await app.gql(ConciliationBoardUpdateDocument, { input: { id: board, name: "X" } }, key),
    ];
    for (const result of results) {
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect(await registerFingerprint()).toBe(before);
  });
});

describe("bad input to the register writes nothing", () => {
  const create = (over: Partial<MunicipalityCreateInput>): MunicipalityCreateInput => ({
    code: "0399",
    name: "Ny kommune",
    countyCode: "03",
    validFrom: "2025-01-01",
    ...over,
  });

  it.each<[string, Partial<MunicipalityCreateInput>, string, string[]]>([
    ["a code that is not 4 digits", { code: "399" }, "INVALID_CODE", ["input", "code"]],
    ["a county that is not the code's", { code: "0399", countyCode: "46" }, "INVALID_COUNTY", ["input", "countyCode"]],
    ["a blank name", { name: "  " }, "MISSING_NAME", ["input", "name"]],
    ["a name too long", { name: "x".repeat(256) }, "TEXT_TOO_LONG", ["input", "name"]],
    ["a date that does not exist", { validFrom: "2025-02-30" }, "INVALID_DATE", ["input", "validFrom"]],
    ["a date in another format", { validTo: "31.12.2025" }, "INVALID_DATE", ["input", "validTo"]],
    ["validTo before validFrom", { validTo: "2024-12-31" }, "INVALID_PERIOD", ["input", "validTo"]],
    [
      "a period overlapping the code's current one",
      { code: "0301", validFrom: "2025-01-01" },
      "OVERLAPPING_VALIDITY",
      ["input", "validFrom"],
    ],
    [
      "a period overlapping from before",
      { code: "4601", countyCode: "46", validFrom: "2020-01-01", validTo: "2024-01-01" },
      "OVERLAPPING_VALIDITY",
      ["input", "validFrom"],
    ],
    ["an unknown board", { boardId: "Tm9wZToxMjM" }, "UNKNOWN_BOARD", ["input", "boardId"]],
    ["a new county without its name", { code: "9901", countyCode: "99" }, "UNKNOWN_COUNTY", ["input", "countyName"]],
  ])("municipalityCreate with %s", async (_label, over, code, field) => {
    const before = await registerFingerprint();
    const result = await app.ok(MunicipalityCreateDocument, { input: create(over) });
    expect(result.municipalityCreate.municipality).toBeNull();
    expect(result.municipalityCreate.userErrors).toEqual([{ code, field, message: expect.any(String) }]);
    expect(await registerFingerprint()).toBe(before);
  });

  it("municipalityCreate reports every problem at once", async () => {
    const result = await app.ok(MunicipalityCreateDocument, {
      input: create({ name: "", validFrom: "2025-13-01", boardId: "x" }),
    });
    expect(result.municipalityCreate.userErrors.map((e) => e.code)).toEqual([
      "MISSING_NAME",
      "INVALID_DATE",
      "UNKNOWN_BOARD",
    ]);
    expect(result.municipalityCreate.userErrors[1]?.message).toBe(
      '"2025-13-01" is not a calendar date: use YYYY-MM-DD.',
    );
  });

  it.each<[string, (ids: Record<string, string>) => MunicipalityUpdateInput, string, string[]]>([
    ["an unknown id", () => ({ id: "TXVuaWNpcGFsaXR5Ojk5OTk5", name: "X" }), "UNKNOWN_MUNICIPALITY", ["input", "id"]],
    ["a blank name", (ids) => ({ id: ids.oslo!, name: "" }), "MISSING_NAME", ["input", "name"]],
    [
      "validTo before validFrom",
      (ids) => ({ id: ids.oslo!, validTo: "2023-12-31" }),
      "INVALID_PERIOD",
      ["input", "validTo"],
    ],
    [
      "a validTo that is no date",
      (ids) => ({ id: ids.oslo!, validTo: "2025-13-01" }),
      "INVALID_DATE",
      ["input", "validTo"],
    ],
    [
      "reopening a period a later row overlaps",
      (ids) => ({ id: ids.oldHaram!, validTo: null }),
      "OVERLAPPING_VALIDITY",
      ["input", "validTo"],
    ],
    [
      "an unknown board",
      (ids) => ({ id: ids.oslo!, boardId: "Q29uY2lsaWF0aW9uQm9hcmQ6OTk5OTk" }),
      "UNKNOWN_BOARD",
      ["input", "boardId"],
    ],
    [
      "itself as neighbour",
      (ids) => ({ id: ids.oslo!, neighbourIds: [ids.oslo!] }),
      "INVALID_NEIGHBOUR",
      ["input", "neighbourIds", "0"],
    ],
    [
      "an unknown neighbour",
      (ids) => ({ id: ids.oslo!, neighbourIds: [ids.bergen!, "nope"] }),
      "UNKNOWN_MUNICIPALITY",
      ["input", "neighbourIds", "1"],
    ],
  ])("municipalityUpdate with %s", async (_label, input, code, field) => {
    const oldHaram = (await municipality("1580", "2024-06-01"))!.id;
    const ids = { oslo: await idOfCode("0301"), bergen: await idOfCode("4601"), oldHaram };
    const before = await registerFingerprint();
    const result = await app.ok(MunicipalityUpdateDocument, { input: input(ids) });
    expect(result.municipalityUpdate.municipality).toBeNull();
    expect(result.municipalityUpdate.userErrors).toEqual([{ code, field, message: expect.any(String) }]);
    expect(await registerFingerprint()).toBe(before);
  });

  it.each<
    [
      string,
      {
        name: string;
        municipalityCodes?: string[];
        address?: { street: string; postalCode: string; city: string; country?: string };
      },
      string,
      string[],
    ]
  >([
    ["a blank name", { name: " " }, "MISSING_NAME", ["input", "name"]],
    [
      "an unknown kommune",
      { name: "X", municipalityCodes: ["0301", "9999"] },
      "UNKNOWN_MUNICIPALITY",
      ["input", "municipalityCodes", "1"],
    ],
    [
      "a kommune no longer in force",
      { name: "X", municipalityCodes: ["1599", "1580"] },
      "UNKNOWN_MUNICIPALITY",
      ["input", "municipalityCodes", "1"],
    ],
    [
      "a 5-digit Norwegian postal code",
      { name: "X", address: { street: "Gate 1", postalCode: "12345", city: "Oslo" } },
      "INVALID_POSTAL_CODE",
      ["input", "address", "postalCode"],
    ],
    [
      "a bad country code",
      { name: "X", address: { street: "Gate 1", postalCode: "12345", city: "Oslo", country: "Norway" } },
      "INVALID_ADDRESS",
      ["input", "address", "country"],
    ],
  ])("conciliationBoardCreate with %s", async (_label, input, code, field) => {
    const before = await registerFingerprint();
    const result = await app.ok(ConciliationBoardCreateDocument, { input });
    expect(result.conciliationBoardCreate.conciliationBoard).toBeNull();
    expect(result.conciliationBoardCreate.userErrors).toEqual([{ code, field, message: expect.any(String) }]);
    expect(await registerFingerprint()).toBe(before);
  });

  it("conciliationBoardUpdate with an unknown id, or leaving a kommune without a board", async () => {
    const before = await registerFingerprint();
    const unknown = await app.ok(ConciliationBoardUpdateDocument, {
      input: { id: "Q29uY2lsaWF0aW9uQm9hcmQ6OTk5OTk", name: "X" },
    });
    expect(unknown.conciliationBoardUpdate.userErrors).toEqual([
      { code: "UNKNOWN_BOARD", field: ["input", "id"], message: expect.stringMatching(/conciliationBoards query/) },
    ]);

    const sunnmore = await boardIdOf("1508");
    const shrink = await app.ok(ConciliationBoardUpdateDocument, {
      input: { id: sunnmore, name: "Renamed", municipalityCodes: ["1508"] },
    });
    expect(shrink.conciliationBoardUpdate.conciliationBoard).toBeNull();
    expect(shrink.conciliationBoardUpdate.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["MUNICIPALITY_WITHOUT_BOARD", ["input", "municipalityCodes"]],
      ["MUNICIPALITY_WITHOUT_BOARD", ["input", "municipalityCodes"]],
    ]);
    expect(shrink.conciliationBoardUpdate.userErrors[0]?.message).toMatch(
      /^Kommune 1532 Giske would have no forliksråd/,
    );
    expect(await registerFingerprint()).toBe(before);
    expect((await municipality("1508"))?.board?.name).toBe("Sunnmøre forliksråd");
  });
});

describe("board names in the official kommune name form", () => {
  const boardName = async (code: string) => (await municipality(code))!.board!.name;
  const setBoardName = (code: string, name: string) =>
    app.sql(
      `update conciliation_board set name = ? where id = (select board_id from municipality where code = ? and valid_from = '2024-01-01')`,
      [name, code],
    );

  it("renames a board that still has the seeded first-form name, and leaves an admin's name alone", async () => {
    await setBoardName("1826", "Aarborte forliksråd");
    await setBoardName("1833", "Helgeland nord forliksråd");
    await setBoardName("5628", "Deatnu forliksråd");
    const migration = new Migration20261203160000_board_names_official_form(app.orm.em.getDriver(), app.orm.config);
    await migration.up();
    for (const sql of migration.getQueries()) await app.sql(String(sql));
    expect(await boardName("1826")).toBe("Aarborte - Hattfjelldal forliksråd");
    expect(await boardName("5628")).toBe("Deatnu - Tana forliksråd");
    expect(await boardName("1833")).toBe("Helgeland nord forliksråd");
    expect(await boardName("4601")).toBe("Bergen forliksråd");
    await setBoardName("1833", "Rana - Raane forliksråd");
  });

  it("names the board of a new kommune row after its whole name", async () => {
    const created = await app.ok(MunicipalityCreateDocument, {
      input: { code: "5699", name: "Sámi - Test", countyCode: "56", validFrom: "2025-01-01" },
    });
    expect(created.municipalityCreate.municipality?.board?.name).toBe("Sámi - Test forliksråd");
  });
});

describe("conciliationBoardMerge: kommuner sharing one forliksråd (global admin)", () => {
  it("merges kommuner into a new shared board and removes the boards left serving nothing", async () => {
    const before = await Promise.all(["1867", "1868", "1870"].map(boardIdOf));
    const result = await app.ok(ConciliationBoardMergeDocument, {
      input: {
        name: "Vesterålen forliksråd",
        municipalityCodes: ["1867", "1868", "1870"],
        address: { street: "Postboks 500", postalCode: "8401", city: "Sortland" },
      },
    });
    expect(result.conciliationBoardMerge.userErrors).toEqual([]);
    expect(result.conciliationBoardMerge.conciliationBoard).toMatchObject({
      name: "Vesterålen forliksråd",
      address: { street: "Postboks 500", postalCode: "8401", city: "Sortland", country: "NO" },
      municipalities: [
        { code: "1867", name: "Bø" },
        { code: "1868", name: "Øksnes" },
        { code: "1870", name: "Sortland - Suortá" },
      ],
    });
    expect([...result.conciliationBoardMerge.removedBoardIds].sort()).toEqual([...before].sort());
    for (const id of before) expect((await app.ok(ConciliationBoardDocument, { id })).conciliationBoard).toBeNull();
    expect(await boardIdOf("1867")).toBe(result.conciliationBoardMerge.conciliationBoard!.id);
  });

  it("merges a kommune into an existing board, renaming it, and keeps a board that still serves another row", async () => {
    const into = await boardIdOf("1867");
    const hadsel = await boardIdOf("1866");
    await app.ok(MunicipalityCreateDocument, {
      input: {
        code: "1899",
        name: "Gamle Hadsel",
        countyCode: "18",
        validFrom: "2019-01-01",
        validTo: "2019-12-31",
        boardId: hadsel,
      },
    });
    const result = await app.ok(ConciliationBoardMergeDocument, {
      input: { intoBoardId: into, name: "Vesterålen og Hadsel forliksråd", municipalityCodes: ["1866"] },
    });
    expect(result.conciliationBoardMerge.userErrors).toEqual([]);
    expect(result.conciliationBoardMerge.conciliationBoard?.name).toBe("Vesterålen og Hadsel forliksråd");
    expect(result.conciliationBoardMerge.conciliationBoard?.municipalities.map((m) => m.code)).toEqual([
      "1866",
      "1867",
      "1868",
      "1870",
    ]);
    expect(result.conciliationBoardMerge.removedBoardIds).toEqual([]);
    expect((await app.ok(ConciliationBoardDocument, { id: hadsel })).conciliationBoard?.municipalities).toEqual([]);
  });

  it("refuses bad input and writes nothing", async () => {
    const before = await registerFingerprint();
    const merge = async (input: Record<string, unknown>) =>
      (await app.ok(ConciliationBoardMergeDocument, { input: input as never })).conciliationBoardMerge.userErrors.map(
        (e) => [e.code, e.field],
      );
    expect(await merge({ municipalityCodes: ["4601", "4602"] })).toEqual([["MISSING_NAME", ["input", "name"]]]);
    expect(await merge({ name: "Bergen forliksråd", municipalityCodes: ["4601"] })).toEqual([
      ["TOO_FEW_MUNICIPALITIES", ["input", "municipalityCodes"]],
    ]);
    expect(await merge({ name: "X forliksråd", municipalityCodes: ["4601", "9999"] })).toEqual([
      ["UNKNOWN_MUNICIPALITY", ["input", "municipalityCodes", "1"]],
    ]);
    expect(await merge({ intoBoardId: "bm9wZQ", municipalityCodes: ["4601", "4602"] })).toEqual([
      ["UNKNOWN_BOARD", ["input", "intoBoardId"]],
    ]);
    expect(await merge({ name: " ", municipalityCodes: ["4601", "4602"] })).toEqual([
      ["MISSING_NAME", ["input", "name"]],
    ]);
    expect(await registerFingerprint()).toBe(before);
  });

  it("is for a global admin only: an ADMIN key bound to some creditors is refused", async () => {
    const before = await registerFingerprint();
    const key = await app.createKey([Scope.ADMIN], [], "creditor admin");
    const res = await app.gql(
      ConciliationBoardMergeDocument,
      { input: { name: "Y forliksråd", municipalityCodes: ["4601", "4602"] } },
      key,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await registerFingerprint()).toBe(before);
  });
});
