import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Readable } from "node:stream";
import { ConfigError, loadConfig } from "../../src/app/config";
import { LocalDirectoryStorage } from "../../src/modules/documents/storage";
import { cleanFilename, detectDocumentType } from "../../src/modules/documents/documents.service";

describe("document configuration", () => {
  it("defaults to 10 MB under <DATA_DIR>/documents", () => {
    const config = loadConfig({ DATA_DIR: "/srv/tvist" });
    expect(config.documentMaxBytes).toBe(10485760);
    expect(config.documentDir).toBe("/srv/tvist/documents");
    expect(loadConfig({ DOCUMENT_DIR: "/mnt/docs", DOCUMENT_MAX_BYTES: "2048" })).toMatchObject({
      documentDir: "/mnt/docs",
      documentMaxBytes: 2048,
    });
  });

  it("names the fix for a bad DOCUMENT_MAX_BYTES", () => {
    expect(() => loadConfig({ DOCUMENT_MAX_BYTES: "10MB" })).toThrow(ConfigError);
    let error: unknown;
    try {
      loadConfig({ DOCUMENT_MAX_BYTES: "-1" });
    } catch (err) {
      error = err;
    }
    expect((error as ConfigError).problems).toEqual([
      'DOCUMENT_MAX_BYTES is invalid ("-1" is not a positive whole number): set DOCUMENT_MAX_BYTES to the largest upload in bytes, a positive whole number (default 10485760 = 10 MB)',
    ]);
  });
});

describe("cleanFilename", () => {
  it("keeps the name as given, without a path or control characters", () => {
    expect(cleanFilename("innsigelse.pdf", "application/pdf")).toBe("innsigelse.pdf");
    expect(cleanFilename("C:\\Users\\kari\\Åse – brev.pdf", "application/pdf")).toBe("Åse – brev.pdf");
    expect(cleanFilename("../../etc/passwd\u0000.png", "image/png")).toBe("passwd.png");
    expect(cleanFilename("x".repeat(300), "image/png")).toHaveLength(255);
  });

  it("names a nameless file by its type", () => {
    expect(cleanFilename(undefined, "image/jpeg")).toBe("document.jpg");
    expect(cleanFilename("  ", "application/pdf")).toBe("document.pdf");
  });
});

describe("detectDocumentType", () => {
  it("goes by the bytes", async () => {
    expect(await detectDocumentType(Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj\n"))).toBe("application/pdf");
    expect(await detectDocumentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]))).toBe(
      "image/jpeg",
    );
    expect(await detectDocumentType(Buffer.from("just text, named .pdf"))).toBeUndefined();
    expect(await detectDocumentType(Buffer.from("PK\u0003\u0004\u0014\u0000\u0006\u0000"))).toBeUndefined();
  });
});

describe("LocalDirectoryStorage", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "tvist-storage-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const read = async (body: Buffer | Readable) => {
    if (Buffer.isBuffer(body)) return body;
    const chunks: Buffer[] = [];
    for await (const c of body) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  };

  it("puts, gets and deletes, leaving no temporary file", async () => {
    const storage = new LocalDirectoryStorage(dir);
    await storage.put("7/abc-123", Buffer.from("hello"));
    expect(fs.readdirSync(path.join(dir, "7"))).toEqual(["abc-123"]);
    expect((await read(await storage.get("7/abc-123"))).toString()).toBe("hello");
    await storage.put("7/abc-123", Buffer.from("replaced"));
    expect((await read(await storage.get("7/abc-123"))).toString()).toBe("replaced");
    expect(fs.readdirSync(path.join(dir, "7"))).toEqual(["abc-123"]);
    await storage.delete("7/abc-123");
    await storage.delete("7/abc-123");
    await expect(storage.get("7/abc-123")).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("refuses keys that could leave the directory", async () => {
    const storage = new LocalDirectoryStorage(dir);
    for (const key of ["../x", "/etc/passwd", "a/../../b", "a//b", ".hidden", ""]) {
      await expect(storage.put(key, Buffer.from("x"))).rejects.toThrow(/Unsafe document storage key/);
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
