import ipaddr from "ipaddr.js";
import {
  addressProblem,
  checkWebhookUrl,
  embeddedIPv4,
  isPrivateAddress,
  maskUserinfo,
} from "../../src/modules/webhooks/url-guard";
import { postWebhook } from "../../src/modules/webhooks/webhook-sender";
import {
  MAX_RETRY_DELAY_MS,
  outcomeOf,
  recordAttempt,
  retryDelayMs,
  retrySchedule,
  ROTATION_GRACE_MS,
  signingSecrets,
} from "../../src/modules/webhooks/webhook.rules";

describe("retry schedule", () => {
  it("grows ×3 from the base up to 12 hours, with ±20 % jitter", () => {
    expect(retryDelayMs(1, 15_000, 0.5)).toBe(15_000);
    expect(retryDelayMs(2, 15_000, 0.5)).toBe(45_000);
    expect(retryDelayMs(3, 15_000, 0.5)).toBe(135_000);
    expect(retryDelayMs(1, 15_000, 0)).toBe(12_000);
    expect(retryDelayMs(1, 15_000, 0.999999)).toBe(18_000);
    expect(retryDelayMs(20, 15_000, 0.5)).toBe(MAX_RETRY_DELAY_MS);
  });

  it("spreads the default 14 attempts over about 3 days", () => {
    const schedule = retrySchedule(15_000, 14);
    expect(schedule).toEqual([
      15_000, 45_000, 135_000, 405_000, 1_215_000, 3_645_000, 10_935_000, 32_805_000, 43_200_000, 43_200_000,
      43_200_000, 43_200_000, 43_200_000,
    ]);
    const total = schedule.reduce((a, b) => a + b, 0);
    expect(total).toBe(265_200_000);
    expect(total / 86_400_000).toBeCloseTo(3.07, 2);
  });
});

describe("attempt outcome", () => {
  it.each([
    [200, "DELIVERED"],
    [204, "DELIVERED"],
    [299, "DELIVERED"],
    [410, "GONE"],
    [301, "RETRY"],
    [404, "RETRY"],
    [429, "RETRY"],
    [500, "RETRY"],
    [null, "RETRY"],
  ] as const)("%s is %s", (status, outcome) => {
    expect(outcomeOf(status)).toBe(outcome);
  });
});

describe("signing secrets", () => {
  const rotatedAt = new Date("2026-03-01T12:00:00Z");
  it("signs with both secrets during the 24 h after a rotation, then only the new one", () => {
    expect(signingSecrets("new", "old", rotatedAt, new Date(rotatedAt.getTime() + ROTATION_GRACE_MS - 1))).toEqual([
      "new",
      "old",
    ]);
    expect(signingSecrets("new", "old", rotatedAt, new Date(rotatedAt.getTime() + ROTATION_GRACE_MS))).toEqual(["new"]);
    expect(signingSecrets("only", null, null, rotatedAt)).toEqual(["only"]);
  });
});

