import fc from "fast-check";
import { bearer } from "../../src/modules/access/auth";

/** What POST /documents and the PDF routes read before they shared bearer(): only "Bearer <key>". */
const bearerRequired = (header: string | undefined) => /^Bearer\s+(\S+)$/i.exec(header?.trim() ?? "")?.[1];

describe("bearer", () => {
  it.each([
    ["Bearer tvk_abc", "tvk_abc"],
    ["  bearer   tvk_abc  ", "tvk_abc"],
    ["tvk_abc", "tvk_abc"],
    ["Bearer", undefined],
    ["Bearer ", undefined],
    ["", undefined],
    [undefined, undefined],
    [42, undefined],
  ])("reads %p as %p", (header, key) => {
    expect(bearer(header)).toBe(key);
  });

  it("finds the same key as the HTTP routes' former Bearer-only reading wherever that found one", () => {
    const token = fc.stringMatching(/^[A-Za-z0-9_.~+/=-]{1,30}$/);
    const space = fc.constantFrom(" ", "  ", "\t", "");
    const header = fc.oneof(
      fc.tuple(space, fc.constantFrom("Bearer", "bearer", "BEARER"), space, token, space).map((p) => p.join("")),
      fc.string(),
    );
    fc.assert(
      fc.property(header, (h) => {
        const before = bearerRequired(h);
        if (before !== undefined) expect(bearer(h)).toBe(before);
      }),
    );
  });
});
