import { EventEmitter } from "node:events";
import pg from "pg";
import type { MikroORM } from "@mikro-orm/postgresql";
import type { Logger } from "pino";
import { toEventRecord, type LoggedEvent, type EventRow } from "./event-record";
import { EVENTS_CHANNEL, eventsAfterIdSql, LAST_EVENT_ID, LAST_EVENT_ID_AFTER } from "./event.store";

/** The NOTIFY channel that tells every tvist process an API key was revoked; the payload is the key's id. */
export const API_KEYS_CHANNEL = "tvist_api_keys";

/** What a notification says (see notifySink in event.store.ts). */
export interface EventsNotification {
  after: number;
  lastId: number;
  count: number;
  rows?: EventRow[];
}

export type EventListener = (event: LoggedEvent) => void;

/** Hears that a key was revoked; `undefined` after the LISTEN connection was restored (a notice may have been missed). */
export type KeyRevocationListener = (keyId: number | undefined) => void;

export interface EventBusOptions {
  databaseUrl: string;
  orm: MikroORM;
  logger: Logger;
  /** How often the LISTEN connection is checked (default 30 000 ms). */
  pingMs?: number;
  /** First reconnect delay, doubled up to 5 s (default 100 ms). */
  reconnectMs?: number;
}

const PAGE = 500;

/**
 * Fan-out of committed events across processes. One dedicated LISTEN connection per process hears NOTIFYs; the
 * bus hands the events, in id order, to the local listeners: from the notification itself when it follows on from
 * the last event dispatched, else by reading every event after that one (ids follow commit order, see
 * event.store.ts). After the connection drops it reconnects, LISTENs again
 * and catches up from the last dispatched id, so nothing committed meanwhile is missed.
 */
export class EventBus {
  /** Emits "connected" (with the backend pid) and "disconnected". */
  readonly status = new EventEmitter();
  private client: pg.Client | undefined;
  private readonly listeners = new Set<EventListener>();
  private readonly keyListeners = new Set<KeyRevocationListener>();
  private lastId = 0;
  /** Events dispatched straight from notifications and after reading the table (diagnostics). */
  readonly dispatched = { fromNotifications: 0, fromReads: 0 };
  private pumping: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private pingTimer: NodeJS.Timeout | undefined;
  private pid: number | undefined;

  constructor(private readonly options: EventBusOptions) {}

  /** Connects and LISTENs; events committed from now on are dispatched. */
  async start(): Promise<void> {
    await this.connect();
    const rows = await this.options.orm.em.getConnection().execute<{ id: string | null }[]>(LAST_EVENT_ID);
    this.lastId = Math.max(this.lastId, Number(rows[0]?.id ?? 0));
    const pingMs = this.options.pingMs ?? 30_000;
    this.pingTimer = setInterval(() => void this.ping(), pingMs);
    this.pingTimer.unref();
  }

  /** The backend pid of the LISTEN connection (for diagnostics and tests), undefined while disconnected. */
  get backendPid(): number | undefined {
    return this.client ? this.pid : undefined;
  }

  /** Id of the last event dispatched. */
  get position(): number {
    return this.lastId;
  }

