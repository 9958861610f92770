import fc from "fast-check";
import { FREE_TEXT, LINE, jsonTextProblems, textProblem } from "../../src/shared/text";
import { amountOutOfRange, MONEY_MAX, sumOutOfRange } from "../../src/shared/money";

const controls = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));

describe("text rules", () => {
  it("accept any well-formed one-line text of at most 255 characters", () => {
    const printable = fc
      .string({ unit: "grapheme", maxLength: 60 })
      .filter((s) => !/[\u0000-\u001F\u007F-\u009F]/.test(s) && [...s].length <= 255);
    fc.assert(fc.property(printable, (s) => textProblem(s, LINE, "f") === null));
  });

  it("refuse a NUL or a lone surrogate anywhere, in one-line and free text alike", () => {
    const bad = fc.constantFrom("\u0000", "\uD800", "\uDFFF", "a\uDC00");
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), bad, fc.string({ maxLength: 20 }), (a, b, c) => {
        const s = `${a}${b}${c}`;
        return (
          textProblem(s, LINE, "f")?.code === "INVALID_TEXT" && textProblem(s, FREE_TEXT, "f")?.code === "INVALID_TEXT"
        );
      }),
    );
  });

  it("allow tab and line breaks in free text only, and no other control character", () => {
    expect(textProblem("a\tb\r\nc", FREE_TEXT, "reason")).toBeNull();
    expect(textProblem("a\nb", LINE, "name")).toEqual({
      code: "INVALID_TEXT",
      message: "name contains a control character: remove it (it must be one line).",
    });
    fc.assert(
      fc.property(
        controls.filter((c) => !"\t\n\r".includes(c) && c !== "\u0000"),
        (c) => textProblem(`x${c}`, FREE_TEXT, "f")?.code === "INVALID_TEXT",
      ),
    );
  });

  it("count characters as PostgreSQL does: 255 emoji fit one line, 256 letters do not", () => {
    expect(textProblem("😀".repeat(255), LINE, "f")).toBeNull();
    expect(textProblem("x".repeat(256), LINE, "invoiceNumber")).toEqual({
      code: "TEXT_TOO_LONG",
      message: "invoiceNumber is 256 characters long: shorten it to at most 255.",
    });
    expect(textProblem("x".repeat(10_001), FREE_TEXT, "f")?.code).toBe("TEXT_TOO_LONG");
  });

  it("find every bad string inside JSON, keys included, with its path", () => {
    expect(
      jsonTextProblems({ a: ["ok", "b\u0000"], ["k\u0000"]: 1 }, FREE_TEXT, ["input"]).map((p) => [p.code, p.field]),
    ).toEqual([
      ["INVALID_TEXT", ["input", "a", "1"]],
      ["INVALID_TEXT", ["input"]],
    ]);
  });
});

describe("money range", () => {
  it("takes up to 10^12 øre and refuses more, also as a sum", () => {
    expect(amountOutOfRange(MONEY_MAX, ["input", "amount"])).toBeNull();
    expect(amountOutOfRange(MONEY_MAX + 1, ["input", "amount"])?.code).toBe("AMOUNT_OUT_OF_RANGE");
    expect(amountOutOfRange(Number.NaN, null)?.code).toBe("AMOUNT_OUT_OF_RANGE");
    expect(sumOutOfRange(MONEY_MAX - 5, 5, null, "The paid sum")).toBeNull();
    expect(sumOutOfRange(MONEY_MAX - 5, 6, null, "The paid sum")?.code).toBe("AMOUNT_OUT_OF_RANGE");
  });
});
