import dns from "node:dns";
import net from "node:net";
import ipaddr from "ipaddr.js";

/**
 * Ranges ipaddr.js 2.5.0 does not name, each with its source:
 * - IANA IPv6 Special-Purpose Address Registry: 100:0:0:1::/64 (Dummy IPv6 Prefix, RFC 9780).
 * - RFC 4291 § 2.5.5.1: ::/96, the deprecated IPv4-compatible addresses (their IPv4 is judged too).
 * - IANA IPv6 Address Space registry: only 2000::/3 is Global Unicast; all else is reserved or special.
 */
const EXTRA_IPV6: readonly (readonly [string, number, string])[] = [
  ["100:0:0:1::", 64, "dummy prefix (RFC 9780)"],
  ["::", 96, "IPv4-compatible (RFC 4291)"],
];
const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR("2000::/3");
const extraV6 = EXTRA_IPV6.map(([address, bits, name]) => ({
  range: [ipaddr.IPv6.parse(address), bits] as [ipaddr.IPv6, number],
  name,
}));

/** The IPv4 addresses an IPv6 address carries: mapped, translated, compatible, NAT64 (64:ff9b::/96), 6to4, Teredo. */
export function embeddedIPv4(address: ipaddr.IPv6): ipaddr.IPv4[] {
  const p = address.parts;
  const v4 = (hi: number, lo: number) => new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
  const range = address.range();
  if (range === "ipv4Mapped" || range === "rfc6145") return [v4(p[6]!, p[7]!)];
  if (p.slice(0, 6).every((x) => x === 0) && (p[6] !== 0 || p[7]! > 1)) return [v4(p[6]!, p[7]!)];
  if (address.match(ipaddr.IPv6.parseCIDR("64:ff9b::/96"))) return [v4(p[6]!, p[7]!)];
  if (range === "6to4") return [v4(p[1]!, p[2]!)];
  // Teredo: the server's address, then the client's, stored inverted (RFC 4380)
  if (address.match(ipaddr.IPv6.parseCIDR("2001::/32")))
    return [v4(p[2]!, p[3]!), v4(~p[6]! & 0xffff, ~p[7]! & 0xffff)];
  return [];
}

/** "::1.2.3.4" as "::102:304": ipaddr.js would read any dotted tail as IPv4-mapped. */
function hexTail(address: string): string {
  const m = /^(.*:)(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(address);
  if (!m || !net.isIPv6(address)) return address;
  const [a, b, c, d] = m.slice(2).map(Number) as [number, number, number, number];
  return `${m[1]}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
}

/**
 * Why an address may not receive webhooks, or null when it is public unicast. Blocked: every range of the IANA IPv4
 * and IPv6 Special-Purpose Address Registries (as ipaddr.js names them, plus EXTRA_IPV6), IPv6 outside 2000::/3,
 * and any IPv6 address whose embedded IPv4 is blocked. An IPv4-mapped address is judged by its IPv4.
 */
export function addressProblem(address: string): string | null {
  if (!ipaddr.isValid(address)) return "not an IP address";
  const parsed = ipaddr.parse(hexTail(address));
  if (parsed.kind() === "ipv4") {
    const range = parsed.range();
    return range === "unicast" ? null : range;
  }
  const v6 = parsed as ipaddr.IPv6;
  for (const inner of embeddedIPv4(v6)) {
    const range = inner.range();
    if (range !== "unicast") return `embeds ${inner.toString()} (${range})`;
  }
  if (v6.isIPv4MappedAddress()) return null;
  const range = v6.range();
  if (range !== "unicast") return range;
  const extra = extraV6.find((e) => v6.match(e.range));
  if (extra) return extra.name;
  if (!v6.match(GLOBAL_UNICAST_V6)) return "outside global unicast 2000::/3";
  return null;
}

export function isPrivateAddress(address: string): boolean {
  return addressProblem(address) !== null;
}

export type UrlProblem = { code: "INVALID_URL" | "PRIVATE_ADDRESS"; message: string };

const hostOf = (u: URL) => u.hostname.replace(/^\[(.*)\]$/, "$1");

/** The URL with any user name and password replaced by "***", for showing a stored URL back. */
export function maskUserinfo(raw: string): string {
  try {
    const url = new URL(raw);
    if (!url.username && !url.password) return raw;
    url.username = "***";
    url.password = "";
    return url.toString();
  } catch {
    // not parseable: show nothing that could be a credential
    return raw.replace(/\/\/[^/?#]*@/, "//***@");
  }
}

/** Checks a webhook URL: http(s), no user name or password, a host that resolves, and (unless allowed) no special-purpose address. */
export async function checkWebhookUrl(raw: string, allowPrivate: boolean): Promise<UrlProblem | null> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { code: "INVALID_URL", message: `"${raw}" is not a URL: give an absolute http:// or https:// URL.` };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    return { code: "INVALID_URL", message: `The URL must use http or https, not ${url.protocol.replace(":", "")}.` };
  if (raw.length > 2000)
    return { code: "INVALID_URL", message: "The URL is longer than 2000 characters: use a shorter one." };
  if (url.username || url.password) {
    return {
      code: "INVALID_URL",
      message:
        "The URL carries a user name or password: remove them (https://host/path); receivers authenticate webhooks by their signature (webhook-signature header).",
    };
  }
  if (allowPrivate) return null;
  const host = hostOf(url);
  let addresses: string[];
  if (net.isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await dns.promises.lookup(host, { all: true, verbatim: true })).map((a) => a.address);
    } catch {
      return { code: "INVALID_URL", message: `The host ${host} does not resolve: check the URL's host name.` };
    }
  }
  for (const address of addresses) {
    const problem = addressProblem(address);
    if (problem) {
      return {
        code: "PRIVATE_ADDRESS",
        message: `The host ${host} is a private or special-purpose address, ${problem} (${address}): use a public URL (an operator can allow private URLs with WEBHOOK_ALLOW_PRIVATE_URLS=true).`,
      };
    }
  }
  return null;
}

/** Whether a URL's host is an IP literal in a blocked range (host names are checked at connect time by guardedLookup). */
export function literalHostIsPrivate(raw: string): boolean {
  const host = hostOf(new URL(raw));
  return net.isIP(host) !== 0 && isPrivateAddress(host);
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | dns.LookupAddress[],
  family?: number,
) => void;

/** A `lookup` for http.request that refuses special-purpose addresses at connect time (defeats DNS rebinding). */
export function guardedLookup(hostname: string, options: dns.LookupOptions, callback: LookupCallback): void {
  dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, "");
    const list = addresses as dns.LookupAddress[];
    const bad = list.find((a) => isPrivateAddress(a.address));
    if (bad) {
      const refused = Object.assign(
        new Error(`refused: ${hostname} resolves to a private or special-purpose address (${bad.address})`),
        { code: "EPRIVATEADDRESS" },
      );
      return callback(refused, "");
    }
    if (options.all) return callback(null, list);
    callback(null, list[0]!.address, list[0]!.family);
  });
}
