import { Extensions } from "type-graphql";

/** What a string input may hold. */
export interface TextRule {
  /** Most characters (Unicode code points). */
  max: number;
  /** Free text: tab, line feed and carriage return allowed. */
  multiline: boolean;
}

/** Every string input not marked otherwise: one line of at most 255 characters (a varchar(255) column). */
export const LINE: TextRule = { max: 255, multiline: false };
/** Free text (reasons, descriptions, an objection's text): tab and newlines allowed. */
export const FREE_TEXT: TextRule = { max: 10_000, multiline: true };
/** A URL: one line, longer than a name. */
export const URL_TEXT: TextRule = { max: 2048, multiline: false };
/** Strings inside a JSON value (a plugin's payload): any text a field of it could hold. */
export const JSON_TEXT: TextRule = FREE_TEXT;

export const TEXT_ERROR_CODES = { INVALID_TEXT: "INVALID_TEXT", TEXT_TOO_LONG: "TEXT_TOO_LONG" } as const;
export type TextErrorCode = keyof typeof TEXT_ERROR_CODES;

export interface TextProblem {
  code: TextErrorCode;
  message: string;
}

/** The field extension the input check reads (see input-check.ts). */
export const TEXT_EXTENSION = "text";
/** A JSON field whose items the service checks one by one (a push's items), so that a bad item fails alone. */
export const PER_ITEM_EXTENSION = "checkedPerItem";

/** Marks a string input field with its rule; unmarked fields get LINE. */
export const Text = (rule: TextRule) => Extensions({ [TEXT_EXTENSION]: rule });
/** Marks a free-text input field (FREE_TEXT). */
export const FreeText = () => Text(FREE_TEXT);
/** Marks a JSON list whose items the resolver checks itself, each with its own userErrors. */
export const CheckedPerItem = () => Extensions({ [PER_ITEM_EXTENSION]: true });

const CONTROL_LINE = /[\u0000-\u001F\u007F-\u009F]/;
const CONTROL_FREE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Characters as PostgreSQL counts them (code points); a lone surrogate counts as one. */
function length(value: string): number {
  let n = 0;
  for (const _ of value) n += 1;
  return n;
}

/** The human description of a rule, for messages and schema descriptions. */
export function describeRule(rule: TextRule): string {
  return rule.multiline
    ? `at most ${rule.max} characters; tab and line breaks allowed, no other control characters`
    : `one line of at most ${rule.max} characters, no control characters`;
}

/** What is wrong with `value` under `rule`, or null. `name` is the field's name for the message. */
export function textProblem(value: string, rule: TextRule, name: string): TextProblem | null {
  if (value.includes("\u0000"))
    return { code: "INVALID_TEXT", message: `${name} contains a NUL character (U+0000): remove it.` };
  if (LONE_SURROGATE.test(value))
    return {
      code: "INVALID_TEXT",
      message: `${name} contains a broken character (a lone UTF-16 surrogate): send valid Unicode text.`,
    };
  if ((rule.multiline ? CONTROL_FREE : CONTROL_LINE).test(value)) {
    const allowed = rule.multiline ? "only tab and line breaks are allowed" : "it must be one line";
    return { code: "INVALID_TEXT", message: `${name} contains a control character: remove it (${allowed}).` };
  }
  if (value.length > rule.max) {
    const n = length(value);
    if (n > rule.max)
      return { code: "TEXT_TOO_LONG", message: `${name} is ${n} characters long: shorten it to at most ${rule.max}.` };
  }
  return null;
}

export interface PathProblem extends TextProblem {
  field: string[];
}

/** Every string inside a JSON value (keys included) checked under `rule`; paths below `path`. */
export function jsonTextProblems(
  value: unknown,
  rule: TextRule,
  path: string[],
  out: PathProblem[] = [],
): PathProblem[] {
  if (typeof value === "string") {
    const p = textProblem(value, rule, path.at(-1) ?? "the value");
    if (p) out.push({ ...p, field: path });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => jsonTextProblems(v, rule, [...path, String(i)], out));
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const keyProblem = textProblem(k, LINE, "A field name");
      if (keyProblem) out.push({ ...keyProblem, field: path });
      jsonTextProblems(v, rule, [...path, k], out);
    }
  }
  return out;
}

/** Every string in a plain object of tvist's own shape (a plugin's normalized item) under LINE; paths are its keys. */
export function lineTextProblems(value: unknown, path: string[] = [], out: PathProblem[] = []): PathProblem[] {
  if (typeof value === "string") {
    const p = textProblem(value, LINE, path.at(-1) ?? "the value");
    if (p) out.push({ ...p, field: path });
  } else if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) lineTextProblems(v, [...path, k], out);
  }
  return out;
}
