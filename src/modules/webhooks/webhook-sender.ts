import { createHmac } from "node:crypto";
import http from "node:http";
import https from "node:https";
import { Webhook } from "standardwebhooks";
import { guardedLookup, literalHostIsPrivate } from "./url-guard";
import type { FormatTools } from "@tvist/plugin-sdk";

export interface SendResult {
  /** HTTP status, or null when no answer came (refused, timed out, reset). */
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
}

export interface SendOptions {
  timeoutMs: number;
  allowPrivate: boolean;
}

/** Standard Webhooks headers; several secrets give several space-separated v1 signatures (key rotation). */
export function signedHeaders(
  msgId: string,
  at: Date,
  body: string,
  secrets: readonly string[],
): Record<string, string> {
  return {
    "webhook-id": msgId,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": secrets.map((s) => new Webhook(s).sign(msgId, at, body)).join(" "),
  };
}

/** The key bytes of an endpoint secret, as Standard Webhooks reads it: base64 after whsec_, else the text's UTF-8 bytes. */
export function secretKey(secret: string): Buffer {
  return secret.startsWith("whsec_")
    ? Buffer.from(secret.slice("whsec_".length), "base64")
    : Buffer.from(secret, "utf8");
}

/** The endpoint secret as stored: a secret given as text (a plugin route's) becomes whsec_ + base64 of its UTF-8 bytes. */
export function storedSecret(text: string): string {
  return `whsec_${Buffer.from(text, "utf8").toString("base64")}`;
}

/** Signing inside a body (a plugin's formatEvent), keyed like the Standard Webhooks headers. */
export function bodySigner(secret: string): FormatTools {
  const key = secretKey(secret);
  return { algorithm: "HMAC-SHA256", sign: (text) => createHmac("sha256", key).update(text, "utf8").digest("hex") };
}

const agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };
const MAX_BODY = 64 * 1024;

/** POSTs one webhook. Never throws: every failure is a result. Redirects are not followed. */
export function postWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  options: SendOptions,
): Promise<SendResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let settled = false;
    const timing: { timer?: NodeJS.Timeout } = {};
    const done = (statusCode: number | null, error: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timing.timer);
      resolve({ statusCode, latencyMs: elapsed(), error });
    };
    let target: URL;
    try {
      target = new URL(url);
      if (!options.allowPrivate && literalHostIsPrivate(url))
        return done(null, "refused: the URL points to a private address");
    } catch (err) {
      return done(null, (err as Error).message);
    }
    const secure = target.protocol === "https:";
    const req = (secure ? https : http).request(target, {
      method: "POST",
      agent: secure ? agents.https : agents.http,
      headers: {
        "content-type": "application/json",
        "content-length": Buffer.byteLength(body),
        "user-agent": "tvist-webhooks/1",
        ...headers,
      },
      ...(options.allowPrivate ? {} : { lookup: guardedLookup as never }),
    });
    timing.timer = setTimeout(() => {
      req.destroy(new Error(`timed out after ${options.timeoutMs} ms`));
    }, options.timeoutMs);
    req.on("error", (err) => done(null, err.message));
    req.on("response", (res) => {
      let size = 0;
      res.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY) res.destroy();
      });
      res.on("close", () => done(res.statusCode ?? null, null));
      res.on("error", () => done(res.statusCode ?? null, null));
    });
    req.end(body);
  });
}