describe("webhook URL guard", () => {
  it.each([
    ["127.0.0.1", true],
    ["127.255.0.9", true],
    ["10.0.0.1", true],
    ["172.16.5.4", true],
    ["172.32.0.1", false],
    ["192.168.0.1", true],
    ["169.254.169.254", true],
    ["100.64.0.1", true],
    ["0.0.0.0", true],
    ["224.0.0.1", true],
    ["::1", true],
    ["::", true],
    ["fe80::1", true],
    ["fd00::1", true],
    ["::ffff:127.0.0.1", true],
    ["::ffff:8.8.8.8", false],
    ["8.8.8.8", false],
    ["2a00:1450:4010::200e", false],
    ["not-an-ip", true],
  ])("%s private: %s", (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });

  // IANA IPv4 and IPv6 Special-Purpose Address Registries, plus what embeds an IPv4 address
  it.each([
    ["0.1.2.3", "unspecified"],
    ["192.0.0.9", "reserved"],
    ["192.0.2.1", "reserved"],
    ["192.31.196.1", "as112"],
    ["192.52.193.1", "amt"],
    ["192.88.99.1", "reserved"],
    ["192.175.48.1", "as112"],
    ["198.18.0.1", "reserved"],
    ["198.51.100.7", "reserved"],
    ["203.0.113.9", "reserved"],
    ["240.0.0.1", "reserved"],
    ["255.255.255.255", "broadcast"],
    ["::127.0.0.1", "embeds 127.0.0.1 (loopback)"],
    ["::8.8.8.8", "IPv4-compatible (RFC 4291)"],
    ["::ffff:10.0.0.1", "embeds 10.0.0.1 (private)"],
    ["::ffff:0:127.0.0.1", "embeds 127.0.0.1 (loopback)"],
    ["64:ff9b::127.0.0.1", "embeds 127.0.0.1 (loopback)"],
    ["64:ff9b::8.8.8.8", "rfc6052"],
    ["64:ff9b:1::1", "rfc6052"],
    ["2002:7f00:1::1", "embeds 127.0.0.1 (loopback)"],
    ["2002:808:808::1", "6to4"],
    ["2001:0:4136:e378:8000:63bf:80ff:fffe", "embeds 127.0.0.1 (loopback)"],
    ["2001:0:a9fe:a9fe::1", "embeds 169.254.169.254 (linkLocal)"],
    ["2001:0:808:808:0:0:f7f7:f7f7", "teredo"],
    ["fec0::1", "deprecatedSiteLocal"],
    ["fc00::1", "uniqueLocal"],
    ["ff02::1", "multicast"],
    ["100::1", "discard"],
    ["100:0:0:1::1", "dummy prefix (RFC 9780)"],
    ["2001:2::1", "benchmarking"],
    ["2001:db8::1", "reserved"],
    ["2001:20::1", "orchid2"],
    ["2620:4f:8000::1", "as112v6"],
    ["3fff::1", "reserved"],
    ["5f00::1", "segmentRouting"],
    ["4000::1", "outside global unicast 2000::/3"],
    ["1::1", "outside global unicast 2000::/3"],
  ])("blocks %s: %s", (address, problem) => {
    expect(addressProblem(address)).toBe(problem);
  });

  it.each(["8.8.8.8", "1.1.1.1", "185.15.59.224", "::ffff:8.8.8.8", "2a00:1450:4010::200e", "2606:4700:4700::1111"])(
    "allows the public address %s",
    (address) => {
      expect(addressProblem(address)).toBeNull();
    },
  );

  it("finds the IPv4 inside mapped, compatible, NAT64, 6to4 and Teredo addresses", () => {
    const inner = (a: string) =>
      embeddedIPv4(ipaddr.IPv6.parse(new URL(`http://[${a}]`).hostname.slice(1, -1))).map(String);
    expect(inner("::ffff:1.2.3.4")).toEqual(["1.2.3.4"]);
    expect(inner("::1.2.3.4")).toEqual(["1.2.3.4"]);
    expect(inner("64:ff9b::1.2.3.4")).toEqual(["1.2.3.4"]);
    expect(inner("2002:102:304::5")).toEqual(["1.2.3.4"]);
    expect(inner("2001:0:4136:e378:8000:63bf:3fff:fdd2")).toEqual(["65.54.227.120", "192.0.2.45"]);
    expect(inner("2a00:1450:4010::200e")).toEqual([]);
    expect(inner("::1")).toEqual([]);
  });

  it("refuses a user name or password in the URL, and masks one in a stored URL", async () => {
    for (const url of [
      "https://user:pass@hooks.example.no/x",
      "https://token@8.8.8.8/x",
      "https://:secret@8.8.8.8/x",
    ]) {
      expect(await checkWebhookUrl(url, false)).toEqual({
        code: "INVALID_URL",
        message: expect.stringMatching(/^The URL carries a user name or password: remove them/),
      });
      expect(await checkWebhookUrl(url, true)).toMatchObject({ code: "INVALID_URL" });
    }
    expect(maskUserinfo("https://user:pass@hooks.example.no/x?y=1")).toBe("https://***@hooks.example.no/x?y=1");
    expect(maskUserinfo("https://hooks.example.no/x")).toBe("https://hooks.example.no/x");
  });

  it("refuses special-purpose literals at delivery time too, without connecting", async () => {
    for (const url of [
      "http://[::127.0.0.1]:9/x",
      "http://[2002:7f00:1::1]:9/x",
      "http://[fec0::1]:9/x",
      "http://192.88.99.1:9/x",
      "http://[64:ff9b::a00:1]:9/x",
    ]) {
      expect(await postWebhook(url, "{}", {}, { timeoutMs: 1000, allowPrivate: false })).toEqual({
        statusCode: null,
        latencyMs: expect.any(Number),
        error: "refused: the URL points to a private address",
      });
    }
  });

  it("refuses a host name that resolves to a special-purpose address when connecting", async () => {
    const result = await postWebhook("http://localhost:9/x", "{}", {}, { timeoutMs: 1000, allowPrivate: false });
    expect(result.statusCode).toBeNull();
    expect(result.error).toMatch(/^refused: localhost resolves to a private or special-purpose address/);
  });

  it("accepts public IPs, refuses other schemes and private hosts, and allows anything http(s) when configured", async () => {
    expect(await checkWebhookUrl("https://8.8.8.8/hook", false)).toBeNull();
    expect(await checkWebhookUrl("ws://8.8.8.8/hook", false)).toEqual({
      code: "INVALID_URL",
      message: "The URL must use http or https, not ws.",
    });
    expect((await checkWebhookUrl("http://[::1]:3000/x", false))?.code).toBe("PRIVATE_ADDRESS");
    expect(await checkWebhookUrl("http://127.0.0.1:3000/x", true)).toBeNull();
    expect((await checkWebhookUrl("javascript:alert(1)", true))?.code).toBe("INVALID_URL");
  });
});

