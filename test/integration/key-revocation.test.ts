import { randomBytes } from "node:crypto";
import WebSocket from "ws";
import { ApiKeyCreateDocument, ApiKeyRevokeDocument, ViewerDocument } from "../generated/graphql";
import { startTestApp, type TestApp } from "../support/app";
import { startTvist, type TvistProcess } from "../support/tvist-process";
import { freePort } from "../../src/db/ephemeral";
import { Scope } from "../../src/modules/access/api-key.entity";
import { ENV_ADMIN_KEY_NAME, ensureAdminKey } from "../../src/modules/access/access.service";
import { createLogger } from "../../src/app/logger";
import { toGlobalId } from "../../src/shared/global-id";

/** Two tvist servers over one database: a revocation made through one reaches the sockets of the other. */
let one: TestApp;
let two: TestApp;
const sockets: WebSocket[] = [];
let proc: TvistProcess | undefined;

beforeAll(async () => {
  one = await startTestApp();
  two = await startTestApp({ attachTo: one, worker: false });
});
afterAll(async () => {
  for (const s of sockets) s.terminate();
  if (proc && proc.child.exitCode === null && proc.child.signalCode === null) {
    proc.child.kill("SIGTERM");
    await proc.exited;
  }
  await two?.close();
  await one?.close();
});

interface OpenSocket {
  /** Resolves with the close code and reason; fails when the socket is still open after `ms`. */
  closed(ms?: number): Promise<{ code: number; reason: string }>;
  /** Whether the socket is still open. */
  open(): boolean;
}

