import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "./embedded";

export interface EphemeralServer {
  /** postgres:// URL of a database we may create others from (superuser). */
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * A throw-away PostgreSQL for tests and tooling: the server at `externalUrl` when given, else an embedded cluster
 * in a temporary directory, tuned for speed (no fsync), removed on stop.
 */
export async function startEphemeralPostgres(externalUrl?: string): Promise<EphemeralServer> {
  if (externalUrl) {
    const u = new URL(externalUrl);
    return {
      adminUrl: externalUrl,
      urlFor: (db) => {
        const copy = new URL(u.toString());
        copy.pathname = `/${db}`;
        return copy.toString();
      },
      stop: async () => undefined,
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tvist-pg-"));
  fs.chmodSync(dir, 0o755);
  const cluster = await startEmbeddedPostgres({
    dataDir: dir,
    port: await freePort(),
    settings: { fsync: "off", synchronous_commit: "off", full_page_writes: "off" },
  });
  return {
    adminUrl: cluster.url,
    urlFor: cluster.urlFor,
    stop: async () => {
      await cluster.stop();
      fs.rmSync(dir, { recursive: true, force: true });
      if (cluster.clusterDir !== path.join(dir, "pg"))
        fs.rmSync(path.dirname(cluster.clusterDir), { recursive: true, force: true });
    },
  };
}
