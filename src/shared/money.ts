import { failure, type Failure } from "./result";

/** The range of every money amount tvist takes or keeps, per item and per sum: 1 øre to 10^12 øre (10 000 000 000 kr). */
export const MONEY_MIN = 1;
export const MONEY_MAX = 1_000_000_000_000;

export const MONEY_ERROR_CODES = { AMOUNT_OUT_OF_RANGE: "AMOUNT_OUT_OF_RANGE" } as const;

/** An amount above MONEY_MAX, or a sum that would leave the range; null when within it. Lower bounds stay with each rule. */
export function amountOutOfRange(
  amount: number,
  field: string[] | null,
  what = "The amount",
): Failure<"AMOUNT_OUT_OF_RANGE"> | null {
  if (Number.isFinite(amount) && amount <= MONEY_MAX) return null;
  return failure(
    "AMOUNT_OUT_OF_RANGE",
    field,
    `${what} is more than ${MONEY_MAX} øre (10 000 000 000 kr), the most tvist takes: check the amount (in øre).`,
  );
}

/** A sum kept on a record (paid, credited) that `add` would take beyond MONEY_MAX. */
export function sumOutOfRange(
  sum: number,
  add: number,
  field: string[] | null,
  what: string,
): Failure<"AMOUNT_OUT_OF_RANGE"> | null {
  if (sum + add <= MONEY_MAX) return null;
  return failure(
    "AMOUNT_OUT_OF_RANGE",
    field,
    `${what} would be ${sum + add} øre, more than ${MONEY_MAX} øre, the most tvist keeps: check the amount (in øre).`,
  );
}
