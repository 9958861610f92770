/** Norwegian display formats for documents: money in øre as "1 234,50 kr", dates as dd.mm.yyyy. */
import type { LocalDate } from "./local-date";

/** Groups of three digits separated by a plain space (not U+00A0, so the text reads back out of a PDF as typed). */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}

/** Kroner with two decimals, without the unit: 123450 øre -> "1 234,50". */
export function formatKroner(ore: number): string {
  if (!Number.isSafeInteger(ore)) throw new Error(`Money must be whole øre, got ${ore}`);
  const sign = ore < 0 ? "-" : "";
  const abs = Math.abs(ore);
  const kroner = Math.floor(abs / 100);
  const rest = abs % 100;
  return `${sign}${groupThousands(String(kroner))},${String(rest).padStart(2, "0")}`;
}

/** 123450 øre -> "1 234,50 kr". */
export function formatOre(ore: number): string {
  return `${formatKroner(ore)} kr`;
}

/** "2025-05-17" -> "17.05.2025". */
export function formatDate(date: LocalDate): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`Not an ISO date: ${date}`);
  return `${m[3]}.${m[2]}.${m[1]}`;
}

/** 1250 basis points -> "12,5 %"; 1225 -> "12,25 %". */
export function formatPercent(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100);
  const frac = Math.abs(basisPoints % 100);
  if (frac === 0) return `${whole} %`;
  return `${whole},${String(frac).padStart(2, "0").replace(/0$/, "")} %`;
}

/** A factor such as 1.1 -> "1,1". */
export function formatFactor(factor: number): string {
  return String(factor).replace(".", ",");
}
