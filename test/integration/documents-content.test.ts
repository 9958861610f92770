import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { PDFDocument as PdfLib } from "pdf-lib";
import PDFKit from "pdfkit";
import { startTestApp, type TestApp } from "../support/app";
import { download } from "../support/dispute";
import { createCreditor } from "../support/factories";
import { Scope } from "../../src/modules/access/api-key.entity";
import type { Creditor } from "../../src/modules/parties/creditor.entity";
import { CONTENT_LIMITS } from "../../src/modules/documents/document-content";

/** Uploads are parsed as what they claim to be, within limits: polyglots, decompression bombs and giant images are refused. */

const MiB = 1024 * 1024;

/** A zlib stream of `mib` MiB of zeros: one self-contained, sync-flushed 1 MiB block (about 1 KB) repeated, so the test never inflates it. */
function zeroBomb(mib: number): Buffer {
  const block = zlib.deflateRawSync(Buffer.alloc(MiB), { level: 9, finishFlush: zlib.constants.Z_SYNC_FLUSH });
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE((((mib * MiB) % 65521) * 65536 + 1) >>> 0);
  // 0x03 0x00: an empty final block
  return Buffer.concat([
    Buffer.from([0x78, 0xda]),
    ...Array.from({ length: mib }, () => block),
    Buffer.from([0x03, 0x00]),
    adler,
  ]);
}

/** A one-page PDF with extra Flate streams of the given contents (and dictionary entries). */
async function pdfWithStreams(streams: { contents: Buffer; dict?: Record<string, unknown> }[]): Promise<Buffer> {
  const doc = await PdfLib.create({ updateMetadata: false });
  doc.addPage([595, 842]);
  for (const s of streams)
    doc.context.register(doc.context.stream(s.contents, { Filter: "FlateDecode", ...s.dict } as never));
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

function pdfkit(options: ConstructorParameters<typeof PDFKit>[0] = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFKit({ size: "A4", ...options });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.text("Innsigelse mot faktura 1001.");
    doc.end();
  });
}

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG whose header declares width × height (8-bit RGBA), with one tiny IDAT and optional text. */
function pngDeclaring(width: number, height: number, text?: string): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", ihdr),
    ...(text ? [pngChunk("tEXt", Buffer.from(`Comment\0${text}`, "latin1"))] : []),
    pngChunk("IDAT", zlib.deflateSync(Buffer.alloc(16))),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

interface UploadBody {
  document?: { id: string; contentType: string; downloadUrl: string };
  userErrors?: { code: string; field: string[] | null; message: string }[];
}

let app: TestApp;
let creditor: Creditor;
let key: string;

beforeAll(async () => {
  app = await startTestApp({ worker: false });
  creditor = await createCreditor(app);
  key = await app.createKey([Scope.WRITE, Scope.READ], [creditor.id], "content checks");
});
afterAll(async () => app?.close());

