/**
 * Conta writes a customer's country as a free-text name (customerAddressCountry, "Norge"); tvist wants ISO 3166-1
 * alpha-2. Names are matched without regard to case, accents or surrounding spaces. Extend the table here.
 */
const NAMES: Readonly<Record<string, readonly string[]>> = {
  NO: ["Norge", "Norway", "Noreg", "NOR", "Norwegen", "Norvège"],
  SE: ["Sverige", "Sweden", "Schweden"],
  DK: ["Danmark", "Denmark", "Dänemark"],
  FI: ["Finland", "Suomi", "Finnland"],
  IS: ["Island", "Iceland"],
  DE: ["Tyskland", "Germany", "Deutschland"],
  GB: ["Storbritannia", "United Kingdom", "UK", "Great Britain", "England", "Skottland", "Scotland", "Wales"],
  IE: ["Irland", "Ireland"],
  NL: ["Nederland", "Netherlands", "Holland"],
  BE: ["Belgia", "Belgium"],
  FR: ["Frankrike", "France"],
  ES: ["Spania", "Spain", "España"],
  PT: ["Portugal"],
  IT: ["Italia", "Italy"],
  PL: ["Polen", "Poland", "Polska"],
  LT: ["Litauen", "Lithuania"],
  LV: ["Latvia"],
  EE: ["Estland", "Estonia"],
  AT: ["Østerrike", "Austria", "Österreich"],
  CH: ["Sveits", "Switzerland", "Schweiz"],
  US: ["USA", "United States", "United States of America", "Amerika"],
  CA: ["Canada"],
  AU: ["Australia"],
};

const fold = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .trim()
    .toLowerCase();

const BY_NAME: ReadonlyMap<string, string> = new Map(
  Object.entries(NAMES).flatMap(([code, names]) => [
    [fold(code), code] as const,
    ...names.map((n) => [fold(n), code] as const),
  ]),
);

/** The ISO code for a country name or code Conta may send, or undefined when tvist does not know it. */
export function countryCode(name: string): string | undefined {
  return BY_NAME.get(fold(name));
}
