import dns from "node:dns";
import net from "node:net";

/** Addresses a webhook may not target unless WEBHOOK_ALLOW_PRIVATE_URLS: private, loopback, link-local, reserved. */
const blocked = new net.BlockList();
for (const [net4, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  blocked.addSubnet(net4, prefix, "ipv4");
}
for (const [net6, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
  ["2001:db8::", 32],
  ["64:ff9b::", 96],
] as const) {
  blocked.addSubnet(net6, prefix, "ipv6");
}

export function isPrivateAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 4) return blocked.check(address, "ipv4");
  if (family !== 6) return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return blocked.check(mapped[1]!, "ipv4");
  return blocked.check(address, "ipv6");
}

export type UrlProblem = { code: "INVALID_URL" | "PRIVATE_ADDRESS"; message: string };

const hostOf = (u: URL) => u.hostname.replace(/^\[(.*)\]$/, "$1");

/** Checks a webhook URL: http(s), a host that resolves, and (unless allowed) no private address. */
export async function checkWebhookUrl(raw: string, allowPrivate: boolean): Promise<UrlProblem | null> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { code: "INVALID_URL", message: `"${raw}" is not a URL: give an absolute http:// or https:// URL.` };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { code: "INVALID_URL", message: `The URL must use http or https, not ${url.protocol.replace(":", "")}.` };
  if (raw.length > 2000) return { code: "INVALID_URL", message: "The URL is longer than 2000 characters: use a shorter one." };
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
  const bad = addresses.find(isPrivateAddress);
  if (bad) {
    return {
      code: "PRIVATE_ADDRESS",
      message: `The host ${host} is a private, loopback or link-local address (${bad}): use a public URL (an operator can allow private URLs with WEBHOOK_ALLOW_PRIVATE_URLS=true).`,
    };
  }
  return null;
}

/** Whether a URL's host is an IP literal in a blocked range (host names are checked at connect time by guardedLookup). */
export function literalHostIsPrivate(raw: string): boolean {
  const host = hostOf(new URL(raw));
  return net.isIP(host) !== 0 && isPrivateAddress(host);
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/** A `lookup` for http.request that refuses private addresses at connect time (defeats DNS rebinding). */
export function guardedLookup(hostname: string, options: dns.LookupOptions, callback: LookupCallback): void {
  dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, "");
    const list = addresses as dns.LookupAddress[];
    const bad = list.find((a) => isPrivateAddress(a.address));
    if (bad) {
      const refused = Object.assign(new Error(`refused: ${hostname} resolves to a private address (${bad.address})`), { code: "EPRIVATEADDRESS" });
      return callback(refused, "");
    }
    if (options.all) return callback(null, list);
    callback(null, list[0]!.address, list[0]!.family);
  });
}
