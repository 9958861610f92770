import { isPrivateAddress, checkWebhookUrl } from "../../src/modules/webhooks/url-guard";
import { MAX_RETRY_DELAY_MS, outcomeOf, retryDelayMs, retrySchedule, ROTATION_GRACE_MS, signingSecrets } from "../../src/modules/webhooks/webhook.rules";

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
    expect(schedule).toEqual([15_000, 45_000, 135_000, 405_000, 1_215_000, 3_645_000, 10_935_000, 32_805_000, 43_200_000, 43_200_000, 43_200_000, 43_200_000, 43_200_000]);
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
    expect(signingSecrets("new", "old", rotatedAt, new Date(rotatedAt.getTime() + ROTATION_GRACE_MS - 1))).toEqual(["new", "old"]);
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

  it("accepts public IPs, refuses other schemes and private hosts, and allows anything http(s) when configured", async () => {
    expect(await checkWebhookUrl("https://8.8.8.8/hook", false)).toBeNull();
    expect(await checkWebhookUrl("ws://8.8.8.8/hook", false)).toEqual({ code: "INVALID_URL", message: "The URL must use http or https, not ws." });
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
