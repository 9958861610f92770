import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import { DocumentByIdDocument } from "../generated/graphql";
import { startTestApp, type TestApp } from "../support/app";
import { createCreditor } from "../support/factories";
import { Scope } from "../../src/modules/access/api-key.entity";
import type { Auth } from "../../src/modules/access/auth";
import type { Creditor } from "../../src/modules/parties/creditor.entity";
import { loadDocumentsForAttachment } from "../../src/modules/documents/documents.service";
import { toGlobalId } from "../../src/shared/global-id";

/** 1×1 transparent PNG. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

function makePdf(text: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4", info: { CreationDate: new Date("2026-01-05T10:00:00Z") } });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.fontSize(14).text(text);
    doc.end();
  });
}

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

interface UploadBody {
  document?: { id: string; filename: string; contentType: string; size: number; sha256: string; downloadUrl: string };
  userErrors?: { code: string; field: string[] | null; message: string }[];
}

async function upload(
  target: TestApp,
  parts: { file?: { bytes: Buffer; name: string; type?: string }; creditorId?: string },
  key: string | null = target.adminKey,
): Promise<{ status: number; body: UploadBody }> {
  const form = new FormData();
  if (parts.creditorId !== undefined) form.append("creditorId", parts.creditorId);
  if (parts.file)
    form.append(
      "file",
      new Blob([new Uint8Array(parts.file.bytes)], { type: parts.file.type ?? "application/octet-stream" }),
      parts.file.name,
    );
  const res = await fetch(`http://127.0.0.1:${target.server.port}/documents`, {
    method: "POST",
    headers: key ? { authorization: `Bearer ${key}` } : {},
    body: form,
  });
  return { status: res.status, body: (await res.json()) as UploadBody };
}

function download(target: TestApp, id: string, key: string | null = target.adminKey): Promise<Response> {
  return fetch(`http://127.0.0.1:${target.server.port}/documents/${id}`, {
    headers: key ? { authorization: `Bearer ${key}` } : {},
  });
}

let app: TestApp;
let creditorA: Creditor;
let creditorB: Creditor;
let keyA: string;
let keyB: string;
let pdf: Buffer;

beforeAll(async () => {
  app = await startTestApp();
  creditorA = await createCreditor(app, { name: "Alfa Regnskap AS" });
  creditorB = await createCreditor(app, { name: "Beta Bygg AS", municipalityCode: "4601" });
  keyA = await app.createKey([Scope.WRITE], [creditorA.id], "alfa integration");
  keyB = await app.createKey([Scope.WRITE], [creditorB.id], "beta integration");
  pdf = await makePdf("Innsigelse: fakturaen gjelder en vare jeg returnerte 3. januar.");
});
afterAll(async () => app?.close());

/** Asserts that no document row and no stored file exist beyond `rows`/`files`. */
async function expectStored(target: TestApp, rows: number, files: number): Promise<void> {
  expect(await target.count("document")).toBe(rows);
  expect(filesUnder(target.documentDir)).toHaveLength(files);
}

