import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Loaders } from "../../graphql/loaders";
import type { LocalDate } from "../../shared/local-date";
import { ok } from "../../shared/result";
import type { Municipality } from "./municipality.entity";
import { PostalCode } from "./postal-code.entity";
import { checkPostalCodeRow, isOutsideMainland, type PostalCodeCategory } from "./postal-code.rules";
import { resolveMunicipality } from "./register.service";
import { refuse, type Outcome } from "../../shared/outcome";
import type { PostalCodeFailure } from "./register.errors";

export function findPostalCode(em: EntityManager, code: string): Promise<PostalCode | null> {
  return em.findOne(PostalCode, { code });
}

/** The register rows of the codes given, by code (codes not in the register are absent). */
export async function postalCodesByCode(em: EntityManager, codes: Iterable<string>): Promise<Map<string, PostalCode>> {
  const wanted = [...new Set(codes)];
  if (wanted.length === 0) return new Map();
  return new Map((await em.find(PostalCode, { code: { $in: wanted } })).map((p) => [p.code, p]));
}

/** A postcode's category, batched per request; null when the code is not in the register. */
export function postalCategoryOf(loaders: Loaders, code: string): Promise<PostalCodeCategory | null> {
  return loaders
    .named(
      "register.postalCategory",
      (em) =>
        new DataLoader<string, PostalCodeCategory | null>(async (codes) => {
          const found = await postalCodesByCode(em, codes);
          return codes.map((c) => found.get(c)?.category ?? null);
        }),
    )
    .load(code);
}

export interface PostalCodeSetFields {
  code: string;
  place: string;
  kommunenummer: string;
  category: PostalCodeCategory;
}

/** Adds a postnummer or changes its poststed, kommune or category; the kommune must be in force today (or be Svalbard or Jan Mayen). */
export async function setPostalCode(
  em: EntityManager,
  input: PostalCodeSetFields,
  today: LocalDate,
): Promise<Outcome<PostalCode, PostalCodeFailure>> {
  const row = { code: input.code.trim(), place: input.place.trim(), kommunenummer: input.kommunenummer.trim() };
  const errors = checkPostalCodeRow(row, []);
  if (
    errors.length === 0 &&
    !isOutsideMainland(row.kommunenummer) &&
    !(await resolveMunicipality(em, row.kommunenummer, today))
  ) {
    errors.push({ code: "UNKNOWN_KOMMUNE", field: ["kommunenummer"], kommunenummer: row.kommunenummer, today });
  }
  if (errors.length > 0) return refuse(...errors);
  let postal = await findPostalCode(em, row.code);
  if (postal) {
    postal.place = row.place;
    postal.kommunenummer = row.kommunenummer;
    postal.category = input.category;
  } else {
    postal = new PostalCode(row.code, row.place, row.kommunenummer, input.category);
    em.persist(postal);
  }
  await em.flush();
  return ok(postal);
}

/** The kommune a postcode lies in, in force on a date; null for Svalbard and Jan Mayen when they are not in the municipality register. */
export function kommuneOfPostalCode(
  em: EntityManager,
  postal: PostalCode,
  onDate: LocalDate,
): Promise<Municipality | null> {
  return resolveMunicipality(em, postal.kommunenummer, onDate);
}
