import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import type { Readable } from "node:stream";
import type { Config } from "../../app/config";

/** Where document bytes live. Keys are relative paths of safe segments, e.g. "12/3f9c…". */
export interface DocumentStorage {
  /** Stores the bytes under the key; a reader never sees a partly written file. */
  put(key: string, data: Buffer): Promise<void>;
  /** The bytes, or a stream of them; rejects with code ENOENT when the key is unknown. */
  get(key: string): Promise<Buffer | Readable>;
  /** Removes the key; a missing key is not an error. */
  delete(key: string): Promise<void>;
}

const SAFE_KEY = /^[A-Za-z0-9][A-Za-z0-9_-]*(\/[A-Za-z0-9][A-Za-z0-9_-]*)*$/;

export function isSafeStorageKey(key: string): boolean {
  return key.length <= 200 && SAFE_KEY.test(key);
}

/** Files in a local directory, written as a temporary file then renamed into place. */
export class LocalDirectoryStorage implements DocumentStorage {
  constructor(readonly dir: string) {}

  private pathOf(key: string): string {
    if (!isSafeStorageKey(key)) throw new Error(`Unsafe document storage key ${JSON.stringify(key)}`);
    return path.join(this.dir, ...key.split("/"));
  }

  async put(key: string, data: Buffer): Promise<void> {
    const target = this.pathOf(key);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    const temp = `${target}.${randomBytes(6).toString("hex")}.tmp`;
    try {
      const handle = await fs.promises.open(temp, "wx", 0o640);
      try {
        await handle.writeFile(data);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.promises.rename(temp, target);
    } catch (err) {
      await fs.promises.rm(temp, { force: true });
      throw err;
    }
  }

  async get(key: string): Promise<Readable> {
    // open first so that a missing file fails here, before any response is sent
    const handle = await fs.promises.open(this.pathOf(key), "r");
    return handle.createReadStream();
  }

  async delete(key: string): Promise<void> {
    await fs.promises.rm(this.pathOf(key), { force: true });
  }
}

export function createDocumentStorage(config: Pick<Config, "documentDir">): DocumentStorage {
  return new LocalDirectoryStorage(config.documentDir);
}