describe("POST /documents", () => {
  it("stores a PDF detected by content, with its sha256, and records who uploaded it", async () => {
    const before = await app.count("document");
    const { status, body } = await upload(
      app,
      { file: { bytes: pdf, name: "innsigelse.pdf", type: "application/pdf" }, creditorId: creditorA.globalId },
      keyA,
    );
    expect(status).toBe(201);
    const id = body.document!.id;
    expect(body).toEqual({
      document: {
        id,
        filename: "innsigelse.pdf",
        contentType: "application/pdf",
        size: pdf.length,
        sha256: sha256(pdf),
        downloadUrl: `/documents/${id}`,
      },
    });
    expect(await app.count("document")).toBe(before + 1);
    const [row] = await app.sql<{ creditor_id: string; uploaded_by: string; storage_key: string; size: string }>(
      "select creditor_id::text, uploaded_by, storage_key, size::text from document where sha256 = ?",
      [sha256(pdf)],
    );
    expect(row).toMatchObject({
      creditor_id: String(creditorA.id),
      uploaded_by: "alfa integration",
      size: String(pdf.length),
    });
    expect(row!.storage_key).toMatch(new RegExp(`^${creditorA.id}/[0-9a-f-]{36}$`));
    expect(fs.readFileSync(path.join(app.documentDir, row!.storage_key))).toEqual(pdf);
  });

  it("detects a PNG by its bytes even when the name says .jpg", async () => {
    const { status, body } = await upload(
      app,
      {
        file: { bytes: PNG, name: "C:\\fakepath\\kvittering.jpg", type: "image/jpeg" },
        creditorId: creditorA.globalId,
      },
      keyA,
    );
    expect(status).toBe(201);
    expect(body.document).toMatchObject({
      filename: "kvittering.jpg",
      contentType: "image/png",
      size: PNG.length,
      sha256: sha256(PNG),
    });
  });

  it("refuses a text file named .pdf with 415 and stores nothing", async () => {
    const rows = await app.count("document");
    const files = filesUnder(app.documentDir).length;
    const text = Buffer.from("Dette er ikke en PDF, bare tekst med feil filnavn.\n".repeat(20));
    const { status, body } = await upload(
      app,
      { file: { bytes: text, name: "innsigelse.pdf", type: "application/pdf" }, creditorId: creditorA.globalId },
      keyA,
    );
    expect(status).toBe(415);
    expect(body.userErrors).toEqual([
      {
        code: "UNSUPPORTED_FILE_TYPE",
        field: ["file"],
        message: expect.stringMatching(/not a PDF, PNG, JPEG.*by its bytes/),
      },
    ]);
    await expectStored(app, rows, files);
  });

  it("asks for the file and the creditor, all at once, with 400", async () => {
    const rows = await app.count("document");
    const files = filesUnder(app.documentDir).length;
    const none = await upload(app, {}, keyA);
    expect(none.status).toBe(400);
    expect(none.body.userErrors).toEqual([
      {
        code: "UNKNOWN_CREDITOR",
        field: ["creditorId"],
        message: "Send the creditor's id in the form field creditorId.",
      },
      { code: "MISSING_FILE", field: ["file"], message: expect.stringMatching(/file field named file/) },
    ]);
    const empty = await upload(
      app,
      { file: { bytes: Buffer.alloc(0), name: "tom.pdf" }, creditorId: creditorA.globalId },
      keyA,
    );
    expect(empty.status).toBe(400);
    expect(empty.body.userErrors?.map((e) => e.code)).toEqual(["MISSING_FILE"]);
    await expectStored(app, rows, files);
  });

  it("refuses a body that is not multipart/form-data", async () => {
    const res = await fetch(`http://127.0.0.1:${app.server.port}/documents`, {
      method: "POST",
      headers: { authorization: `Bearer ${keyA}`, "content-type": "application/pdf" },
      body: new Uint8Array(pdf),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      userErrors: [{ code: "MALFORMED_REQUEST", field: null, message: expect.stringMatching(/multipart\/form-data/) }],
    });
  });

  it("refuses without a key (401) and with a read-only key (403), storing nothing", async () => {
    const rows = await app.count("document");
    const files = filesUnder(app.documentDir).length;
    const anonymous = await upload(app, { file: { bytes: pdf, name: "a.pdf" }, creditorId: creditorA.globalId }, null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.userErrors).toEqual([
      { code: "UNAUTHENTICATED", field: null, message: expect.stringMatching(/Authorization: Bearer/) },
    ]);
    const unknown = await upload(
      app,
      { file: { bytes: pdf, name: "a.pdf" }, creditorId: creditorA.globalId },
      `tvk_${"x".repeat(40)}`,
    );
    expect(unknown.status).toBe(401);
    const readOnly = await app.createKey([Scope.READ], [creditorA.id], "alfa reader");
    const forbidden = await upload(
      app,
      { file: { bytes: pdf, name: "a.pdf" }, creditorId: creditorA.globalId },
      readOnly,
    );
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.userErrors).toEqual([
      { code: "FORBIDDEN", field: null, message: expect.stringMatching(/lacks the WRITE scope/) },
    ]);
    await expectStored(app, rows, files);
  });

  it("refuses to upload for a creditor the key does not see, storing nothing", async () => {
    const rows = await app.count("document");
    const files = filesUnder(app.documentDir).length;
    const { status, body } = await upload(
      app,
      { file: { bytes: pdf, name: "a.pdf" }, creditorId: creditorA.globalId },
      keyB,
    );
    expect(status).toBe(400);
    expect(body.userErrors).toEqual([
      {
        code: "UNKNOWN_CREDITOR",
        field: ["creditorId"],
        message: `No creditor with id ${creditorA.globalId}: send the id of a creditor this key sees in the form field creditorId.`,
      },
    ]);
    const garbage = await upload(app, { file: { bytes: pdf, name: "a.pdf" }, creditorId: "not-an-id" }, keyB);
    expect(garbage.body.userErrors?.map((e) => e.code)).toEqual(["UNKNOWN_CREDITOR"]);
    await expectStored(app, rows, files);
  });
});

