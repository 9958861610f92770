import fs from "node:fs";

interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: CpuProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileLine {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  /** Sampled time, (idle) excluded: shares are of this. */
  totalMs: number;
  idleMs: number;
  /** Self time by function (name, file:line). */
  functions: ProfileLine[];
  /** Self time by package / area (node_modules package, tvist src, node internals, GC, idle). */
  areas: ProfileLine[];
}

function area(url: string, fn: string): string {
  if (!url) return fn.startsWith("(") ? fn : "(native)";
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1]!;
  if (url.startsWith("node:")) return "node internals";
  if (url.includes("/dist/src/")) return "tvist src";
  if (url.includes("/dist/")) return "tvist (other)";
  return url;
}

function shortUrl(url: string): string {
  const m = /node_modules\/(.*)$/.exec(url);
  if (m) return m[1]!;
  const d = /\/dist\/(.*)$/.exec(url);
  if (d) return d[1]!;
  return url;
}

/** Self time per function and per area from a V8 .cpuprofile (sampled; ms are approximate). */
export function summariseProfile(file: string, top = 25): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  // The profiler's own start/stop calls (node:inspector) are not the server's work.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const own = new Map<number, boolean>();
  const isProfiler = (id: number): boolean => {
    const known = own.get(id);
    if (known !== undefined) return known;
    const url = byId.get(id)!.callFrame.url;
    const p = parent.get(id);
    const result = url === "node:inspector" || (p !== undefined && isProfiler(p));
    own.set(id, result);
    return result;
  };
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const fns = new Map<string, number>();
  const areas = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const [id, us] of self) {
    const node = byId.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    if (isProfiler(id)) continue;
    if (functionName === "(idle)") {
      idle += us;
      continue;
    }
    const name = url ? `${functionName || "(anonymous)"} ${shortUrl(url)}:${lineNumber + 1}` : functionName;
    fns.set(name, (fns.get(name) ?? 0) + us);
    const a = area(url, functionName);
    areas.set(a, (areas.get(a) ?? 0) + us);
    total += us;
  }
  const lines = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, us]) => ({ name, ms: us / 1000, share: us / total }));
  return { totalMs: total / 1000, idleMs: idle / 1000, functions: lines(fns, top), areas: lines(areas, 20) };
}
