import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { startTestApp, type TestApp } from "../support/app";
import { createCreditor } from "../support/factories";
import { startTvist, type TvistProcess } from "../support/tvist-process";
import { Scope } from "../../src/modules/access/api-key.entity";
import type { Creditor } from "../../src/modules/parties/creditor.entity";
import { freePort } from "../../src/db/ephemeral";

/** Uploads that end early, are cut off or are malformed: a JSON 400 with a code, nothing stored, the server still answers. */

/** 1×1 transparent PNG. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);
const BOUNDARY = "----tvistfaults";

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

/** A multipart body with creditorId and a file part whose content is `file`, and no closing boundary. */
function openBody(creditorId: string, file: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="creditorId"\r\n\r\n${creditorId}\r\n` +
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="cut.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    file,
  ]);
}

const closing = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);

interface RawAnswer {
  status: number;
  headers: string;
  body: string;
}

/** Sends a POST /documents over a plain socket: `declared` as Content-Length, then `body`, and reads the whole answer. */
function rawUpload(
  port: number,
  key: string,
  body: Buffer,
  declared = body.length,
  contentType = `multipart/form-data; boundary=${BOUNDARY}`,
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    socket.on("data", (c: Buffer) => chunks.push(c));
    socket.on("error", reject);
    socket.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const [head = "", ...rest] = text.split("\r\n\r\n");
      resolve({
        status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0),
        headers: head,
        body: rest.join("\r\n\r\n"),
      });
    });
    socket.write(
      `POST /documents HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${key}\r\nConnection: close\r\n` +
        `Content-Type: ${contentType}\r\nContent-Length: ${declared}\r\n\r\n`,
    );
    socket.write(body);
  });
}

/** Sends part of an upload, then drops the connection; resolves once the socket is closed. */
function abortedUpload(port: number, key: string, body: Buffer, declared: number): Promise<void> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1", () => {
      socket.write(
        `POST /documents HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${key}\r\n` +
          `Content-Type: multipart/form-data; boundary=${BOUNDARY}\r\nContent-Length: ${declared}\r\n\r\n`,
      );
      socket.write(body, () => setImmediate(() => socket.destroy()));
    });
    socket.on("error", () => undefined);
    socket.on("close", () => resolve());
  });
}

async function healthy(port: number): Promise<number> {
  return (await fetch(`http://127.0.0.1:${port}/healthz`)).status;
}

const parsedErrors = (answer: RawAnswer) =>
  (JSON.parse(answer.body) as { userErrors: { code: string; field: string[] | null; message: string }[] }).userErrors;