describe("size limit (DOCUMENT_MAX_BYTES)", () => {
  let small: TestApp;
  let key: string;
  let creditor: Creditor;
  beforeAll(async () => {
    small = await startTestApp({ env: { DOCUMENT_MAX_BYTES: "1024" } });
    creditor = await createCreditor(small);
    key = await small.createKey([Scope.WRITE], [creditor.id]);
  });
  afterAll(async () => small?.close());

  /** A one-page PDF padded with trailing spaces to n bytes. */
  const pdfOfSize = (n: number) => {
    const body = Buffer.from(
      `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n` +
        `3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    );
    return Buffer.concat([body, Buffer.alloc(n - body.length, 0x20)]);
  };

  it("accepts a file of exactly the limit", async () => {
    const { status, body } = await upload(
      small,
      { file: { bytes: pdfOfSize(1024), name: "exact.pdf" }, creditorId: creditor.globalId },
      key,
    );
    expect(status).toBe(201);
    expect(body.document?.size).toBe(1024);
    await expectStored(small, 1, 1);
  });

  it("refuses a file one byte over the limit while streaming, with 413, storing nothing", async () => {
    const { status, body } = await upload(
      small,
      { file: { bytes: pdfOfSize(1025), name: "over.pdf" }, creditorId: creditor.globalId },
      key,
    );
    expect(status).toBe(413);
    expect(body.userErrors).toEqual([
      {
        code: "FILE_TOO_LARGE",
        field: ["file"],
        message: "The file is larger than 1024 bytes (DOCUMENT_MAX_BYTES): upload a smaller or compressed file.",
      },
    ]);
    await expectStored(small, 1, 1);
  });

  it("refuses a body far over the limit before reading it", async () => {
    const { status, body } = await upload(
      small,
      { file: { bytes: pdfOfSize(2 * 1024 * 1024), name: "huge.pdf" }, creditorId: creditor.globalId },
      key,
    );
    expect(status).toBe(413);
    expect(body.userErrors?.map((e) => e.code)).toEqual(["FILE_TOO_LARGE"]);
    await expectStored(small, 1, 1);
  });

  it("stops reading a chunked upload without Content-Length once it passes the limit", async () => {
    const boundary = "----tvistboundary";
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="creditorId"\r\n\r\n${creditor.globalId}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="stream.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`,
    );
    let sent = 0;
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(head);
      },
      pull(controller) {
        // at most 8 MB, far more than the limit: the server must answer before reading it all
        if (sent >= 8 * 1024 * 1024) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const res = await fetch(`http://127.0.0.1:${small.server.port}/documents`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": `multipart/form-data; boundary=${boundary}` },
      body,
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(((await res.json()) as UploadBody).userErrors?.map((e) => e.code)).toEqual(["FILE_TOO_LARGE"]);
    expect(sent).toBeLessThan(8 * 1024 * 1024);
    await expectStored(small, 1, 1);
  });

  it("still serves the next request after refusing one", async () => {
    const { status } = await upload(
      small,
      { file: { bytes: PNG, name: "ok.png" }, creditorId: creditor.globalId },
      key,
    );
    expect(status).toBe(201);
    await expectStored(small, 2, 2);
  });
});