describe("docs/events.md", () => {
  it("documents every event type in the catalogue with an example payload", () => {
    const fs = require("node:fs") as typeof import("node:fs");
    const path = require("node:path") as typeof import("node:path");
    const { EVENT_TYPES } = require("../../src/events/catalogue") as typeof import("../../src/events/catalogue");
    const doc = fs.readFileSync(path.join(__dirname, "..", "..", "docs", "events.md"), "utf8");
    for (const type of Object.keys(EVENT_TYPES)) {
      expect(doc).toContain(`### \`${type}\``);
      expect(doc).toContain(`"type": "${type}"`);
    }
  });
});

describe("recordAttempt", () => {
  const now = new Date("2026-03-02T10:00:00.000Z");
  const policy = { maxAttempts: 3, retryBaseMs: 15_000 };
  const answer = (statusCode: number | null, error: string | null = null) => ({ statusCode, latencyMs: 12, error });

  it("delivers on 2xx: attempt n+1 in the log, delivered now, nothing due", () => {
    expect(recordAttempt(1, answer(204), true, now, policy, 0.5)).toEqual({
      expectedAttemptCount: 1,
      entry: { attempt: 2, at: now.toISOString(), statusCode: 204, latencyMs: 12, error: null, trigger: "MANUAL" },
      status: "DELIVERED",
      lastStatusCode: 204,
      lastLatencyMs: 12,
      lastError: null,
      nextAttemptAt: null,
      deliveredAt: now,
      endpointDisabledReason: null,
    });
  });

  it("retries any other answer after the backoff of its attempt number, and gives up at the last attempt", () => {
    const first = recordAttempt(0, answer(500), false, now, policy, 0.5);
    expect(first).toMatchObject({
      status: "RETRYING",
      lastError: "the receiver answered 500",
      nextAttemptAt: new Date(now.getTime() + 15_000),
      deliveredAt: null,
      endpointDisabledReason: null,
    });
    expect(first.entry).toEqual({
      attempt: 1,
      at: now.toISOString(),
      statusCode: 500,
      latencyMs: 12,
      error: null,
      trigger: "AUTO",
    });
    expect(recordAttempt(1, answer(null, "timed out after 10 ms"), false, now, policy, 0.5)).toMatchObject({
      status: "RETRYING",
      lastStatusCode: null,
      lastError: "timed out after 10 ms",
      nextAttemptAt: new Date(now.getTime() + 45_000),
    });
    expect(recordAttempt(2, answer(429), false, now, policy, 0.5)).toMatchObject({
      status: "FAILED",
      nextAttemptAt: null,
      endpointDisabledReason: null,
    });
  });

  it("fails on 410 Gone at any attempt and disables the endpoint", () => {
    expect(recordAttempt(0, answer(410), false, now, policy, 0.5)).toMatchObject({
      status: "FAILED",
      lastError: "the receiver answered 410",
      nextAttemptAt: null,
      endpointDisabledReason: `The receiver answered 410 Gone at ${now.toISOString()}: deliveries stopped. Enable the endpoint again with webhookEndpointUpdate.`,
    });
  });
});