/** A graphql-transport-ws connection with `key`, acknowledged, with one live subscription. */
async function liveSocket(app: TestApp, key: string): Promise<OpenSocket> {
  const ws = new WebSocket(app.server.wsUrl, "graphql-transport-ws");
  sockets.push(ws);
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once("close", (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () =>
      ws.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${key}` } })),
    );
    ws.on("message", (data) => {
      if ((JSON.parse(data.toString()) as { type: string }).type === "connection_ack") resolve();
    });
    void closed.then(({ code, reason }) => reject(new Error(`closed before connection_ack: ${code} ${reason}`)));
  });
  const listeners = app.services.eventBus!.listenerCount;
  ws.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query: "subscription { caseEvents { id } }" } }));
  for (let i = 0; i < 100 && app.services.eventBus!.listenerCount <= listeners; i++)
    await new Promise((r) => setTimeout(r, 20));
  expect(app.services.eventBus!.listenerCount).toBe(listeners + 1);
  return {
    open: () => ws.readyState === WebSocket.OPEN,
    closed: (ms = 5000) =>
      Promise.race([
        closed,
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error(`the socket is still open after ${ms} ms`)), ms).unref(),
        ),
      ]),
  };
}

async function keyId(secret: string, app: TestApp = one): Promise<string> {
  const rows = await app.sql<{ id: number }>("select id from api_key where hash = encode(sha256(?::bytea), 'hex')", [
    secret,
  ]);
  return toGlobalId("ApiKey", Number(rows[0]!.id));
}

async function viewerStatus(app: TestApp, key: string): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${app.server.port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: "{ viewer { keyName } }" }),
  });
  return res.status;
}

describe("revoking an API key", () => {
  it("closes the key's sockets with 4403 on every server, refuses the key at once everywhere, and leaves other keys' sockets open", async () => {
    const revoked = await one.createKey([Scope.READ], "all", "integration to revoke");
    const kept = await one.createKey([Scope.READ], "all", "integration to keep");
    // both servers have verified (and cached) the key before it is revoked
    expect([await viewerStatus(one, revoked), await viewerStatus(two, revoked)]).toEqual([200, 200]);
    const onOne = await liveSocket(one, revoked);
    const onTwo = await liveSocket(two, revoked);
    const other = await liveSocket(two, kept);

    const result = await one.ok(ApiKeyRevokeDocument, { input: { id: await keyId(revoked) } });
    expect(result.apiKeyRevoke.userErrors).toEqual([]);

    expect(await onTwo.closed()).toEqual({
      code: 4403,
      reason: "The API key was revoked: connect again with a valid key.",
    });
    expect((await onOne.closed()).code).toBe(4403);
    expect([await viewerStatus(one, revoked), await viewerStatus(two, revoked)]).toEqual([401, 401]);
    expect(other.open()).toBe(true);
    expect(await viewerStatus(two, kept)).toBe(200);
  });

  it("closes the sockets of keys revoked while a server's LISTEN connection was down, once it is back", async () => {
    const key = await one.createKey([Scope.READ], "all", "revoked unheard");
    const kept = await one.createKey([Scope.READ], "all", "still valid");
    const socket = await liveSocket(two, key);
    const other = await liveSocket(two, kept);
    // revoked behind tvist's back: no notice is sent
    await one.sql("update api_key set revoked_at = now() where hash = encode(sha256(?::bytea), 'hex')", [key]);
    const bus = two.services.eventBus!;
    const reconnected = new Promise<void>((resolve) => bus.status.once("connected", () => resolve()));
    await one.sql("select pg_terminate_backend(?)", [bus.backendPid]);
    await reconnected;
    expect(await socket.closed()).toEqual({
      code: 4403,
      reason: "The API key was revoked: connect again with a valid key.",
    });
    expect(other.open()).toBe(true);
  });

  it("refuses a new socket with a revoked key", async () => {
    const key = await one.createKey([Scope.READ], "all", "revoked before connecting");
    await one.ok(ApiKeyRevokeDocument, { input: { id: await keyId(key) } });
    await expect(liveSocket(two, key)).rejects.toThrow(
      "closed before connection_ack: 4403 The API key is unknown or revoked: connect with a valid key (create one with apiKeyCreate).",
    );
  });

  it("closes a socket opened with a key tvist never issued with 4403 and a reason that says what to do", async () => {
    await expect(liveSocket(one, "tvk_not_a_key")).rejects.toThrow(
      "closed before connection_ack: 4403 The API key is unknown or revoked: connect with a valid key (create one with apiKeyCreate).",
    );
  });
});

describe("a new ADMIN_API_KEY", () => {
  const newKey = () => `tvk_${randomBytes(24).toString("base64url")}`;

  it("revokes the previous one at boot: its sockets on running servers close with 4403 and it is refused", async () => {
    const logger = createLogger("silent");
    const first = newKey();
    const second = newKey();
    await ensureAdminKey(one.orm.em.fork(), first, false, logger);
    expect(await viewerStatus(two, first)).toBe(200);
    const socket = await liveSocket(two, first);

    // what a server booting with ADMIN_API_KEY=second does
    await ensureAdminKey(one.orm.em.fork(), second, false, logger);

    expect((await socket.closed()).code).toBe(4403);
    expect([await viewerStatus(one, first), await viewerStatus(two, first)]).toEqual([401, 401]);
    expect([await viewerStatus(one, second), await viewerStatus(two, second)]).toEqual([200, 200]);
    const rows = await one.sql<{ live: string }>(
      `select count(*)::text as live from api_key where name = ? and revoked_at is null`,
      [ENV_ADMIN_KEY_NAME],
    );
    expect(rows[0]!.live).toBe("1");
  });

  it("reserves its name: no other key can be made to look like it (and be revoked with it)", async () => {
    const before = await one.count("api_key");
    const result = await one.ok(ApiKeyCreateDocument, {
      input: { name: ENV_ADMIN_KEY_NAME, scopes: ["READ"], allCreditors: true },
    });
    expect(result.apiKeyCreate.apiKey).toBeNull();
    expect(result.apiKeyCreate.userErrors).toEqual([
      {
        code: "INVALID_NAME",
        field: ["input", "name"],
        message: `"${ENV_ADMIN_KEY_NAME}" is reserved for the key set by ADMIN_API_KEY: choose another name.`,
      },
    ]);
    expect(await one.count("api_key")).toBe(before);
  });

  it("revokes the previous one when tvist restarts (npm start) with another value, closing its sockets on the other running servers", async () => {
    const previous = newKey();
    const next = newKey();
    await ensureAdminKey(one.orm.em.fork(), previous, false, createLogger("silent"));
    const socket = await liveSocket(one, previous);
    const port = await freePort();
    proc = startTvist({
      DATABASE_URL: one.databaseUrl,
      PORT: String(port),
      ADMIN_API_KEY: next,
      WEBHOOK_WORKER: "false",
    });
    await proc.listening;
    expect((await socket.closed()).code).toBe(4403);
    expect(await proc.gql(port, ViewerDocument, {}, next)).toMatchObject({
      data: { viewer: { keyName: ENV_ADMIN_KEY_NAME } },
    });
    expect((await proc.gql(port, ViewerDocument, {}, previous)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await viewerStatus(two, previous)).toBe(401);
  }, 180000);
});
