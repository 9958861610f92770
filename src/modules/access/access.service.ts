import type { EntityManager } from "@mikro-orm/postgresql";
import type { Logger } from "pino";
import type { Clock } from "../../shared/clock";
import { ok } from "../../shared/result";
import { idOf } from "../../shared/global-id";
import { Creditor } from "../parties/creditor.entity";
import { ApiKey, Scope } from "./api-key.entity";
import { canSeeCreditor, generateApiKey, hashApiKey, KEY_PREFIX, type Auth } from "./auth";
import { refuse, type Outcome } from "../../shared/outcome";
import type { ApiKeyFailure } from "./access.errors";
import { lockAdminKeyRegistration, notifyRevoked, touchLastUsed } from "./api-key.store";

/** Name of the key registered from ADMIN_API_KEY: another value of ADMIN_API_KEY revokes it. */
export const ENV_ADMIN_KEY_NAME = "admin (from ADMIN_API_KEY)";

/**
 * How long a verified key is trusted without asking the database again. Revocations are broadcast (API_KEYS_CHANNEL)
 * and empty the cache at once; this bounds the delay only while a process's LISTEN connection is down.
 */
const AUTH_CACHE_MS = 10_000;
const cache = new Map<string, { auth: Auth; until: number }>();

function toAuth(key: ApiKey): Auth {
  return {
    keyId: key.id,
    keyName: key.name,
    scopes: new Set(key.scopes),
    creditorIds: key.allCreditors ? "all" : key.creditors.getItems().map((c) => c.id),
  };
}

export async function authenticate(em: EntityManager, key: string, clock: Clock): Promise<Auth | null> {
  if (!key.startsWith(KEY_PREFIX)) return null;
  const hash = hashApiKey(key);
  const now = clock.now().getTime();
  const hit = cache.get(hash);
  if (hit && hit.until > now) return hit.auth;
  const found = await em.findOne(ApiKey, { hash, revokedAt: null }, { populate: ["creditors"] });
  if (!found) {
    cache.delete(hash);
    return null;
  }
  const auth = toAuth(found);
  cache.set(hash, { auth, until: now + AUTH_CACHE_MS });
  await touchLastUsed(em, found.id);
  return auth;
}

export function forgetCachedKeys(): void {
  cache.clear();
}

export interface ApiKeyCreateInput {
  name: string;
  scopes: Scope[];
  creditorIds: string[];
  allCreditors?: boolean;
}

/** Creates a key bound to creditors the caller can see; returns the key in clear text, once. */
export async function createApiKey(
  em: EntityManager,
  caller: Auth,
  input: ApiKeyCreateInput,
): Promise<Outcome<{ apiKey: ApiKey; secret: string }, ApiKeyFailure>> {
  const errors: ApiKeyFailure[] = [];
  const name = input.name.trim();
  if (name === ENV_ADMIN_KEY_NAME) errors.push({ code: "INVALID_NAME", field: ["name"], reserved: true });
  else if (name.length < 1 || name.length > 200)
    errors.push({ code: "INVALID_NAME", field: ["name"], reserved: false });
  const scopes = [...new Set(input.scopes)];
  if (scopes.length === 0) errors.push({ code: "INVALID_SCOPES", field: ["scopes"] });
  const creditors: Creditor[] = [];
  if (input.allCreditors) {
    if (caller.creditorIds !== "all") errors.push({ code: "UNKNOWN_CREDITOR", field: ["allCreditors"] });
  } else {
    if (input.creditorIds.length === 0) errors.push({ code: "NO_CREDITORS", field: ["creditorIds"] });
    for (const [i, gid] of input.creditorIds.entries()) {
      const id = idOf(gid, "Creditor");
      const creditor = id !== undefined && canSeeCreditor(caller, id) ? await em.findOne(Creditor, { id }) : null;
      if (!creditor) errors.push({ code: "UNKNOWN_CREDITOR", field: ["creditorIds", String(i)], id: gid });
      else creditors.push(creditor);
    }
  }
  if (errors.length > 0) return refuse(...errors);
  const secret = generateApiKey();
  const apiKey = new ApiKey(name, secret.slice(0, KEY_PREFIX.length + 6), hashApiKey(secret), scopes);
  apiKey.allCreditors = input.allCreditors ?? false;
  for (const c of creditors) apiKey.creditors.add(c);
  await em.persist(apiKey).flush();
  return ok({ apiKey, secret });
}