describe("GET /documents/:id and the document query", () => {
  let id: string;
  beforeAll(async () => {
    const { body } = await upload(
      app,
      { file: { bytes: pdf, name: "Innsigelse – Åse Ødegård.pdf" }, creditorId: creditorA.globalId },
      keyA,
    );
    id = body.document!.id;
  });

  it("downloads the same bytes with type and file name", async () => {
    const res = await download(app, id, keyA);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-length")).toBe(String(pdf.length));
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="Innsigelse ? ?se ?deg?rd.pdf"; filename*=UTF-8''Innsigelse%20%E2%80%93%20%C3%85se%20%C3%98deg%C3%A5rd.pdf`,
    );
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(sha256(bytes)).toBe(sha256(pdf));
    expect(bytes.equals(pdf)).toBe(true);
  });

  it("answers the document query for its tenant", async () => {
    const data = await app.ok(DocumentByIdDocument, { id }, keyA);
    expect(data.document).toEqual({
      id,
      filename: "Innsigelse – Åse Ødegård.pdf",
      contentType: "application/pdf",
      size: pdf.length,
      sha256: sha256(pdf),
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      downloadUrl: `/documents/${id}`,
    });
  });

  it("hides the document from another tenant: 404 and null", async () => {
    const res = await download(app, id, keyB);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      userErrors: [
        {
          code: "UNKNOWN_DOCUMENT",
          field: ["id"],
          message: `No document with id ${id}: use an id returned by POST /documents.`,
        },
      ],
    });
    expect((await app.ok(DocumentByIdDocument, { id }, keyB)).document).toBeNull();
  });

  it("needs a key to download", async () => {
    expect((await download(app, id, null)).status).toBe(401);
    expect((await download(app, "bm9wZQ", keyA)).status).toBe(404);
  });

  it("reads the key from Authorization as /graphql does: with or without Bearer, none when Bearer is empty", async () => {
    const get = (authorization: string) =>
      fetch(`http://127.0.0.1:${app.server.port}/documents/${id}`, { headers: { authorization } });
    expect((await get(`bearer  ${keyA} `)).status).toBe(200);
    expect((await get(keyA)).status).toBe(200);
    const empty = await get("Bearer ");
    expect(empty.status).toBe(401);
    expect(((await empty.json()) as { userErrors: { message: string }[] }).userErrors[0]!.message).toMatch(
      /^Authentication required/,
    );
  });
});

describe("loadDocumentsForAttachment", () => {
  const authFor = (creditorIds: number[] | "all"): Auth => ({
    keyId: 0,
    keyName: "test",
    scopes: new Set([Scope.WRITE]),
    creditorIds,
  });
  let a1: string;
  let a2: string;
  let b1: string;
  beforeAll(async () => {
    a1 = (await upload(app, { file: { bytes: PNG, name: "a1.png" }, creditorId: creditorA.globalId }, keyA)).body
      .document!.id;
    a2 = (await upload(app, { file: { bytes: pdf, name: "a2.pdf" }, creditorId: creditorA.globalId }, keyA)).body
      .document!.id;
    b1 = (await upload(app, { file: { bytes: pdf, name: "b1.pdf" }, creditorId: creditorB.globalId }, keyB)).body
      .document!.id;
  });

  it("returns the creditor's documents in the order given, without repeats", async () => {
    const result = await loadDocumentsForAttachment(app.orm.em.fork(), authFor([creditorA.id]), creditorA.id, [
      a2,
      a1,
      a2,
    ]);
    expect(result.ok && result.value.map((d) => d.globalId)).toEqual([a2, a1]);
    const none = await loadDocumentsForAttachment(app.orm.em.fork(), authFor([creditorA.id]), creditorA.id, []);
    expect(none).toEqual({ ok: true, value: [] });
  });

  it("names each unknown, foreign or malformed id by its index", async () => {
    const missing = toGlobalId("Document", 999999);
    const result = await loadDocumentsForAttachment(
      app.orm.em.fork(),
      authFor("all"),
      creditorA.id,
      [a1, b1, missing, "garbage"],
      ["input", "attachmentIds"],
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => [e.code, e.field])).toEqual([
      ["UNKNOWN_DOCUMENT", ["input", "attachmentIds", "1"]],
      ["UNKNOWN_DOCUMENT", ["input", "attachmentIds", "2"]],
      ["UNKNOWN_DOCUMENT", ["input", "attachmentIds", "3"]],
    ]);
    expect(!result.ok && result.errors[0]!.message).toBe(
      `No document with id ${b1} for this creditor: upload it with POST /documents and use the id it returns.`,
    );
  });

  it("finds nothing for a caller that does not see the creditor", async () => {
    const result = await loadDocumentsForAttachment(app.orm.em.fork(), authFor([creditorB.id]), creditorA.id, [a1]);
    expect(!result.ok && result.errors.map((e) => e.field)).toEqual([["input", "documentIds", "0"]]);
  });
});
