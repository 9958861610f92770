/** Relay global ids: opaque base64url of "Type:id". */
export function toGlobalId(type: string, id: number | string): string {
  return Buffer.from(`${type}:${id}`).toString("base64url");
}

export function fromGlobalId(globalId: string): { type: string; id: number } | undefined {
  let decoded: string;
  try {
    decoded = Buffer.from(globalId, "base64url").toString("utf8");
  } catch {
    return undefined;
  }
  const m = /^([A-Za-z]+):(\d{1,15})$/.exec(decoded);
  if (!m || Buffer.from(decoded).toString("base64url") !== globalId) return undefined;
  return { type: m[1]!, id: Number(m[2]) };
}

/** The numeric id of a global id of the expected type, or undefined. */
export function idOf(globalId: string, type: string): number | undefined {
  const parsed = fromGlobalId(globalId);
  return parsed && parsed.type === type ? parsed.id : undefined;
}