describe("a truncated or aborted upload against the server", () => {
  let app: TestApp;
  let creditor: Creditor;
  let key: string;
  beforeAll(async () => {
    app = await startTestApp();
    creditor = await createCreditor(app);
    key = await app.createKey([Scope.WRITE], [creditor.id], "faulty uploader");
  });
  afterAll(async () => app?.close());

  async function expectNothingStored(): Promise<void> {
    expect(await app.count("document")).toBe(0);
    expect(filesUnder(app.documentDir)).toEqual([]);
  }

  it("answers a body that ends inside the file part with 400 INCOMPLETE_UPLOAD, and keeps serving", async () => {
    const answer = await rawUpload(
      app.server.port,
      key,
      openBody(creditor.globalId, Buffer.from("%PDF-1.4\n% cut off here")),
    );
    expect(answer.status).toBe(400);
    expect(answer.headers).toMatch(/content-type: application\/json/i);
    expect(parsedErrors(answer)).toEqual([
      {
        code: "INCOMPLETE_UPLOAD",
        field: null,
        message: "The multipart body ended before its closing boundary: send the whole upload again.",
      },
    ]);
    await expectNothingStored();
    expect(await healthy(app.server.port)).toBe(200);
  });

  it("answers a body cut inside a part's headers, and a body with no parts, with a JSON 400", async () => {
    const cutHeaders = Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="fi`);
    const inHeaders = await rawUpload(app.server.port, key, cutHeaders);
    expect(inHeaders.status).toBe(400);
    expect(parsedErrors(inHeaders).map((e) => e.code)).toEqual(["INCOMPLETE_UPLOAD"]);
    const garbage = await rawUpload(app.server.port, key, Buffer.from("no boundary at all"));
    expect(garbage.status).toBe(400);
    expect(parsedErrors(garbage).map((e) => e.code)).toEqual(["INCOMPLETE_UPLOAD"]);
    await expectNothingStored();
  });

  it("answers a multipart body without a boundary, or with a broken part header, with 400 MALFORMED_REQUEST", async () => {
    const body = openBody(creditor.globalId, PNG);
    const noBoundary = await rawUpload(app.server.port, key, body, body.length, "multipart/form-data");
    expect(noBoundary.status).toBe(400);
    expect(parsedErrors(noBoundary)).toEqual([
      {
        code: "MALFORMED_REQUEST",
        field: null,
        message:
          "The Content-Type has no usable multipart boundary: send multipart/form-data with the fields file and creditorId.",
      },
    ]);
    const badHeader = Buffer.concat([Buffer.from(`--${BOUNDARY}\r\n${"X".repeat(20000)}\r\n\r\nvalue`), closing]);
    const broken = await rawUpload(app.server.port, key, badHeader);
    expect(broken.status).toBe(400);
    expect(parsedErrors(broken)).toEqual([
      {
        code: "MALFORMED_REQUEST",
        field: null,
        message: "The multipart body is malformed: send multipart/form-data with the fields file and creditorId.",
      },
    ]);
    await expectNothingStored();
  });

  it("stores nothing when the client drops the connection mid-upload, and keeps serving", async () => {
    const partial = openBody(creditor.globalId, Buffer.alloc(32 * 1024, 0x41));
    await abortedUpload(app.server.port, key, partial, partial.length + 64 * 1024);
    expect(await healthy(app.server.port)).toBe(200);
    await expectNothingStored();
    // a complete upload right after is stored
    const whole = await rawUpload(app.server.port, key, Buffer.concat([openBody(creditor.globalId, PNG), closing]));
    expect(whole.status).toBe(201);
    expect(await app.count("document")).toBe(1);
    expect(filesUnder(app.documentDir)).toHaveLength(1);
  });
});

describe("a truncated upload against `npm start`", () => {
  let app: TestApp;
  let proc: TvistProcess | undefined;
  let dataDir: string;
  afterAll(async () => {
    if (proc && proc.child.exitCode === null && proc.child.signalCode === null) {
      proc.child.kill("SIGTERM");
      await proc.exited;
    }
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("survives truncated uploads, answers each with 400 and still serves uploads", async () => {
    app = await startTestApp({ worker: false });
    const creditor = await createCreditor(app);
    const key = await app.createKey([Scope.WRITE], [creditor.id], "faulty uploader");
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tvist-faults-"));
    const port = await freePort();
    proc = startTvist({ DATABASE_URL: app.databaseUrl, PORT: String(port), DATA_DIR: dataDir }, "npm");
    await proc.listening;
    for (let i = 0; i < 3; i++) {
      const answer = await rawUpload(port, key, openBody(creditor.globalId, Buffer.from(`%PDF-1.4\n% attempt ${i}`)));
      expect(answer.status).toBe(400);
      expect(parsedErrors(answer).map((e) => e.code)).toEqual(["INCOMPLETE_UPLOAD"]);
    }
    const partial = openBody(creditor.globalId, Buffer.alloc(16 * 1024, 0x41));
    await abortedUpload(port, key, partial, partial.length + 1024);
    expect(await healthy(port)).toBe(200);
    const whole = await rawUpload(port, key, Buffer.concat([openBody(creditor.globalId, PNG), closing]));
    expect(whole.status).toBe(201);
    expect(proc.child.exitCode).toBeNull();
    expect(await app.count("document")).toBe(1);
    expect(filesUnder(path.join(dataDir, "documents"))).toHaveLength(1);
  }, 120_000);
});