async function upload(bytes: Buffer, name: string): Promise<{ status: number; body: UploadBody }> {
  const form = new FormData();
  form.append("creditorId", creditor.globalId);
  form.append("file", new Blob([new Uint8Array(bytes)], { type: "application/octet-stream" }), name);
  const res = await fetch(`http://127.0.0.1:${app.server.port}/documents`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}` },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as UploadBody };
}

/** Uploads `bytes`, expects the refusal, and that no row and no file appeared. */
async function expectRefused(
  bytes: Buffer,
  name: string,
  status: number,
  code: string,
  message: RegExp,
): Promise<void> {
  const rows = await app.count("document");
  const files = filesUnder(app.documentDir).length;
  const { status: got, body } = await upload(bytes, name);
  expect({ got, errors: body.userErrors }).toEqual({
    got: status,
    errors: [{ code, field: ["file"], message: expect.stringMatching(message) }],
  });
  expect(await app.count("document")).toBe(rows);
  expect(filesUnder(app.documentDir)).toHaveLength(files);
}

describe("PDF", () => {
  it("accepts real PDFs, also with compressed streams within the limits", async () => {
    const plain = await upload(await pdfkit(), "brev.pdf");
    expect(plain.status).toBe(201);
    const compressed = await upload(await pdfWithStreams([{ contents: zeroBomb(8) }]), "skannet.pdf");
    expect(compressed.status).toBe(201);
    expect(compressed.body.document?.contentType).toBe("application/pdf");
  });

  it("refuses a PDF/HTML polyglot, with the markup near the start or anywhere", async () => {
    const pdf = await pdfkit();
    const newline = pdf.indexOf("\n") + 1;
    const early = Buffer.concat([
      pdf.subarray(0, newline),
      Buffer.from("%<html><script>alert(document.cookie)</script></html>\n"),
      pdf.subarray(newline),
    ]);
    await expectRefused(
      early,
      "polyglot.pdf",
      415,
      "ACTIVE_CONTENT",
      /^The file also contains HTML or script markup .*: save or print it to a new file without it and upload that\.$/,
    );
    const late = Buffer.concat([pdf, Buffer.from("\n<SCRIPT src=//evil.example/x.js></SCRIPT>\n")]);
    await expectRefused(late, "polyglot.pdf", 415, "ACTIVE_CONTENT", /HTML or script markup/);
  });

  it("refuses a deflate bomb (about 1 MB inflating to 1 GiB) without inflating it", async () => {
    const bomb = zeroBomb(1024);
    expect(bomb.length).toBeLessThan(1.5 * MiB);
    await expectRefused(
      await pdfWithStreams([{ contents: bomb }]),
      "bomb.pdf",
      413,
      "CONTENT_TOO_LARGE",
      /^The PDF decompresses to more than 32 MB in one stream or 128 MB in all: save it with lower image resolution or split it, and upload that\.$/,
    );
  });

  it("refuses streams each within the per-stream cap that together pass the total budget", async () => {
    const perStream = CONTENT_LIMITS.pdfStreamMaxBytes / MiB - 4;
    const count = Math.ceil(CONTENT_LIMITS.pdfTotalMaxBytes / MiB / perStream) + 1;
    const streams = Array.from({ length: count }, () => ({ contents: zeroBomb(perStream) }));
    await expectRefused(
      await pdfWithStreams(streams),
      "many.pdf",
      413,
      "CONTENT_TOO_LARGE",
      /decompresses to more than/,
    );
  });

  it("refuses a bomb in an object stream, which the PDF parser decodes while loading", async () => {
    await expectRefused(
      await pdfWithStreams([{ contents: zeroBomb(64), dict: { Type: "ObjStm", N: 1, First: 0 } }]),
      "objstm.pdf",
      413,
      "CONTENT_TOO_LARGE",
      /decompresses to more than/,
    );
  });

  it("refuses what only starts like a PDF, and an encrypted PDF", async () => {
    await expectRefused(
      Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(2000, 0x41)]),
      "fake.pdf",
      422,
      "INVALID_FILE",
      /^The file starts like a PDF but its structure could not be read: .*upload that\.$/,
    );
    const locked = await pdfkit({ userPassword: "hemmelig", ownerPassword: "eier", pdfVersion: "1.4" });
    await expectRefused(
      locked,
      "locked.pdf",
      422,
      "ENCRYPTED_FILE",
      /^The PDF is encrypted or password-protected: save or print it to a new PDF without protection, and upload that\.$/,
    );
  });
});

describe("images", () => {
  it("refuses a PNG declaring 100 000 × 100 000 pixels", async () => {
    await expectRefused(
      pngDeclaring(100_000, 100_000),
      "huge.png",
      413,
      "CONTENT_TOO_LARGE",
      /^The image is 100000 × 100000 pixels, over the limit of 20000 pixels per side and 50 megapixels: scale it down and upload that\.$/,
    );
  });

  it("holds the pixel limit at 50 megapixels and the side limit at 20 000 pixels", async () => {
    expect((await upload(pngDeclaring(7071, 7071), "just-under.png")).status).toBe(201);
    await expectRefused(pngDeclaring(7072, 7072), "just-over.png", 413, "CONTENT_TOO_LARGE", /7072 × 7072 pixels/);
    expect((await upload(pngDeclaring(20_000, 100), "wide.png")).status).toBe(201);
    await expectRefused(pngDeclaring(20_001, 100), "wider.png", 413, "CONTENT_TOO_LARGE", /20001 × 100 pixels/);
  });

  it("refuses a PNG carrying HTML, and an image whose header is broken", async () => {
    await expectRefused(
      pngDeclaring(10, 10, "<html><script>alert(1)</script>"),
      "polyglot.png",
      415,
      "ACTIVE_CONTENT",
      /HTML or script markup/,
    );
    const broken = Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]),
      Buffer.alloc(64, 0),
    ]);
    await expectRefused(
      broken,
      "broken.jpg",
      422,
      "INVALID_FILE",
      /^The file starts like a JPEG image but its header could not be read/,
    );
  });

  it("serves an accepted image as an attachment with nosniff", async () => {
    const { body } = await upload(pngDeclaring(640, 480), "kvittering.png");
    const res = await download(app, body.document!.downloadUrl, key);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("content-disposition")).toBe("attachment; filename=kvittering.png");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
