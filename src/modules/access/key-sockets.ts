import type { EntityManager } from "@mikro-orm/postgresql";
import type { Logger } from "pino";
import type { EventBus } from "../../events/pubsub";
import { forgetCachedKeys } from "./access.service";
import { revokedKeyIds } from "./api-key.store";

/** WebSocket close code for a connection whose API key was revoked or replaced. */
export const CLOSE_KEY_REVOKED = 4403;
export const KEY_REVOKED_REASON = "The API key was revoked: connect again with a valid key.";
/** Close reason for a connection opened with a key tvist does not know (or one revoked before it connected). */
export const UNKNOWN_KEY_REASON =
  "The API key is unknown or revoked: connect with a valid key (create one with apiKeyCreate).";

interface Closable {
  close(code: number, reason: string): void;
  once(event: "close", listener: () => void): unknown;
}

/**
 * The open WebSockets of this process by API key, so a revocation announced by any process (EventBus.onKeyRevoked)
 * closes them at once.
 */
export class KeySockets {
  private readonly byKey = new Map<number, Set<Closable>>();

  constructor(
    private readonly em: () => EntityManager,
    private readonly logger: Logger,
  ) {}

  add(keyId: number, socket: Closable): void {
    let sockets = this.byKey.get(keyId);
    if (!sockets) this.byKey.set(keyId, (sockets = new Set()));
    sockets.add(socket);
    socket.once("close", () => {
      sockets.delete(socket);
      if (sockets.size === 0 && this.byKey.get(keyId) === sockets) this.byKey.delete(keyId);
    });
  }

  /** Sockets open right now (diagnostics and tests). */
  get size(): number {
    let n = 0;
    for (const sockets of this.byKey.values()) n += sockets.size;
    return n;
  }

  close(keyId: number): void {
    const sockets = this.byKey.get(keyId);
    if (!sockets) return;
    this.byKey.delete(keyId);
    this.logger.info({ keyId, sockets: sockets.size }, "closing the WebSockets of a revoked API key");
    for (const socket of sockets) socket.close(CLOSE_KEY_REVOKED, KEY_REVOKED_REASON);
  }

  /** Closes the sockets of every key revoked per the database (after a notice may have been missed). */
  async closeRevoked(): Promise<void> {
    const ids = [...this.byKey.keys()];
    if (ids.length === 0) return;
    for (const id of await revokedKeyIds(this.em(), ids)) this.close(id);
  }

  /** Follows revocations announced on the bus; returns the function that stops following. */
  follow(bus: EventBus): () => void {
    return bus.onKeyRevoked((keyId) => {
      forgetCachedKeys();
      if (keyId !== undefined) this.close(keyId);
      else
        this.closeRevoked().catch((err: unknown) =>
          this.logger.error({ err }, "checking open WebSockets for revoked keys failed"),
        );
    });
  }
}
