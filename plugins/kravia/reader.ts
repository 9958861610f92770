/**
 * Kravia binds property names case-insensitively (its guide writes `AccountingPaymentId` beside camelCase, and the
 * credit-note body in PascalCase), so this reader finds every documented property in whatever casing the payload
 * uses and reports problems at the payload's own spelling. Two properties that differ only in case are refused.
 */
import {
  isIsoDate,
  numberToOre,
  PayloadReader,
  type IsoDate,
  type PayloadErrorCode,
  type StringRule,
} from "@tvist/plugin-sdk";

type Path = readonly string[];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const own = (record: Record<string, unknown>, key: string): boolean =>
  Object.prototype.hasOwnProperty.call(record, key);

/** A date, or a date-time with or without a zone (Kravia's credit-note `Date` is "2024-09-16T00:00:00"). */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** The calendar date in Norway of an instant with a zone. */
const OSLO_DATE = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Oslo",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

export class KraviaReader extends PayloadReader {
  constructor(payload: unknown) {
    super(payload);
    if (this.ok) this.refuseCaseTwins(payload, []);
  }

  /** The payload's own spelling of a documented path: each property matched exactly, else ignoring case. */
  spell(path: Path): string[] {
    let value: unknown = this.payload;
    return path.map((key) => {
      let actual = key;
      if (isRecord(value)) {
        if (!own(value, key)) actual = Object.keys(value).find((k) => k.toLowerCase() === key.toLowerCase()) ?? key;
        value = own(value, actual) ? value[actual] : undefined;
      } else value = Array.isArray(value) && /^\d+$/.test(key) ? value[Number(key)] : undefined;
      return actual;
    });
  }

  override at(path: Path): unknown {
    let value: unknown = this.payload;
    for (const key of this.spell(path)) {
      if (isRecord(value)) value = own(value, key) ? value[key] : undefined;
      else if (Array.isArray(value) && /^\d+$/.test(key)) value = value[Number(key)];
      else return undefined;
    }
    return value;
  }

  override fail(code: PayloadErrorCode, field: Path, message: string): undefined {
    return super.fail(code, this.spell(field), message);
  }

  override object(path: Path, required = true): Record<string, unknown> | undefined {
    return super.object(this.spell(path), required);
  }

  override string(path: Path, rule: StringRule = {}): string | undefined {
    return super.string(this.spell(path), rule);
  }

  override kronerNumber(path: Path): number | undefined {
    return super.kronerNumber(this.spell(path));
  }

  /** A list: undefined (and MISSING_FIELD when required) when absent or empty. */
  list(path: Path, required = true): unknown[] | undefined {
    const at = this.spell(path);
    const value = this.at(at);
    if (value === undefined || value === null)
      return required ? this.fail("MISSING_FIELD", at, `${at.join(".")} is required: give a list.`) : undefined;
    if (!Array.isArray(value)) return this.fail("INVALID_FORMAT", at, `${at.join(".")} must be a JSON array.`);
    if (value.length === 0 && required)
      return this.fail("MISSING_FIELD", at, `${at.join(".")} is empty: give at least one entry.`);
    return value;
  }

  /** The calendar date of "2025-03-21", "2025-03-21T00:00:00" (Norwegian time) or an instant with a zone (its date in Norway). */
  override date(path: Path, required = true): IsoDate | undefined {
    const at = this.spell(path);
    const text = super.string(at, { required, maxLength: 40 });
    if (text === undefined) return undefined;
    const m = DATE_TIME.exec(text);
    const day = m?.[1];
    if (
      !m ||
      !day ||
      !isIsoDate(day) ||
      (m[2] !== undefined && (Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4] ?? 0) > 59))
    ) {
      return this.fail(
        "INVALID_DATE",
        at,
        `${at.join(".")} "${text}" is not a date: write it as YYYY-MM-DD (e.g. 2025-03-17) or as a date-time such as 2025-03-21T00:00:00.`,
      );
    }
    if (!m[5]) return day;
    const instant = new Date(m[5] === "Z" ? text : text.replace(/([+-]\d{2})(\d{2})$/, "$1:$2"));
    return Number.isNaN(instant.getTime())
      ? this.fail(
          "INVALID_DATE",
          at,
          `${at.join(".")} "${text}" is not a date-time: write it like 2025-03-21T00:00:00.`,
        )
      : OSLO_DATE.format(instant);
  }

  /** A whole number sent as a JSON integer or as its digits ("1553199"). */
  integer(path: Path, required = true): number | undefined {
    const at = this.spell(path);
    const text = super.string(at, {
      required,
      allowInteger: true,
      pattern: /^\d{1,15}$/,
      hint: "is not a whole number: give the id's digits, e.g. 1553199",
    });
    return text === undefined ? undefined : Number(text);
  }

  /** "true"/"false" in any casing (as Kravia's guide sends it) or a JSON boolean. */
  boolean(path: Path, required = true): boolean | undefined {
    const at = this.spell(path);
    const value = this.at(at);
    if (typeof value === "boolean") return value;
    if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) {
      return required
        ? this.fail("MISSING_FIELD", at, `${at.join(".")} is required: give "true" or "false".`)
        : undefined;
    }
    if (typeof value === "string" && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === "true";
    return this.fail(
      "INVALID_FORMAT",
      at,
      `${at.join(".")} must be true or false (a JSON boolean or the string "true"/"false"), not ${JSON.stringify(value)}.`,
    );
  }

  /** Kroner as a negative JSON number (Kravia's credit notes) to positive øre. */
  negativeKroner(path: Path): number | undefined {
    const at = this.spell(path);
    const value = this.at(at);
    if (typeof value !== "number" || value >= 0) {
      if (value === undefined || value === null)
        return this.fail(
          "MISSING_FIELD",
          at,
          `${at.join(".")} is required: give the credited amount as a negative number of kroner, e.g. -2500.`,
        );
      return this.fail(
        "INVALID_AMOUNT",
        at,
        `${at.join(".")} ${JSON.stringify(value)} must be a negative JSON number of kroner, as Kravia's credit notes are: send -2500 to credit 2500 kr.`,
      );
    }
    const parsed = numberToOre(-value);
    return parsed.ok ? parsed.ore : this.fail("INVALID_AMOUNT", at, `${at.join(".")} ${value} ${parsed.problem}.`);
  }

  private refuseCaseTwins(value: unknown, path: string[]): void {
    if (Array.isArray(value)) {
      value.forEach((v, i) => this.refuseCaseTwins(v, [...path, String(i)]));
      return;
    }
    if (!isRecord(value)) return;
    const first = new Map<string, string>();
    for (const [key, v] of Object.entries(value)) {
      const twin = first.get(key.toLowerCase());
      if (twin !== undefined) {
        super.fail(
          "INVALID_FORMAT",
          [...path, key],
          `${[...path, key].join(".")} and ${twin} differ only in case, and Kravia reads property names regardless of case: send only one of them.`,
        );
      } else first.set(key.toLowerCase(), key);
      this.refuseCaseTwins(v, [...path, key]);
    }
  }
}
