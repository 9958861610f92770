/** Norwegian identifiers: organisasjonsnummer and KID. Pure functions. */

const ORG_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

/** Organisasjonsnummer: 9 digits, MOD11 over the first 8 (remainder 0 gives check 0, remainder 1 is invalid). */
export function isValidOrgNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const sum = ORG_WEIGHTS.reduce((acc, w, i) => acc + w * Number(value[i]), 0);
  const remainder = sum % 11;
  if (remainder === 1) return false;
  const check = remainder === 0 ? 0 : 11 - remainder;
  return check === Number(value[8]);
}

/** Luhn check digit of a digit string. */
export function mod10CheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** MOD11 check digit with weights 2..7 repeating from the right; 10 means "-", undefined never happens. */
export function mod11CheckDigit(digits: string): number | "-" {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[digits.length - 1 - i]) * (2 + (i % 6));
  const remainder = sum % 11;
  if (remainder === 0) return 0;
  const check = 11 - remainder;
  return check === 10 ? "-" : check;
}

export type KidScheme = "MOD10" | "MOD11";

/** Which check-digit scheme a KID satisfies (MOD10 first), or undefined when it is not a valid KID. */
export function kidScheme(value: string): KidScheme | undefined {
  if (!/^\d{1,24}[\d-]$/.test(value) || value.length < 2 || value.length > 25) return undefined;
  const body = value.slice(0, -1);
  const last = value.at(-1)!;
  if (last !== "-" && mod10CheckDigit(body) === Number(last)) return "MOD10";
  if (String(mod11CheckDigit(body)) === last) return "MOD11";
  return undefined;
}

export function isValidKid(value: string): boolean {
  return kidScheme(value) !== undefined;
}

/** Kommunenummer shape: 4 digits. Whether it exists is for the municipality register. */
export function isKommunenummerShape(value: string): boolean {
  return /^\d{4}$/.test(value);
}

const BIRTH_WEIGHTS_1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const BIRTH_WEIGHTS_2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** Fødselsnummer or D-nummer: 11 digits whose last two are MOD11 check digits (a computed 10 is never issued). */
export function isValidBirthNumber(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false;
  const check = (weights: number[]) => {
    const r = 11 - (weights.reduce((acc, w, i) => acc + w * Number(value[i]), 0) % 11);
    return r === 11 ? 0 : r;
  };
  return check(BIRTH_WEIGHTS_1) === Number(value[9]) && check(BIRTH_WEIGHTS_2) === Number(value[10]);
}
