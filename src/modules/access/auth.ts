import { createHash, randomBytes } from "node:crypto";
import { Scope } from "./api-key.entity";

/** Who is calling: an API key with its scopes and the creditors it may see. */
export interface Auth {
  keyId: number;
  keyName: string;
  scopes: ReadonlySet<Scope>;
  /** "all" for a key bound to every creditor. */
  creditorIds: readonly number[] | "all";
}

export const KEY_PREFIX = "tvk_";

export function generateApiKey(): string {
  return `${KEY_PREFIX}${randomBytes(30).toString("base64url")}`;
}

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

export function canSeeCreditor(auth: Auth, creditorId: number): boolean {
  return auth.creditorIds === "all" || auth.creditorIds.includes(creditorId);
}

export function hasScope(auth: Auth, scope: Scope): boolean {
  // admin implies write implies read
  if (auth.scopes.has(Scope.ADMIN)) return true;
  if (scope === Scope.READ) return auth.scopes.has(Scope.READ) || auth.scopes.has(Scope.WRITE);
  return auth.scopes.has(scope);
}

/**
 * A global administrator: an ADMIN key bound to every creditor. Only such a key changes what all creditors share
 * (registers, legal tables); an ADMIN key bound to some creditors manages only their keys and data.
 */
export function isGlobalAdmin(auth: Auth): boolean {
  return auth.scopes.has(Scope.ADMIN) && auth.creditorIds === "all";
}

/** Role for `@Authorized(GLOBAL_ADMIN)`: see isGlobalAdmin. */
export const GLOBAL_ADMIN = "global_admin";
export type Role = Scope | typeof GLOBAL_ADMIN;

/** A MikroORM filter value restricting a creditor relation to what the caller may see. */
export function creditorScope(auth: Auth): { $in: number[] } | undefined {
  return auth.creditorIds === "all" ? undefined : { $in: [...auth.creditorIds] };
}

/**
 * The API key of an Authorization header: "Bearer <key>", or the bare key (as systems built for Kravia send it).
 * "Bearer" with nothing after it (the playground's placeholder) means no key, not an unknown one. Every entrance
 * reads the key this way: /graphql, WebSocket connection parameters, /documents, the PDF routes, plugin routes.
 */
export function bearer(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const m = /^Bearer(?:\s+(\S*))?$/i.exec(value.trim());
  return (m ? m[1] : value.trim()) || undefined;
}