  /** Local listeners (live subscriptions) right now. */
  get listenerCount(): number {
    return this.listeners.size;
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Hears of every API key revoked in any process (see API_KEYS_CHANNEL). */
  onKeyRevoked(listener: KeyRevocationListener): () => void {
    this.keyListeners.add(listener);
    return () => this.keyListeners.delete(listener);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    clearInterval(this.pingTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
    await this.pumping;
    this.listeners.clear();
    this.keyListeners.clear();
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.options.databaseUrl, keepAlive: true });
    client.on("notification", (msg) => {
      if (msg.channel === EVENTS_CHANNEL) this.notified(msg.payload);
      else if (msg.channel === API_KEYS_CHANNEL && /^\d+$/.test(msg.payload ?? ""))
        this.keyRevoked(Number(msg.payload));
    });
    client.on("error", (err) => this.dropped(client, err));
    client.on("end", () => this.dropped(client));
    try {
      await client.connect();
      await client.query(`listen ${EVENTS_CHANNEL}; listen ${API_KEYS_CHANNEL}`);
      const { rows } = await client.query<{ pid: number }>("select pg_backend_pid() as pid");
      this.pid = rows[0]!.pid;
    } catch (err) {
      client.removeAllListeners("end");
      await client.end().catch(() => undefined);
      throw err;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.status.emit("connected", this.pid);
  }

  private dropped(client: pg.Client, err?: Error): void {
    if (client !== this.client) return;
    this.client = undefined;
    client.end().catch(() => undefined);
    if (this.stopped) return;
    this.options.logger.warn({ err }, "event LISTEN connection lost; reconnecting");
    this.status.emit("disconnected");
    this.reconnect(0);
  }

  private reconnect(attempt: number): void {
    const delay = Math.min(5000, (this.options.reconnectMs ?? 100) * 2 ** attempt);
    this.reconnectTimer = setTimeout(() => {
      this.connect().then(
        () => {
          this.options.logger.info({ after: this.lastId }, "event LISTEN connection restored; catching up");
          this.pump();
          this.keyRevoked(undefined);
        },
        (err: unknown) => {
          if (this.stopped) return;
          this.options.logger.warn({ err, attempt }, "event LISTEN reconnect failed; trying again");
          this.reconnect(attempt + 1);
        },
      );
    }, delay);
  }

  private async ping(): Promise<void> {
    const client = this.client;
    if (!client) return;
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error("LISTEN connection did not answer within 10 s")), 10_000).unref(),
    );
    try {
      await Promise.race([client.query("select 1"), timeout]);
    } catch (err) {
      this.dropped(client, err as Error);
    }
  }

  /**
   * A notification whose rows follow on from the last dispatched event is dispatched as it is, without reading the
   * table; anything else (no rows, a gap, a read in progress) reads from the table.
   */
  private notified(payload: string | undefined): void {
    let n: EventsNotification | undefined;
    try {
      n = payload ? (JSON.parse(payload) as EventsNotification) : undefined;
    } catch {
      n = undefined;
    }
    if (!n || this.pumping || n.after !== this.lastId || (this.listeners.size > 0 && !n.rows)) {
      this.pump();
      return;
    }
    if (this.listeners.size === 0) {
      this.lastId = n.lastId;
      return;
    }
    this.dispatch(n.rows!, "fromNotifications");
  }

  private keyRevoked(keyId: number | undefined): void {
    for (const listener of this.keyListeners) {
      try {
        listener(keyId);
      } catch (err) {
        this.options.logger.error({ err }, "a key revocation listener failed");
      }
    }
  }

  private dispatch(rows: readonly EventRow[], source: keyof EventBus["dispatched"]): void {
    this.dispatched[source] += rows.length;
    for (const row of rows) {
      const event = toEventRecord(row);
      this.lastId = event.id;
      for (const listener of this.listeners) {
        try {
          listener(event);
        } catch (err) {
          this.options.logger.error({ err }, "an event listener failed");
        }
      }
    }
  }

  /** Reads and dispatches everything after the last dispatched id; coalesces concurrent wake-ups. */
  private pump(): void {
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = (async () => {
      do {
        this.again = false;
        try {
          await this.drain();
        } catch (err) {
          this.options.logger.error(
            { err },
            "reading events for subscribers failed; will retry on the next notification",
          );
        }
      } while (this.again && !this.stopped);
    })().finally(() => {
      this.pumping = undefined;
    });
  }

  private async drain(): Promise<void> {
    const conn = this.options.orm.em.getConnection();
    if (this.listeners.size === 0) {
      const rows = await conn.execute<{ id: string | null }[]>(LAST_EVENT_ID_AFTER, [this.lastId]);
      if (rows[0]?.id) this.lastId = Number(rows[0].id);
      return;
    }
    for (;;) {
      const rows = await conn.execute<EventRow[]>(eventsAfterIdSql(PAGE), [this.lastId]);
      this.dispatch(rows, "fromReads");
      if (rows.length < PAGE || this.stopped) return;
    }
  }
}