/** A tenant-bound caller sees only keys bound to some of its creditors and to no other (so not an all-creditors or unbound key). */
export function keyVisibleTo(caller: Auth, key: ApiKey): boolean {
  if (caller.creditorIds === "all") return true;
  const creditors = key.creditors.getItems();
  return !key.allCreditors && creditors.length > 0 && creditors.every((c) => canSeeCreditor(caller, c.id));
}

export async function revokeApiKey(
  em: EntityManager,
  caller: Auth,
  gid: string,
  clock: Clock,
): Promise<Outcome<ApiKey, ApiKeyFailure>> {
  const id = idOf(gid, "ApiKey");
  const key = id === undefined ? null : await em.findOne(ApiKey, { id }, { populate: ["creditors"] });
  const visible = key && keyVisibleTo(caller, key);
  if (!key || !visible) return refuse<ApiKeyFailure>({ code: "UNKNOWN_API_KEY", field: ["id"], id: gid });
  if (!key.revokedAt) {
    key.revokedAt = clock.now();
    await em.transactional(async (tx) => {
      await tx.flush();
      await announceRevoked(tx, [key.id]);
    });
  }
  forgetCachedKeys();
  return ok(key);
}

/** Tells every process (this one too) the keys are revoked, when the transaction commits: they close the keys' sockets. */
async function announceRevoked(em: EntityManager, keyIds: number[]): Promise<void> {
  for (const id of keyIds) await notifyRevoked(em, id);
}

/**
 * Makes sure an admin key exists: the configured one, or on the first start of an embedded database a new one
 * printed once. Returns the clear-text key only when it was generated now.
 */
export async function ensureAdminKey(
  em: EntityManager,
  configured: string | undefined,
  generateIfNone: boolean,
  logger: Logger,
): Promise<string | undefined> {
  if (configured) {
    const hash = hashApiKey(configured);
    await em.transactional(async (tx) => {
      // servers starting at once on one database register the key one after the other
      await lockAdminKeyRegistration(tx);
      // a replaced ADMIN_API_KEY stops working: the operator changed it to shut the old one out
      const replaced = await tx.find(ApiKey, { name: ENV_ADMIN_KEY_NAME, hash: { $ne: hash }, revokedAt: null });
      const now = new Date();
      for (const old of replaced) old.revokedAt = now;
      if (!(await tx.findOne(ApiKey, { hash }))) {
        const key = new ApiKey(ENV_ADMIN_KEY_NAME, configured.slice(0, KEY_PREFIX.length + 6), hash, [Scope.ADMIN]);
        key.allCreditors = true;
        tx.persist(key);
        logger.info("registered the admin key from ADMIN_API_KEY");
      }
      await tx.flush();
      await announceRevoked(
        tx,
        replaced.map((k) => k.id),
      );
      if (replaced.length > 0)
        logger.info({ revoked: replaced.map((k) => k.prefix) }, "revoked the previous admin key from ADMIN_API_KEY");
    });
    forgetCachedKeys();
    return undefined;
  }
  if (!generateIfNone || (await em.count(ApiKey, {})) > 0) return undefined;
  const secret = generateApiKey();
  const key = new ApiKey("admin (first start)", secret.slice(0, KEY_PREFIX.length + 6), hashApiKey(secret), [
    Scope.ADMIN,
  ]);
  key.allCreditors = true;
  await em.persist(key).flush();
  return secret;
}
